/**
 * One entry point for every item type: check a response, read the item's own answer (used by
 * content:check to prove each item and generated item is answerable), and walk its hints.
 */
import { getLocale } from '../../i18n/localization.ts';
import { formulaLocale } from '../formula/function-names.ts';
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
  /**
   * The learner's language: it decides how numbers may be written (in "es" a decimal comma, "0,5"
   * and "1.250,5") and how formulas may be spelled (Spanish accepts SUMA and "1,5;2" as well as
   * SUM and "1.5,2"). By default the UI language, which follows the learner.
   */
  locale?: string;
}

export function checkAnswer(item: Item, response: LearnerResponse, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? getLocale();
  switch (item.type) {
    case 'multiple-choice': return checkMultipleChoice(item, response);
    case 'numeric': return checkNumeric(item, response, locale);
    case 'fraction': return checkFraction(item, response, locale);
    case 'short-text': return checkShortText(item, response);
    case 'ordering': return checkOrdering(item, response);
    case 'formula': return checkFormula(item, response, formulaLocale(locale));
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
