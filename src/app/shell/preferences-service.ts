import { applyLocale, pickLocale, type Locale } from '../../i18n/localization.ts';
import {
  loadPreferences,
  resolveReducedMotion,
  resolveTheme,
  savePreferences,
  type Preferences,
} from './preferences.ts';

/**
 * Holds the display preferences and applies them to the document: `data-theme` and
 * `data-reduced-motion` on <html> (the stylesheet keys off them) and the UI language with `lang`.
 * It follows the operating system live when a preference is 'system'. Events: `change`.
 */
export class PreferencesService extends EventTarget {
  #preferences: Preferences;
  readonly #queries = {
    dark: matchMedia('(prefers-color-scheme: dark)'),
    moreContrast: matchMedia('(prefers-contrast: more), (forced-colors: active)'),
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)'),
  };

  constructor(private readonly store: Pick<Storage, 'getItem' | 'setItem'> = localStorage) {
    super();
    this.#preferences = loadPreferences(store);
    for (const query of Object.values(this.#queries)) {
      query.addEventListener('change', () => this.#applyDisplay());
    }
  }

  get value(): Preferences {
    return this.#preferences;
  }

  /** The language in use: the learner's choice, else the best match for the browser's languages. */
  get locale(): Locale {
    return this.#preferences.locale ?? pickLocale(navigator.languages ?? [navigator.language]);
  }

  /** Applies everything; the app awaits this before its first render so text appears in one language. */
  async start(): Promise<void> {
    this.#applyDisplay();
    await applyLocale(this.locale);
  }

  async update(change: Partial<Preferences>): Promise<void> {
    this.#preferences = { ...this.#preferences, ...change };
    savePreferences(this.store, this.#preferences);
    this.#applyDisplay();
    if ('locale' in change) await applyLocale(this.locale);
    this.dispatchEvent(new Event('change'));
  }

  #applyDisplay(): void {
    const root = document.documentElement;
    root.dataset.theme = resolveTheme(this.#preferences.theme, {
      prefersDark: this.#queries.dark.matches,
      prefersMoreContrast: this.#queries.moreContrast.matches,
    });
    root.dataset.reducedMotion = String(resolveReducedMotion(this.#preferences.motion, this.#queries.reducedMotion.matches));
  }
}
