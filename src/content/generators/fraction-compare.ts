/**
 * Comparing two fractions (3.NF.3d, 4.NF.2) and two decimals (4.NF.7) with <, > or =. Each wrong
 * symbol carries the feedback for the misconception that usually produces it.
 */
import * as v from 'valibot';
import { compare, lcm, rational } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { coprimeNumerator, fr, range, twoDifferent } from './fraction-shared.ts';
import type { Rng } from './prng.ts';

type Symbol = 'lt' | 'gt' | 'eq';
const SYMBOL_TEXT: Record<Symbol, string> = { lt: '$<$ (is less than)', gt: '$>$ (is greater than)', eq: '$=$ (is equal to)' };
const SYMBOL_TEX: Record<Symbol, string> = { lt: '<', gt: '>', eq: '=' };
const symbolOf = (sign: number): Symbol => (sign < 0 ? 'lt' : sign > 0 ? 'gt' : 'eq');

interface Pair { a: number; b: number; c: number; d: number }

function pairFor(mode: string, rng: Rng, denominators: readonly [number, number]): Pair {
  if (mode === 'same-denominator') {
    const b = rng.int(Math.max(3, denominators[0]), denominators[1]);
    const [a, c] = twoDifferent(rng, [1, b - 1]);
    return { a, b, c, d: b };
  }
  if (mode === 'same-numerator') {
    const [b, d] = twoDifferent(rng, denominators);
    const a = rng.int(1, Math.min(b, d) - 1);
    return { a, b, c: a, d };
  }
  if (mode === 'benchmark-half') {
    const b = rng.int(Math.max(3, denominators[0]), denominators[1]);
    let a = rng.int(1, b - 1);
    if (2 * a === b) a += 1;
    const d = rng.pick([2, 4, 6, 8, 10].filter((x) => x !== b));
    return { a, b, c: d / 2, d };
  }
  // Unlike denominators and numerators; about one in five pairs is equivalent.
  const [b, d] = twoDifferent(rng, denominators);
  const a = coprimeNumerator(rng, b);
  if (rng.next() < 0.2 && (a * d) % b === 0) return { a, b, c: (a * d) / b, d };
  let c = rng.int(1, d - 1);
  if (c === a) c = c === d - 1 ? c - 1 : c + 1;
  return { a, b, c: Math.max(1, c), d };
}

const compareFractions = defineGenerator({
  kind: 'compare-fractions',
  summary: 'Choose <, > or = between two fractions. Params: mode ("same-denominator" | "same-numerator" | "benchmark-half" | "unlike"), denominators.',
  params: v.strictObject({
    mode: v.picklist(['same-denominator', 'same-numerator', 'benchmark-half', 'unlike']),
    denominators: range(2, 10, 2, 12),
  }),
  generate({ mode, denominators }, { rng }) {
    const { a, b, c, d } = pairFor(mode, rng, denominators);
    const truth = symbolOf(compare(rational(a, b), rational(c, d)));
    const L = lcm(b, d);
    const feedback: Partial<Record<Symbol, string>> = {};
    if (mode === 'same-numerator') {
      feedback[truth === 'lt' ? 'gt' : 'lt'] = 'Both have the same number of pieces, but a larger denominator means the whole is cut into more, smaller pieces, so that fraction is smaller.';
    } else if (mode === 'same-denominator') {
      feedback[truth === 'lt' ? 'gt' : 'lt'] = 'The pieces are the same size (same denominator), so the fraction with more pieces (the larger numerator) is larger.';
    } else {
      const byNumerator = symbolOf(Math.sign(a - c));
      if (byNumerator !== truth) feedback[byNumerator] = 'Comparing only the numerators does not work when the pieces are different sizes: rewrite both fractions with a common denominator first.';
    }
    if (truth !== 'eq') feedback.eq ??= 'They are not equal: rewrite them with a common denominator and compare the numerators.';
    const symbols: Symbol[] = ['lt', 'gt', 'eq'];
    const commonStep = b === d
      ? `Both fractions count pieces of size $${fr(1, b)}$: ${a} of them and ${c} of them`
      : `$${fr(a, b)} = ${fr((a * L) / b, L)}$ and $${fr(c, d)} = ${fr((c * L) / d, L)}$`;
    return {
      type: 'multiple-choice',
      stem: `Which symbol makes this true? $${fr(a, b)} \\;\\square\\; ${fr(c, d)}$`,
      readAloud: `Which symbol makes this true: ${a} over ${b}, box, ${c} over ${d}? Less than, greater than, or equal to.`,
      choices: symbols.map((id) => ({ id, text: SYMBOL_TEXT[id], ...(feedback[id] ? { feedback: feedback[id] } : {}) })),
      correct: [truth],
      hints: [
        mode === 'same-denominator' ? 'The denominators are the same, so the pieces are the same size. Which has more pieces?'
          : mode === 'same-numerator' ? 'The numerators are the same. Which fraction has the bigger pieces?'
            : mode === 'benchmark-half' ? `Is $${fr(a, b)}$ more or less than half? Half of ${b} is ${b / 2}.`
              : `Rewrite both fractions with the common denominator ${L}.`,
        `${commonStep}.`,
        `Compare ${(a * L) / b} and ${(c * L) / d}.`,
      ],
      solution: `${b === d ? '' : `With the common denominator ${L}: `}${commonStep}. Since ${(a * L) / b} ${SYMBOL_TEX[truth] === '=' ? '=' : SYMBOL_TEX[truth] === '<' ? 'is less than' : 'is greater than'} ${(c * L) / d}, $${fr(a, b)} ${SYMBOL_TEX[truth]} ${fr(c, d)}$.`,
    };
  },
});

const compareDecimals = defineGenerator({
  kind: 'compare-decimals',
  summary: 'Choose <, > or = between a tenths and a hundredths decimal (4.NF.7). No params.',
  params: v.strictObject({}),
  generate(_params, { rng }) {
    const tenths = rng.int(1, 9);
    let hundredths = rng.int(11, 99);
    if (hundredths % 10 === 0 || hundredths === tenths * 10) hundredths += 1;
    const left = `0.${tenths}`;
    const right = `0.${String(hundredths).padStart(2, '0')}`;
    const flip = rng.next() < 0.5;
    const [x, y] = flip ? [right, left] : [left, right];
    const [xh, yh] = flip ? [hundredths, tenths * 10] : [tenths * 10, hundredths];
    const truth = symbolOf(Math.sign(xh - yh));
    const longerBigger = symbolOf(flip ? 1 : -1);
    const feedback: Partial<Record<Symbol, string>> = { eq: 'They are not equal: write both in hundredths and compare.' };
    if (longerBigger !== truth) feedback[longerBigger] = `More digits does not mean larger. Write ${left} as ${(tenths / 10).toFixed(2)}: then compare hundredths with hundredths.`;
    return {
      type: 'multiple-choice',
      stem: `Which symbol makes this true? $${x} \\;\\square\\; ${y}$`,
      readAloud: `Which symbol makes this true: ${x}, box, ${y}?`,
      choices: (['lt', 'gt', 'eq'] as Symbol[]).map((id) => ({ id, text: SYMBOL_TEXT[id], ...(feedback[id] ? { feedback: feedback[id] } : {}) })),
      correct: [truth],
      hints: [
        'Compare the digits in the tenths place first.',
        `${left} is the same as ${(tenths / 10).toFixed(2)} (${tenths * 10} hundredths).`,
        `Compare ${xh} hundredths with ${yh} hundredths.`,
      ],
      solution: `In hundredths: ${x} is $${fr(xh, 100)}$ and ${y} is $${fr(yh, 100)}$. ${xh} ${truth === 'lt' ? 'is less than' : 'is greater than'} ${yh}, so $${x} ${SYMBOL_TEX[truth]} ${y}$.`,
    };
  },
});

export const FRACTION_COMPARE_GENERATORS = [compareFractions, compareDecimals];
