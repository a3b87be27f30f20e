/**
 * Display preferences: theme, motion and language.
 *
 * They live in localStorage, not IndexedDB, on purpose: they must apply synchronously before the
 * first paint (no flash of the wrong theme or language), and they describe the device, not a
 * learner's record. They never leave the device.
 */
import { isLocale, type Locale } from '../../i18n/localization.ts';

export const themes = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];
export const motions = ['system', 'reduce'] as const;
export type Motion = (typeof motions)[number];

export interface Preferences {
  theme: Theme;
  motion: Motion;
  /** null until the learner picks one: then the browser's languages decide. */
  locale: Locale | null;
}

export const defaultPreferences: Preferences = { theme: 'system', motion: 'system', locale: null };
const STORAGE_KEY = 'wayfind.preferences';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads preferences, ignoring anything malformed rather than failing to start the app. */
export function loadPreferences(store: KeyValueStore): Preferences {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return { ...defaultPreferences };
  }
  if (typeof raw !== 'object' || raw === null) return { ...defaultPreferences };
  const record = raw as Record<string, unknown>;
  return {
    theme: (themes as readonly unknown[]).includes(record.theme) ? (record.theme as Theme) : 'system',
    motion: (motions as readonly unknown[]).includes(record.motion) ? (record.motion as Motion) : 'system',
    locale: isLocale(record.locale) ? record.locale : null,
  };
}

export function savePreferences(store: KeyValueStore, preferences: Preferences): void {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // Storage can be full or blocked (private windows); the choice still applies for this visit.
  }
}

/**
 * The theme actually drawn: 'system' follows the operating system's contrast and colour-scheme
 * settings, with a request for more contrast taking precedence over dark or light.
 */
export function resolveTheme(theme: Theme, system: { prefersDark: boolean; prefersMoreContrast: boolean }): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  if (system.prefersMoreContrast) return 'contrast';
  return system.prefersDark ? 'dark' : 'light';
}

export function resolveReducedMotion(motion: Motion, systemPrefersReduced: boolean): boolean {
  return motion === 'reduce' || systemPrefersReduced;
}
