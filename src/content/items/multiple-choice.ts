/** Multiple choice with one or several right answers: the chosen set must equal the correct set. */
import { msg } from '@lit/localize';
import type { MultipleChoiceItem } from '../schema.ts';
import { asList, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

/** Several right answers means checkboxes in the UI; one means radio buttons. */
export const allowsSeveral = (item: MultipleChoiceItem): boolean => item.correct.length > 1;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

export function checkMultipleChoice(item: MultipleChoiceItem, response: LearnerResponse): CheckResult {
  const chosen = asList(response);
  if (chosen.length === 0) return { correct: false, unreadable: true, feedback: msg('Choose an answer.') };
  if (sameSet(chosen, item.correct)) return { correct: true };
  const authored = misconceptionFeedback(item.misconceptions, chosen, (answer, picked) => sameSet(asList(answer), picked));
  if (authored) return authored;
  const wrongChoice = item.choices.find((c) => chosen.includes(c.id) && !item.correct.includes(c.id) && c.feedback);
  if (wrongChoice) return { correct: false, feedback: wrongChoice.feedback, misconception: true };
  if (allowsSeveral(item) && chosen.every((id) => item.correct.includes(id))) {
    return { correct: false, feedback: msg('Those are right, but there are more correct choices.') };
  }
  return { correct: false };
}

export const multipleChoiceAnswer = (item: MultipleChoiceItem): string[] => [...item.correct];
