import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-certificate-page', () => ({
  summary: msg('A printable certificate for a credential.'),
  features: [
    msg('The achievement, learner, issuer, date, id and fingerprint'),
  ],
}));
