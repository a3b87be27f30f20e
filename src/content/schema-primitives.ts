/** Field types the pack schema and its translation schema share. */
import * as v from 'valibot';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'ids use lower-case letters, digits, ".", "_" or "-" and start with a letter or digit'),
  v.maxLength(80, 'ids are at most 80 characters'),
);
/** Plain or Markdown text; never empty. */
export const Text = (max = 20_000) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
export const Language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag such as "en" or "es-MX"'));
export const HttpUrl = v.pipe(v.string(), v.url('must be a full URL'), v.regex(/^https?:\/\//, 'must start with http:// or https://'));
/**
 * Bidirectional control characters (embeddings, overrides and isolates, U+202A-U+202E and
 * U+2066-U+2069) can make a name display as something else ("txt.exe" shown as "exe.txt"), and
 * names end up in issued credentials; a name or title may not contain them.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** A name or title: text of at most `max` characters, without bidirectional controls. */
export const Name = (max = 200) =>
  v.pipe(Text(max), v.check((text) => !BIDI_CONTROLS.test(text), 'must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069), which can disguise a name'));
