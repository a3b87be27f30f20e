import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-welcome-page', () => ({
  summary: msg('Create a learner profile, choose what to learn and set a first goal.'),
  features: [
    msg('Name, avatar, age band and language: nothing else'),
    msg('A placement check, or start from the beginning'),
  ],
}));
