import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-skill-map-page', () => ({
  summary: msg('The map of skills in your course, how they build on each other, and how far you have come in each.'),
  features: [
    msg('Every skill with its mastery level: not started, practising, familiar, proficient, mastered'),
    msg('Which skills are ready to learn now, and which need others first'),
    msg('Choose any ready skill to practise it'),
  ],
}));
