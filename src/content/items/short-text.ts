/**
 * Short text answers, compared after normalising what does not change meaning: case (unless the
 * item says otherwise), accents, curly quotes, repeated spaces and a final full stop.
 */
import { msg } from '@lit/localize';
import type { ShortTextItem } from '../schema.ts';
import { asText, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

export function normaliseText(input: string, caseSensitive = false): string {
  const s = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
  return caseSensitive ? s : s.toLowerCase();
}

export function checkShortText(item: ShortTextItem, response: LearnerResponse): CheckResult {
  const text = asText(response);
  if (text.trim() === '') return { correct: false, unreadable: true, feedback: msg('Type an answer.') };
  const given = normaliseText(text, item.caseSensitive);
  if (item.answers.some((a) => normaliseText(a, item.caseSensitive) === given)) return { correct: true };
  if (item.caseSensitive && item.answers.some((a) => normaliseText(a) === normaliseText(text))) {
    return { correct: false, feedback: msg('Nearly: check the capital and small letters.') };
  }
  return misconceptionFeedback(item.misconceptions, given, (answer, g) => normaliseText(answer, item.caseSensitive) === g) ?? { correct: false };
}

export const shortTextAnswer = (item: ShortTextItem): string => item.answers[0];
