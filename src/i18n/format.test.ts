import { describe, expect, it } from 'vitest';
import { formatDate, formatDaysFromNow, formatDuration, formatMinutes, formatNumber, formatPercent, plural } from './format.ts';

describe('the shared formatter', () => {
  it('shows a local day in one style per purpose, in each locale', () => {
    expect(formatDate('2026-12-05', 'day', 'en')).toBe('Dec 5, 2026');
    expect(formatDate('2026-12-05', 'day', 'es')).toBe('5 dic 2026');
    expect(formatDate('2026-12-05', 'day-long', 'en')).toBe('December 5, 2026');
    expect(formatDate('2026-12-05', 'day-long', 'es')).toBe('5 de diciembre de 2026');
    expect(formatDate('2026-12-05', 'day-short', 'es')).toBe('5 dic');
    expect(formatDate('2026-12-05', 'iso', 'es')).toBe('2026-12-05');
  });

  it('reads a local day at noon, so no time zone moves it to another date', () => {
    expect(formatDate('2026-01-01', 'iso', 'en')).toBe('2026-01-01');
    expect(formatDate(new Date(2026, 0, 1, 23, 59).getTime(), 'iso', 'en')).toBe('2026-01-01');
  });

  it('gives unreadable input back as it came', () => {
    expect(formatDate('2026-02-30x', 'day', 'en')).toBe('2026-02-30x');
    expect(formatDate(Number.NaN, 'day', 'en')).toBe('NaN');
  });

  it('pluralises minutes by the locale, never "1 minutos"', () => {
    expect(formatMinutes(1, 'long', 'en')).toBe('1 minute');
    expect(formatMinutes(5, 'long', 'en')).toBe('5 minutes');
    expect(formatMinutes(1, 'long', 'es')).toBe('1 minuto');
    expect(formatMinutes(5, 'long', 'es')).toBe('5 minutos');
    expect(formatMinutes(3, 'short', 'en')).toBe('3 min');
  });

  it('writes short durations and relative days', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 sec');
    expect(formatDuration(125_000, 'en')).toBe('2 min 5 sec');
    expect(formatDaysFromNow(1, 'en')).toBe('tomorrow');
    expect(formatDaysFromNow(3, 'es')).toBe('dentro de 3 días');
  });

  it('writes numbers and percentages the locale way', () => {
    expect(formatNumber(1.25, {}, 'es')).toBe('1,25');
    expect(formatNumber(0.5, {}, 'en')).toBe('0.5');
    expect(formatPercent(0.48, 'en')).toBe('48%');
    expect(formatPercent(0.48, 'es')).toBe('48\u00a0%');
    expect(plural(1, { one: 'skill', other: 'skills' }, 'en')).toBe('skill');
    expect(plural(2, { one: 'skill', other: 'skills' }, 'en')).toBe('skills');
  });
});
