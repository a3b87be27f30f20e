/**
 * The content-pack format (wayfind-pack/1) as a valibot schema. The schema is the public contract
 * documented in content/README.md; the TypeScript types below are derived from it so code and
 * format cannot drift apart. Objects are strict so that a misspelt field ("prerequisits") is
 * reported instead of silently ignored.
 */
import * as v from 'valibot';
import { TableSchema } from './table-schema.ts';
import { HttpUrl, Id, Language, Text } from './schema-primitives.ts';
import { CredentialL10n, ItemL10n, PackL10n, SkillL10n } from './l10n/l10n-schema.ts';

export { ID_PATTERN } from './schema-primitives.ts';

export const AlignmentSchema = v.strictObject({
  framework: Text(200),
  frameworkUrl: HttpUrl,
  code: Text(80),
  url: v.optional(HttpUrl),
  name: v.optional(Text(400)),
});

const ResourceSchema = v.strictObject({ title: Text(200), url: HttpUrl });

export const LessonSchema = v.strictObject({
  explanation: Text(),
  workedExample: Text(),
  resources: v.optional(v.array(ResourceSchema)),
  readAloud: v.optional(Text()),
});

export const SkillSchema = v.strictObject({
  id: Id,
  name: Text(200),
  description: Text(4000),
  prerequisites: v.array(Id),
  alignments: v.optional(v.array(AlignmentSchema)),
  lesson: LessonSchema,
  l10n: SkillL10n,
});

const MisconceptionSchema = v.strictObject({
  /** The wrong answer, written the way a learner would type or choose it. */
  answer: Text(400),
  feedback: Text(2000),
});

/** Fields every item shares, whatever its type. */
const itemBase = {
  id: Id,
  skill: Id,
  stem: Text(),
  /** Progressive hints, from a nudge to nearly the answer. */
  hints: v.pipe(v.array(Text(2000)), v.minLength(2, 'give at least two hints, from a nudge to nearly the answer')),
  solution: Text(),
  misconceptions: v.optional(v.array(MisconceptionSchema)),
  readAloud: v.optional(Text()),
  /** A small spreadsheet-like table shown with the stem. */
  table: v.optional(TableSchema),
  /** Translations of the learner-facing text (src/content/l10n/l10n-schema.ts). */
  l10n: ItemL10n,
};

const ChoiceSchema = v.strictObject({ id: Id, text: Text(2000), feedback: v.optional(Text(2000)) });

export const MultipleChoiceSchema = v.strictObject({
  ...itemBase,
  type: v.literal('multiple-choice'),
  choices: v.pipe(v.array(ChoiceSchema), v.minLength(2, 'give at least two choices')),
  correct: v.pipe(v.array(Id), v.minLength(1, 'name at least one correct choice id')),
  shuffle: v.optional(v.boolean()),
});

export const NumericSchema = v.strictObject({
  ...itemBase,
  type: v.literal('numeric'),
  answer: v.pipe(v.number(), v.finite()),
  tolerance: v.optional(v.pipe(v.number(), v.minValue(0, 'tolerance cannot be negative'))),
  unit: v.optional(Text(40)),
  unitAliases: v.optional(v.array(Text(40))),
  requireUnit: v.optional(v.boolean()),
});

export const FractionSchema = v.strictObject({
  ...itemBase,
  type: v.literal('fraction'),
  answer: Text(60),
  requireSimplest: v.optional(v.boolean()),
  form: v.optional(v.picklist(['any', 'mixed', 'improper'])),
  allowDecimal: v.optional(v.boolean()),
});

export const ShortTextSchema = v.strictObject({
  ...itemBase,
  type: v.literal('short-text'),
  answers: v.pipe(v.array(Text(400)), v.minLength(1, 'list at least one accepted answer')),
  caseSensitive: v.optional(v.boolean()),
});

export const OrderingSchema = v.strictObject({
  ...itemBase,
  type: v.literal('ordering'),
  entries: v.pipe(v.array(v.strictObject({ id: Id, text: Text(400) })), v.minLength(2, 'give at least two entries')),
  correctOrder: v.array(Id),
});

export const FormulaSchema = v.strictObject({
  ...itemBase,
  type: v.literal('formula'),
  table: TableSchema,
  /** Cell the learner writes the formula into, e.g. "C2". */
  target: v.pipe(v.string(), v.regex(/^[A-Z]{1,2}[1-9][0-9]{0,3}$/, 'use a cell address such as "C2"')),
  /** A reference formula; the learner's result must match its result. */
  answer: v.pipe(v.string(), v.regex(/^=/, 'a formula starts with "="')),
  /** Copy the formula down this many more rows and compare every copy (tests relative/absolute refs). */
  fillDown: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))),
  /** Copy the formula this many columns to the right as well (every copy of the block is compared). */
  fillRight: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
  /** Other data for the same layout: the formula must work there too (a typed-in constant will not). */
  checkTables: v.optional(v.array(TableSchema)),
  requireFunctions: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9.]*$/, 'function names are upper case')))),
});

export const ItemSchema = v.variant('type', [
  MultipleChoiceSchema, NumericSchema, FractionSchema, ShortTextSchema, OrderingSchema, FormulaSchema,
]);

export const GeneratorSpecSchema = v.strictObject({
  id: Id,
  skill: Id,
  /** A generator kind from the fixed registry in src/content/generators/. */
  kind: Id,
  /** Author-set parameters, checked by that kind's own schema. */
  params: v.optional(v.record(v.string(), v.unknown())),
});

const ImageSchema = v.strictObject({ src: Text(2_000_000), alt: Text(400) });

/** The levels a pack credential may require of each of its skills. */
export const CREDENTIAL_LEVELS = ['proficient', 'mastered'] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number];

export const CredentialSchema = v.strictObject({
  id: Id,
  name: Text(200),
  description: Text(4000),
  criteria: Text(4000),
  requires: v.strictObject({
    skills: v.pipe(v.array(Id), v.minLength(1, 'a credential requires at least one skill')),
    /**
     * The level every required skill must reach, as the learner's answers show it (see the app's
     * help: "proficient" or "mastered"). Criteria are stated in levels, never in raw model
     * probabilities: a model may not be able to reach a number, the answers always can.
     */
    level: v.optional(v.picklist(CREDENTIAL_LEVELS, 'a credential requires the level "proficient" or "mastered"'), 'mastered'),
    /** Format 1.0 criteria were model probabilities; still read, refused by the check (semantic.ts). */
    mastery: v.optional(v.number()),
  }),
  alignments: v.optional(v.array(AlignmentSchema)),
  image: v.optional(ImageSchema),
  l10n: CredentialL10n,
});

export const StackSchema = v.strictObject({
  id: Id,
  name: Text(200),
  description: Text(4000),
  criteria: Text(4000),
  requires: v.pipe(v.array(Id), v.minLength(2, 'a stack combines at least two credentials')),
  image: v.optional(ImageSchema),
  l10n: CredentialL10n,
});

export const PACK_FORMAT = 'wayfind-pack/1';

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  id: Id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'use a version like "1.2.0" (major.minor.patch)')),
  title: Text(200),
  description: Text(4000),
  language: Language,
  licence: Text(200),
  authors: v.pipe(v.array(v.strictObject({ name: Text(200), url: v.optional(HttpUrl) })), v.minLength(1, 'name at least one author')),
  l10n: PackL10n,
  /** Pack-internal files (images) as data: URLs, referenced from Markdown by their key. */
  assets: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._/-]*$/, 'asset names are lower-case paths like "img/line.svg"')),
    v.pipe(v.string(), v.regex(/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/, 'assets are data: URLs of png, jpeg, gif, webp or svg images')))),
  skills: v.pipe(v.array(SkillSchema), v.minLength(1, 'a pack needs at least one skill')),
  items: v.optional(v.array(ItemSchema)),
  generators: v.optional(v.array(GeneratorSpecSchema)),
  credentials: v.optional(v.array(CredentialSchema)),
  stacks: v.optional(v.array(StackSchema)),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type Lesson = v.InferOutput<typeof LessonSchema>;
export type Alignment = v.InferOutput<typeof AlignmentSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type MultipleChoiceItem = v.InferOutput<typeof MultipleChoiceSchema>;
export type NumericItem = v.InferOutput<typeof NumericSchema>;
export type FractionItem = v.InferOutput<typeof FractionSchema>;
export type ShortTextItem = v.InferOutput<typeof ShortTextSchema>;
export type OrderingItem = v.InferOutput<typeof OrderingSchema>;
export type FormulaItem = v.InferOutput<typeof FormulaSchema>;
export type ItemType = Item['type'];
export type GeneratorSpec = v.InferOutput<typeof GeneratorSpecSchema>;
export type Credential = v.InferOutput<typeof CredentialSchema>;
export type Stack = v.InferOutput<typeof StackSchema>;
