import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-profiles-page', () => ({
  summary: msg('Choose who is learning on this device.'),
  features: [
    msg('A profile picker with avatars'),
  ],
}));
