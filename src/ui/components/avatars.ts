/**
 * The built-in avatars a learner picks from. Stored by key (never an uploaded photo, so a profile
 * holds nothing that identifies a child); shown as emoji, which every platform draws offline.
 */
export const AVATARS: Readonly<Record<string, string>> = {
  fox: '🦊',
  owl: '🦉',
  turtle: '🐢',
  cat: '🐱',
  dog: '🐶',
  panda: '🐼',
  rocket: '🚀',
  star: '⭐',
  tree: '🌳',
  book: '📘',
  bike: '🚲',
  guitar: '🎸',
};

export const AVATAR_KEYS = Object.keys(AVATARS);

/** The emoji for a stored avatar key; unknown keys (e.g. from a newer version) get a neutral face. */
export function avatarGlyph(key: string): string {
  return AVATARS[key] ?? '🙂';
}
