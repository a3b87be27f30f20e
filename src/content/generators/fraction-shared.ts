/** Parameter pieces and TeX helpers the fraction generators share. */
import * as v from 'valibot';
import { gcd, texFraction, type Rational } from '../fraction/rational.ts';
import type { Rng } from './prng.ts';

const Int = v.pipe(v.number(), v.integer('use whole numbers'));

/** An inclusive [min, max] range the author sets, with a default. */
export const range = (min: number, max: number, lowest = 1, highest = 100) =>
  v.optional(
    v.pipe(
      v.tuple([Int, Int]),
      v.check(([a, b]) => a <= b, 'write the range as [min, max] with min <= max'),
      v.check(([a, b]) => a >= lowest && b <= highest, `keep the range within ${lowest} to ${highest}`),
    ),
    [min, max],
  );

export const flag = (fallback: boolean) => v.optional(v.boolean(), fallback);

/** TeX for a fraction exactly as written (not reduced): 6/8 stays 6/8. */
export const fr = (n: number, d: number) => `\\tfrac{${n}}{${d}}`;
/** TeX for a mixed number as written. */
export const mixedTex = (whole: number, n: number, d: number) => `${whole}\\tfrac{${n}}{${d}}`;
/** A value in simplest form, in $...$, as a mixed number when asked and when it is more than 1. */
export const show = (r: Rational, mixed = false) => `$${texFraction(r, mixed)}$`;

/** A proper numerator 1..d-1 that is coprime with d (so the fraction is already in simplest form). */
export function coprimeNumerator(rng: Rng, d: number): number {
  const options = Array.from({ length: d - 1 }, (_, i) => i + 1).filter((n) => gcd(n, d) === 1);
  return rng.pick(options.length ? options : [1]);
}

/** Two different integers from a range (the range must hold at least two values). */
export function twoDifferent(rng: Rng, [min, max]: readonly [number, number]): [number, number] {
  const a = rng.int(min, max);
  let b = rng.int(min, max - 1);
  if (b >= a) b += 1;
  return [a, Math.min(b, max)];
}

