import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-goals-page', () => ({
  summary: msg('Goals you set and track: a credential to earn, skills to master, or minutes to practise each day.'),
  features: [
    msg('Progress toward each goal, with a projected finish date'),
    msg('A plain answer to "am I on track?", with a suggestion if not'),
    msg('A journal for reflecting on what was hard and what helped'),
  ],
}));
