import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-projects-page', () => ({
  summary: msg('Projects and the evidence of your work.'),
  features: [
    msg('Files and photos, linked to skills, attached to credentials'),
  ],
}));
