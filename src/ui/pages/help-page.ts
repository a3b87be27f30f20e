import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-help-page', () => ({
  summary: msg('How Wayfind works.'),
  features: [
    msg('How mastery levels are decided, and how reviews are scheduled'),
  ],
}));
