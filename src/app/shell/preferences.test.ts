import { describe, expect, it } from 'vitest';
import { defaultPreferences, loadPreferences, resolveReducedMotion, resolveTheme, savePreferences } from './preferences.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('preferences', () => {
  it('starts from the defaults when nothing is stored', () => {
    expect(loadPreferences(memoryStore())).toEqual(defaultPreferences);
  });

  it('round-trips what was saved', () => {
    const store = memoryStore();
    savePreferences(store, { theme: 'contrast', motion: 'reduce', locale: 'es' });
    expect(loadPreferences(store)).toEqual({ theme: 'contrast', motion: 'reduce', locale: 'es' });
  });

  it.each([
    ['not json', '{'],
    ['an array', '[1,2]'],
    ['unknown values', JSON.stringify({ theme: 'neon', motion: 'fast', locale: 'tlh' })],
    ['wrong types', JSON.stringify({ theme: 3, motion: null, locale: ['es'] })],
  ])('falls back to defaults field by field for %s', (_label, raw) => {
    expect(loadPreferences(memoryStore({ 'wayfind.preferences': raw }))).toEqual(defaultPreferences);
  });

  it('keeps the valid fields of a partly damaged record', () => {
    const raw = JSON.stringify({ theme: 'dark', motion: 'sideways', locale: 'es' });
    expect(loadPreferences(memoryStore({ 'wayfind.preferences': raw }))).toEqual({ theme: 'dark', motion: 'system', locale: 'es' });
  });

  it('does not throw when storage refuses to write', () => {
    const store = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => savePreferences(store, defaultPreferences)).not.toThrow();
  });
});

describe('resolveTheme', () => {
  it('honours an explicit choice over the system', () => {
    expect(resolveTheme('light', { prefersDark: true, prefersMoreContrast: true })).toBe('light');
    expect(resolveTheme('dark', { prefersDark: false, prefersMoreContrast: false })).toBe('dark');
  });
  it('follows the system, with more contrast winning over dark', () => {
    expect(resolveTheme('system', { prefersDark: true, prefersMoreContrast: true })).toBe('contrast');
    expect(resolveTheme('system', { prefersDark: true, prefersMoreContrast: false })).toBe('dark');
    expect(resolveTheme('system', { prefersDark: false, prefersMoreContrast: false })).toBe('light');
  });
});

describe('resolveReducedMotion', () => {
  it('reduces motion if either the learner or the system asks', () => {
    expect(resolveReducedMotion('reduce', false)).toBe(true);
    expect(resolveReducedMotion('system', true)).toBe(true);
    expect(resolveReducedMotion('system', false)).toBe(false);
  });
});
