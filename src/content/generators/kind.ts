/** What a generator kind is: a named, code-side recipe whose parameters a pack sets as data. */
import type * as v from 'valibot';
import type { Item } from '../schema.ts';
import type { Rng } from './prng.ts';

/** A locale a generator kind can write in besides English. */
export type GeneratorLocale = 'en' | 'es';

export interface GeneratorContext {
  /** Id for the generated item (unique per generator and seed). */
  id: string;
  skill: string;
  rng: Rng;
  /** The language this run writes in. The registry runs a kind once per locale with the same seed. */
  locale: GeneratorLocale;
  /** The text for this run's locale: `t("Find ...", "Halla ...")`. */
  t(en: string, es: string): string;
  /** A number as this locale writes it (Intl.NumberFormat, no grouping): 0.5 in English, 0,5 in Spanish. */
  num(value: number): string;
  /** The same number for TeX: a decimal comma goes in braces ("0{,}5") so KaTeX adds no space. */
  texNum(value: number): string;
}

/** Item content a generator fills in; id and skill come from the context. */
export type GeneratedItem = Item extends infer I ? (I extends Item ? Omit<I, 'id' | 'skill' | 'l10n'> : never) : never;

export interface GeneratorKind<P> {
  kind: string;
  /** One line for authors (listed in content/README.md and in content:check hints). */
  summary: string;
  params: v.GenericSchema<unknown, P>;
  /**
   * Locales besides English this kind writes (through ctx.t). For each, the registry runs the kind
   * again with the same seed and stores that text as the generated item's `l10n.<locale>`.
   */
  locales?: readonly GeneratorLocale[];
  generate(params: P, ctx: GeneratorContext): GeneratedItem;
}

export function defineGenerator<P>(kind: GeneratorKind<P>): GeneratorKind<P> {
  return kind;
}
