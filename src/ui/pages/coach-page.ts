import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-coach-page', () => ({
  summary: msg('For parents and coaches: look after several learners on this device, behind a PIN.'),
  features: [
    msg('A household overview: who practised, for how long, and progress to goals'),
    msg('Alerts when a learner is stuck, sliding, inactive or rushing, with what to do'),
    msg('Records for homeschool families: a learning-time log and printable term reports'),
    msg('Approving credentials that learners earn'),
  ],
}));
