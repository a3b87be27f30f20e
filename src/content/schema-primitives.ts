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
