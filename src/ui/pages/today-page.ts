import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-today-page', () => ({
  summary: msg('Your day at a glance: what to practise next, reviews that are due, and progress toward your goals.'),
  features: [
    msg('A placement check that finds where you stand'),
    msg('Your next practice, chosen for you, with the reason why'),
    msg('Reviews due today, so skills stay fresh'),
    msg('Your streak, minutes practised and skills mastered'),
  ],
}));
