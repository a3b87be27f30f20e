/**
 * One entry point for every item type: check a response, read the item's own answer (used by
 * content:check to prove each item and generated item is answerable), and walk its hints.
 */
import type { Item } from '../schema.ts';
import { checkFormula, formulaAnswer } from './formula.ts';
import { checkFraction, fractionAnswer } from './fraction.ts';
import { checkMultipleChoice, multipleChoiceAnswer } from './multiple-choice.ts';
import { checkNumeric, numericAnswer } from './numeric.ts';
import { checkOrdering, orderingAnswer } from './ordering.ts';
import type { CheckResult, LearnerResponse } from './result.ts';
import { checkShortText, shortTextAnswer } from './short-text.ts';

export type { CheckResult, LearnerResponse } from './result.ts';

export interface CheckOptions {
  /** The learner's locale: in "es" a comma is the decimal separator ("0,5"). Default "en". */
  locale?: string;
}

export function checkAnswer(item: Item, response: LearnerResponse, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? 'en';
  switch (item.type) {
    case 'multiple-choice': return checkMultipleChoice(item, response);
    case 'numeric': return checkNumeric(item, response, locale);
    case 'fraction': return checkFraction(item, response, locale);
    case 'short-text': return checkShortText(item, response);
    case 'ordering': return checkOrdering(item, response);
    case 'formula': return checkFormula(item, response);
  }
}

/** The item's own correct answer, as a learner would give it. */
export function expectedResponse(item: Item): LearnerResponse {
  switch (item.type) {
    case 'multiple-choice': return multipleChoiceAnswer(item);
    case 'numeric': return numericAnswer(item);
    case 'fraction': return fractionAnswer(item);
    case 'short-text': return shortTextAnswer(item);
    case 'ordering': return orderingAnswer(item);
    case 'formula': return formulaAnswer(item);
  }
}

/**
 * Hints are progressive: level 1 is a nudge, the last is nearly the answer. Returns the hints a
 * learner has unlocked after asking `level` times (never more than exist).
 */
export function hintsUpTo(item: Item, level: number): string[] {
  return item.hints.slice(0, Math.max(0, Math.min(level, item.hints.length)));
}
