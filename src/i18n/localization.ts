import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.ts';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/** Each locale's own name, shown in the language switch so a learner can find theirs. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };

// Translations are lazy chunks: an English learner never downloads Spanish, and vice versa.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  es: () => import('./locales/es.ts'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]]() as never,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** The best supported locale for a list of browser languages (e.g. navigator.languages). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return sourceLocale;
}

/** Switches the UI language and keeps <html lang> in step, so screen readers pronounce it right. */
export async function applyLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
}
