/** What a generator kind is: a named, code-side recipe whose parameters a pack sets as data. */
import type * as v from 'valibot';
import type { Item } from '../schema.ts';
import type { Rng } from './prng.ts';

export interface GeneratorContext {
  /** Id for the generated item (unique per generator and seed). */
  id: string;
  skill: string;
  rng: Rng;
}

/** Item content a generator fills in; id and skill come from the context. */
export type GeneratedItem = Item extends infer I ? (I extends Item ? Omit<I, 'id' | 'skill'> : never) : never;

export interface GeneratorKind<P> {
  kind: string;
  /** One line for authors (listed in content/README.md and in content:check hints). */
  summary: string;
  params: v.GenericSchema<unknown, P>;
  generate(params: P, ctx: GeneratorContext): GeneratedItem;
}

export function defineGenerator<P>(kind: GeneratorKind<P>): GeneratorKind<P> {
  return kind;
}
