/**
 * The fixed registry of generator kinds. A pack names a kind and sets its parameters; the code
 * lives here, so pack JSON never carries code. Adding a kind means adding it to this list.
 */
import * as v from 'valibot';
import type { GeneratorSpec, Item } from '../schema.ts';
import type { GeneratorKind } from './kind.ts';
import { mulberry32, seedFor } from './prng.ts';
import { generatorContext, translationOf } from './generated-l10n.ts';
import { FRACTION_MODEL_GENERATORS } from './fraction-models.ts';
import { FRACTION_EQUIVALENCE_GENERATORS } from './fraction-equivalence.ts';
import { FRACTION_ADD_SUB_GENERATORS } from './fraction-add-sub.ts';
import { FRACTION_MUL_DIV_GENERATORS } from './fraction-mul-div.ts';
import { FRACTION_DECIMAL_GENERATORS } from './fraction-decimals.ts';
import { FRACTION_UNIT_GENERATORS } from './fraction-unit.ts';
import { SHEET_GENERATORS } from './sheet-tasks.ts';
import { SHEET_BASIC_GENERATORS } from './sheet-basics.ts';
import { SHEET_LOGIC_GENERATORS } from './sheet-logic.ts';
import { SHEET_CONDITION_GENERATORS } from './sheet-conditions.ts';
import { SHEET_LOOKUP_GENERATORS } from './sheet-lookups.ts';
import { SHEET_MIXED_GENERATORS } from './sheet-mixed.ts';
import { SHEET_TEXT_GENERATORS } from './sheet-text.ts';
import { SHEET_DATE_GENERATORS } from './sheet-dates.ts';
import { SHEET_ROBUST_GENERATORS } from './sheet-robust.ts';

const erase = <P>(kind: GeneratorKind<P>) => kind as unknown as GeneratorKind<unknown>;

export const GENERATOR_KINDS: ReadonlyMap<string, GeneratorKind<unknown>> = new Map(
  [
    ...FRACTION_MODEL_GENERATORS,
    ...FRACTION_EQUIVALENCE_GENERATORS,
    ...FRACTION_ADD_SUB_GENERATORS,
    ...FRACTION_MUL_DIV_GENERATORS,
    ...FRACTION_DECIMAL_GENERATORS,
    ...FRACTION_UNIT_GENERATORS,
    ...SHEET_GENERATORS,
    ...SHEET_BASIC_GENERATORS,
    ...SHEET_LOGIC_GENERATORS,
    ...SHEET_CONDITION_GENERATORS,
    ...SHEET_LOOKUP_GENERATORS,
    ...SHEET_MIXED_GENERATORS,
    ...SHEET_TEXT_GENERATORS,
    ...SHEET_DATE_GENERATORS,
    ...SHEET_ROBUST_GENERATORS,
  ].map((k) => [k.kind, erase(k)] as const),
);

export type ParamsCheck = { ok: true; params: unknown } | { ok: false; issues: v.BaseIssue<unknown>[] };

export function checkGeneratorParams(spec: GeneratorSpec): ParamsCheck | undefined {
  const kind = GENERATOR_KINDS.get(spec.kind);
  if (!kind) return undefined;
  const result = v.safeParse(kind.params, spec.params ?? {}, { abortEarly: false });
  return result.success ? { ok: true, params: result.output } : { ok: false, issues: result.issues };
}

/**
 * The item a generator makes for a seed: the same seed always gives the same item. Its main text
 * is English; each other locale the kind writes is in `l10n` (the kind runs again with the same
 * seed in that locale), so `localizeItem(item, locale)` shows it like any authored item.
 */
export function generateItem(spec: GeneratorSpec, seed: number): Item {
  const kind = GENERATOR_KINDS.get(spec.kind);
  if (!kind) throw new Error(`Unknown generator kind "${spec.kind}"`);
  const params = v.parse(kind.params, spec.params ?? {});
  const id = `${spec.id}.s${seed >>> 0}`;
  const run = (locale: 'en' | 'es') => kind.generate(params, generatorContext(id, spec.skill, mulberry32(seedFor(spec.id, seed)), locale));
  const made = run('en');
  const l10n = Object.fromEntries((kind.locales ?? []).filter((l) => l !== 'en').map((locale) => [locale, translationOf(made, run(locale), locale)]));
  return { ...made, id, skill: spec.skill, ...(Object.keys(l10n).length ? { l10n } : {}) } as Item;
}
