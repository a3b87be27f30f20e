import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-journal-page', () => ({
  summary: msg('Reflect on your learning.'),
  features: [
    msg('Prompts, mood and confidence, and who sees each entry'),
  ],
}));
