/** Numeric answers with an optional tolerance and unit ("12.5 cm", "$4.50", "1,250", "25 %"). */
import { msg, str } from '@lit/localize';
import type { NumericItem } from '../schema.ts';
import { asText, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

export interface ParsedNumber { value: number; unit: string }

const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?$/;

/** Where the decimal separator is a comma and "." groups thousands (Spanish: "1.250,5"). */
const decimalComma = (locale: string) => ['es', 'fr', 'de', 'it', 'pt', 'nl'].includes(locale.toLowerCase().split('-')[0]);

/**
 * Reads a number with an optional unit before ($, €, £) or after it. In a decimal-comma locale
 * such as "es" the roles of "," and "." swap ("0,5", "1.250,75"); a lone "." with one or two
 * digits after it still reads as a decimal point there, as a lone "2,5" does in English.
 */
export function parseNumber(input: string, locale = 'en'): ParsedNumber | undefined {
  const s = input.normalize('NFKC').replace(/\u2212/g, '-').trim();
  const m = /^([$€£]?)\s*([+-]?[\d.,]+)\s*(.*)$/.exec(s) ?? /^([+-]?)([$€£])\s*([\d.,]+)\s*(.*)$/.exec(s);
  if (!m) return undefined;
  let prefix = m[1];
  let digits = m[2];
  let unit = m[3];
  if (m.length === 5) { prefix = m[2]; digits = m[1] + m[3]; unit = m[4]; }
  if (decimalComma(locale)) digits = digits.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  // A decimal comma ("2,5", "0,75") is read as a decimal point; "1,250" stays a thousands separator.
  if (/^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(digits)) digits = digits.replace(',', '.');
  const parts = NUMBER.exec(digits);
  if (!parts || (parts[2] === '' && !parts[3])) return undefined;
  const value = Number(`${parts[1]}${parts[2].replace(/,/g, '')}${parts[3] ?? ''}`);
  if (!Number.isFinite(value)) return undefined;
  return { value, unit: (prefix || unit).trim() };
}

const unitKey = (u: string) => u.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');

function unitMatches(item: NumericItem, unit: string): boolean {
  if (!item.unit) return unit === '';
  return [item.unit, ...(item.unitAliases ?? [])].some((u) => unitKey(u) === unitKey(unit));
}

function close(item: NumericItem, value: number, target: number): boolean {
  const tolerance = item.tolerance ?? 0;
  // A tiny relative slack absorbs binary rounding (0.1 + 0.2) without loosening the author's tolerance.
  return Math.abs(value - target) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
}

export function checkNumeric(item: NumericItem, response: LearnerResponse, locale = 'en'): CheckResult {
  const parsed = parseNumber(asText(response), locale);
  if (!parsed) return { correct: false, unreadable: true, feedback: msg('Type a number, such as 12 or 3.5.') };
  if (parsed.unit !== '' && !unitMatches(item, parsed.unit)) {
    return {
      correct: false,
      feedback: item.unit ? msg(str`Check the unit: this answer is in ${item.unit}.`) : msg(str`This answer is a plain number: leave out "${parsed.unit}".`),
    };
  }
  if (close(item, parsed.value, item.answer)) {
    if (item.requireUnit && item.unit && parsed.unit === '') {
      return { correct: false, feedback: msg(str`Right number: now add the unit (${item.unit}).`) };
    }
    return { correct: true };
  }
  return misconceptionFeedback(item.misconceptions, parsed.value, (answer, value) => {
    const authored = parseNumber(answer, locale);
    return authored !== undefined && close(item, value, authored.value);
  }) ?? { correct: false };
}

export const numericAnswer = (item: NumericItem): string => (item.unit ? `${item.answer} ${item.unit}` : String(item.answer));
