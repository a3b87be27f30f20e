/**
 * Which translation serves a learner's locale. Kept free of dependencies so light modules (the
 * library listing) can use it without loading the pack checker or the generators.
 */

/** Base language of a BCP 47 tag: "es-MX" -> "es". */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/** The translation for `locale` in an l10n block: the exact tag first, else one of the same base language. */
export function translationFor<T>(l10n: Readonly<Record<string, T>> | undefined, locale: string): T | undefined {
  if (!l10n) return undefined;
  if (Object.hasOwn(l10n, locale)) return l10n[locale];
  const base = baseLanguage(locale);
  const key = Object.keys(l10n).find((tag) => baseLanguage(tag) === base);
  return key === undefined ? undefined : l10n[key];
}

/** Whether text in `language` needs no translation for a learner of `locale`. */
export const sameLanguage = (language: string, locale: string): boolean => baseLanguage(language) === baseLanguage(locale);
