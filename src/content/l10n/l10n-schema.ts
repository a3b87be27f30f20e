/**
 * Translations inside a pack. Every object with learner-facing text (the pack, a skill, an item,
 * a credential, a stack) may carry `l10n: { "<locale>": {...} }`, and the object under a locale
 * mirrors that object's own field names: a skill's `{ name, description, lesson: { explanation,
 * ... } }`, an item's `{ stem, hints, solution, choices, ... }`. Lists (hints, choices, entries,
 * misconceptions, resources) align by position with the main text; content:check requires the
 * same length. Every field is optional: what is missing falls back to the main text.
 */
import * as v from 'valibot';
import { TableSchema } from '../table-schema.ts';
import { HttpUrl, Language, Text } from '../schema-primitives.ts';

const byLocale = <T extends v.GenericSchema>(entry: T) => v.optional(v.record(Language, entry));

export const PackTranslation = v.strictObject({
  title: v.optional(Text(200)),
  description: v.optional(Text(4000)),
});

export const LessonTranslation = v.strictObject({
  explanation: v.optional(Text()),
  workedExample: v.optional(Text()),
  /** Aligned with lesson.resources; a url may point to a page in this language. */
  resources: v.optional(v.array(v.strictObject({ title: Text(200), url: v.optional(HttpUrl) }))),
  readAloud: v.optional(Text()),
});

export const SkillTranslation = v.strictObject({
  name: v.optional(Text(200)),
  description: v.optional(Text(4000)),
  lesson: v.optional(LessonTranslation),
});

export const ItemTranslation = v.strictObject({
  stem: v.optional(Text()),
  hints: v.optional(v.array(Text(2000))),
  solution: v.optional(Text()),
  /** Aligned with misconceptions; `answer` is the wrong answer as a learner of this language would type it. */
  misconceptions: v.optional(v.array(v.strictObject({ feedback: Text(2000), answer: v.optional(Text(400)) }))),
  readAloud: v.optional(Text()),
  /** Same size as the item's table; only text cells may differ. */
  table: v.optional(TableSchema),
  /** multiple-choice: aligned with choices (same ids, same order). */
  choices: v.optional(v.array(v.strictObject({ text: Text(2000), feedback: v.optional(Text(2000)) }))),
  /** ordering: aligned with entries. */
  entries: v.optional(v.array(v.strictObject({ text: Text(400) }))),
  /** short-text: more accepted answers in this language (the main answers stay accepted). */
  answers: v.optional(v.array(Text(400))),
  /** numeric: more accepted spellings of the unit in this language. */
  unitAliases: v.optional(v.array(Text(40))),
});

export const CredentialTranslation = v.strictObject({
  name: v.optional(Text(200)),
  description: v.optional(Text(4000)),
  criteria: v.optional(Text(4000)),
  image: v.optional(v.strictObject({ alt: Text(400) })),
});

export const PackL10n = byLocale(PackTranslation);
export const SkillL10n = byLocale(SkillTranslation);
export const ItemL10n = byLocale(ItemTranslation);
export const CredentialL10n = byLocale(CredentialTranslation);

export type PackTranslationText = v.InferOutput<typeof PackTranslation>;
export type SkillTranslationText = v.InferOutput<typeof SkillTranslation>;
export type ItemTranslationText = v.InferOutput<typeof ItemTranslation>;
export type CredentialTranslationText = v.InferOutput<typeof CredentialTranslation>;
