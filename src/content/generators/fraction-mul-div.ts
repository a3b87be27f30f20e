/**
 * Multiplying and dividing with fractions: whole x fraction (4.NF.4), fraction x fraction and
 * area (5.NF.4), scaling (5.NF.5), fractions as division (5.NF.3), unit fractions and whole
 * numbers (5.NF.7) and fraction by fraction (6.NS.A.1), bare or as word problems.
 */
import * as v from 'valibot';
import { div, formatFraction, formatMixed, gcd, mul, rational, texFraction, type Rational } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { coprimeNumerator, flag, fr, range } from './fraction-shared.ts';
import type { GeneratedItem } from './kind.ts';

type Misconception = { answer: string; feedback: string };
const answerText = (r: Rational) => (Math.abs(r.n) > r.d && r.d !== 1 ? formatMixed(r) : formatFraction(r));

function keepWrong(result: Rational, list: [Rational, string][]): Misconception[] {
  const out: Misconception[] = [];
  for (const [r, feedback] of list) {
    const answer = formatFraction(r);
    if ((r.n !== result.n || r.d !== result.d) && !out.some((m) => m.answer === answer)) out.push({ answer, feedback });
  }
  return out;
}

const multiplyParams = v.strictObject({
  operands: v.picklist(['whole-times-fraction', 'fraction-times-fraction', 'area']),
  denominators: range(2, 10, 2, 20),
  wholes: range(2, 9, 1, 50),
  requireSimplest: flag(false),
  story: flag(false),
});

const fractionMultiply = defineGenerator({
  kind: 'fraction-multiply',
  summary: 'Multiply a whole number by a fraction, a fraction by a fraction, or find a rectangle\'s area. Params: operands, denominators, wholes, requireSimplest, story.',
  params: multiplyParams,
  generate(p, { rng }) {
    const b = rng.int(p.denominators[0], p.denominators[1]);
    const a = coprimeNumerator(rng, b);
    if (p.operands === 'whole-times-fraction') {
      const n = rng.int(p.wholes[0], p.wholes[1]);
      const result = rational(n * a, b);
      return {
        type: 'fraction',
        stem: p.story ? `A recipe needs $${fr(a, b)}$ cup of oats for one batch. How many cups of oats are needed for ${n} batches?` : `Find $${n} \\times ${fr(a, b)}$.`,
        answer: answerText(result),
        requireSimplest: p.requireSimplest,
        hints: [
          `$${n} \\times ${fr(a, b)}$ means ${n} groups of $${fr(a, b)}$.`,
          `${n} groups of ${a} ${a === 1 ? 'piece' : 'pieces'} of size $${fr(1, b)}$ is $${n} \\times ${a} = ${n * a}$ pieces.`,
          `Multiply the whole number by the numerator and keep the denominator: $${fr(n * a, b)}$.`,
        ],
        solution: `$${n} \\times ${fr(a, b)} = \\tfrac{${n} \\times ${a}}{${b}} = ${fr(n * a, b)}$${formatFraction(result) !== `${n * a}/${b}` ? ` $= ${texFraction(result)}$` : ''}${result.n > result.d && result.d !== 1 ? ` $= ${texFraction(result, true)}$` : ''}.`,
        misconceptions: keepWrong(result, [[rational(n * a, n * b), 'You multiplied the denominator too. The denominator names the size of the pieces, which does not change: multiply only the numerator by the whole number.']]),
      };
    }
    const d = rng.int(p.denominators[0], p.denominators[1]);
    const c = coprimeNumerator(rng, d);
    const result = mul(rational(a, b), rational(c, d));
    const area = p.operands === 'area';
    const stem = area
      ? `A rectangular garden bed is $${fr(a, b)}$ m long and $${fr(c, d)}$ m wide. What is its area, in square metres?`
      : p.story ? `Jo has $${fr(a, b)}$ of a cake and eats $${fr(c, d)}$ of what she has. What fraction of a whole cake does she eat?` : `Find $${fr(a, b)} \\times ${fr(c, d)}$.`;
    return {
      type: 'fraction',
      stem,
      answer: answerText(result),
      requireSimplest: p.requireSimplest,
      hints: [
        area ? 'The area of a rectangle is length times width.' : `$${fr(a, b)} \\times ${fr(c, d)}$ means $${fr(a, b)}$ of $${fr(c, d)}$.`,
        'Multiply the numerators, then multiply the denominators.',
        `$\\tfrac{${a} \\times ${c}}{${b} \\times ${d}} = ${fr(a * c, b * d)}$; simplify if you can.`,
      ],
      solution: `${area ? 'Area = length × width: ' : ''}$${fr(a, b)} \\times ${fr(c, d)} = \\tfrac{${a} \\times ${c}}{${b} \\times ${d}} = ${fr(a * c, b * d)}$${gcd(a * c, b * d) > 1 ? ` $= ${texFraction(result)}$` : ''}${area ? ' square metres' : ''}.${area ? ` (A unit square cut into ${b} × ${d} = ${b * d} equal tiles, with ${a} × ${c} = ${a * c} of them covered.)` : ''}`,
      misconceptions: keepWrong(result, [
        [rational(a * d, b * c), 'That is division: you flipped the second fraction. To multiply, multiply straight across, numerator by numerator and denominator by denominator.'],
        [rational(a + c, b + d), 'You added instead of multiplying.'],
      ]),
    };
  },
});

const divideParams = v.strictObject({
  operands: v.picklist(['whole-by-whole', 'unit-by-whole', 'whole-by-unit', 'fraction-by-fraction']),
  denominators: range(2, 10, 2, 20),
  wholes: range(2, 9, 1, 50),
  story: flag(false),
});

function divideItem(operands: v.InferOutput<typeof divideParams>['operands'], story: boolean, x: Rational, y: Rational): GeneratedItem {
  const result = div(x, y);
  const xt = texFraction(x);
  const yt = texFraction(y);
  const stories: Record<typeof operands, string> = {
    'whole-by-whole': `${x.n} pizzas are shared equally among ${y.n} friends. How much pizza does each friend get?`,
    'unit-by-whole': `$${xt}$ of a pan of lasagne is shared equally among ${y.n} people. What fraction of the whole pan does each person get?`,
    'whole-by-unit': `${x.n} kg of trail mix is packed into bags that each hold $${yt}$ kg. How many bags can be filled?`,
    'fraction-by-fraction': `How many $${yt}$-cup servings are in $${xt}$ cup of yoghurt?`,
  };
  const ideas: Record<typeof operands, string> = {
    'whole-by-whole': `$${x.n} \\div ${y.n}$ is the same as the fraction $${fr(x.n, y.n)}$: share ${x.n} wholes into ${y.n} equal parts.`,
    'unit-by-whole': `Sharing $${xt}$ among ${y.n} splits each piece into ${y.n} smaller pieces.`,
    'whole-by-unit': `Ask: how many pieces of size $${yt}$ fit into ${x.n}? There are ${y.d} in each whole.`,
    'fraction-by-fraction': `Ask: how many $${yt}$ fit into $${xt}$? Dividing by a fraction is multiplying by its reciprocal.`,
  };
  const reciprocal = rational(y.d, y.n);
  const wrong: [Rational, string][] = [
    [mul(x, y), 'You multiplied instead of dividing. Dividing by a number is the same as multiplying by its reciprocal (the fraction flipped over).'],
    [div(y, x), 'You divided the numbers the other way round. The first number is the amount being shared or measured.'],
  ];
  return {
    type: 'fraction',
    stem: story ? stories[operands] : `Find $${xt} \\div ${yt}$.`,
    answer: answerText(result),
    hints: [
      ideas[operands],
      `Dividing by $${yt}$ is the same as multiplying by $${texFraction(reciprocal)}$.`,
      `$${xt} \\times ${texFraction(reciprocal)} = ${texFraction(result)}$ (check: $${texFraction(result)} \\times ${yt} = ${xt}$).`,
    ],
    solution: `$${xt} \\div ${yt} = ${xt} \\times ${texFraction(reciprocal)} = ${texFraction(result)}$${result.n > result.d && result.d !== 1 ? ` $= ${texFraction(result, true)}$` : ''}. Check by multiplying back: $${texFraction(result)} \\times ${yt} = ${xt}$.`,
    misconceptions: keepWrong(result, wrong),
  };
}

const fractionDivide = defineGenerator({
  kind: 'fraction-divide',
  summary: 'Divide: whole by whole as a fraction, unit fraction by whole, whole by unit fraction, or fraction by fraction. Params: operands, denominators, wholes, story.',
  params: divideParams,
  generate(p, { rng }) {
    const w = rng.int(p.wholes[0], p.wholes[1]);
    const d = rng.int(p.denominators[0], p.denominators[1]);
    switch (p.operands) {
      case 'whole-by-whole': {
        let shared = rng.int(2, 12);
        if (shared % w === 0) shared += 1;
        return divideItem(p.operands, p.story, rational(shared), rational(w));
      }
      case 'unit-by-whole': return divideItem(p.operands, p.story, rational(1, d), rational(w));
      case 'whole-by-unit': return divideItem(p.operands, p.story, rational(w), rational(1, d));
      case 'fraction-by-fraction': {
        const b = rng.int(p.denominators[0], p.denominators[1]);
        let y = rational(coprimeNumerator(rng, d), d);
        const x = rational(coprimeNumerator(rng, b) + (rng.next() < 0.3 ? b : 0), b);
        if (x.n === y.n && x.d === y.d) y = rational(1, d + 1);
        return divideItem(p.operands, p.story, x, y);
      }
    }
  },
});

const scaling = defineGenerator({
  kind: 'fraction-scaling',
  summary: 'Without calculating: is n x (a/b) greater than, less than or equal to n? (5.NF.5). Params: denominators, wholes.',
  params: v.strictObject({ denominators: range(2, 10, 2, 20), wholes: range(2, 20, 1, 100) }),
  generate(p, { rng }) {
    const n = rng.int(p.wholes[0], p.wholes[1]);
    const b = rng.int(p.denominators[0], p.denominators[1]);
    const kind = rng.pick(['less', 'greater', 'greater', 'less', 'equal']);
    const a = kind === 'less' ? rng.int(1, b - 1) : kind === 'greater' ? rng.int(b + 1, 2 * b + 1) : b;
    const truth = kind === 'less' ? 'lt' : kind === 'greater' ? 'gt' : 'eq';
    const alwaysBigger = 'Multiplying does not always make a number bigger: multiplying by a fraction less than 1 makes it smaller.';
    return {
      type: 'multiple-choice',
      stem: `Without calculating, compare $${n} \\times ${fr(a, b)}$ with $${n}$.`,
      readAloud: `Without calculating, compare ${n} times ${a} over ${b} with ${n}.`,
      choices: [
        { id: 'gt', text: `$${n} \\times ${fr(a, b)}$ is greater than ${n}`, ...(truth === 'lt' ? { feedback: alwaysBigger } : {}) },
        { id: 'lt', text: `$${n} \\times ${fr(a, b)}$ is less than ${n}` },
        { id: 'eq', text: `$${n} \\times ${fr(a, b)}$ is equal to ${n}` },
      ],
      correct: [truth],
      hints: [
        `Is $${fr(a, b)}$ less than 1, equal to 1, or greater than 1?`,
        'Multiplying by a number greater than 1 makes a (positive) number larger; by a number less than 1, smaller; by 1, it stays the same.',
      ],
      solution: `$${fr(a, b)}$ is ${kind === 'less' ? 'less than 1' : kind === 'greater' ? 'greater than 1' : 'equal to 1'}, so $${n} \\times ${fr(a, b)}$ is ${kind === 'less' ? 'less than' : kind === 'greater' ? 'greater than' : 'equal to'} ${n}. (It is $${texFraction(mul(rational(n), rational(a, b)))}$.)`,
    };
  },
});

export const FRACTION_MUL_DIV_GENERATORS = [fractionMultiply, fractionDivide, scaling];
