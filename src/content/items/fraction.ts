/**
 * Fraction answers: any equivalent form is accepted (6/8 for 3/4, 1 1/2 or 3/2), unless the item
 * asks for simplest form or for a mixed or improper fraction, in which case an equal answer in
 * the wrong form gets a specific nudge instead of a plain "wrong".
 */
import { msg, str } from '@lit/localize';
import type { FractionItem } from '../schema.ts';
import { equals, formatFraction, formatMixed, parseFraction, type Rational } from '../fraction/rational.ts';
import { asText, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

export function fractionValue(item: FractionItem): Rational {
  const parsed = parseFraction(item.answer);
  if (!parsed.ok) throw new Error(`Item ${item.id}: answer "${item.answer}" is not a fraction`);
  return parsed.parsed.value;
}

export function checkFraction(item: FractionItem, response: LearnerResponse, locale = 'en'): CheckResult {
  const result = parseFraction(asText(response), locale);
  if (!result.ok) return { correct: false, unreadable: true, feedback: result.reason };
  const { value, form, simplest, improper } = result.parsed;
  const target = fractionValue(item);
  if (!equals(value, target)) {
    return misconceptionFeedback(item.misconceptions, value, (answer, v) => {
      const authored = parseFraction(answer, locale);
      return authored.ok && equals(authored.parsed.value, v);
    }) ?? { correct: false };
  }
  if (form === 'decimal' && !item.allowDecimal) {
    return { correct: false, feedback: msg('That is the right amount, written as a decimal: write it as a fraction.') };
  }
  const wholeOrMore = Math.abs(target.n) >= target.d;
  if (item.form === 'mixed' && wholeOrMore && improper) {
    return { correct: false, feedback: msg('Equal, but this question asks for a mixed number, like 1 3/4.') };
  }
  if (item.form === 'improper' && form === 'mixed') {
    return { correct: false, feedback: msg('Equal, but this question asks for an improper fraction, like 7/4.') };
  }
  if (item.requireSimplest && !simplest) {
    const simpler = form === 'mixed' || item.form === 'mixed' ? formatMixed(target) : formatFraction(target);
    return { correct: false, feedback: msg(str`Equal, but not in simplest form yet: ${simpler} is simpler.`) };
  }
  return { correct: true };
}

export const fractionAnswer = (item: FractionItem): string => item.answer;
