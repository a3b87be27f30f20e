import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-records-page', () => ({
  summary: msg('Records a homeschool keeps.'),
  features: [
    msg('A learning log with entries off the screen, CSV export and a printable term report'),
  ],
}));
