import { msg } from '@lit/localize';
import { definePlannedPage } from './planned-page.ts';

definePlannedPage('wf-practice-page', () => ({
  summary: msg('Practice items picked for you: not too easy, not too hard, with help when you need it.'),
  features: [
    msg('Items of many kinds: choices, numbers, fractions, short answers, ordering and spreadsheet formulas'),
    msg('Immediate feedback, hints one step at a time, and worked solutions'),
    msg('A short lesson before each new skill'),
    msg('Read aloud, with the words highlighted as they are spoken'),
  ],
}));
