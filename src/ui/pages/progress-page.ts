import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-progress-page', () => ({
  summary: msg('Your progress over time.'),
  features: [
    msg('Skills mastered, minutes practised and accuracy, as charts and tables'),
  ],
}));
