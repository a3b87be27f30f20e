import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-placement-page', () => ({
  summary: msg('A short adaptive check that finds where you stand.'),
  features: [
    msg('Asks the question that tells the most, and stops when it is sure'),
  ],
}));
