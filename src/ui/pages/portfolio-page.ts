import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-portfolio-page', () => ({
  summary: msg('Your credentials, projects and reflections: yours to keep, print and take anywhere.'),
  features: [
    msg('Micro-credentials (Open Badges 3.0) signed on this device'),
    msg('Projects and evidence you attach'),
    msg('Export everything as one file that opens in any browser'),
  ],
  available: [{ href: '/verify', label: msg('Check a credential you received') }],
}));
