/**
 * Comparing two fractions (3.NF.3d, 4.NF.2) and two decimals (4.NF.7) with <, > or =. Each wrong
 * symbol carries the feedback for the misconception that usually produces it. English and
 * Spanish; decimals are written as the locale writes them (0.5, 0,5).
 */
import * as v from 'valibot';
import { compare, lcm, rational } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { coprimeNumerator, fr, range, twoDifferent } from './fraction-shared.ts';
import type { GeneratorContext } from './kind.ts';
import type { Rng } from './prng.ts';

type Symbol = 'lt' | 'gt' | 'eq';
const symbolText = (t: GeneratorContext['t']): Record<Symbol, string> => ({
  lt: t('$<$ (is less than)', '$<$ (es menor que)'),
  gt: t('$>$ (is greater than)', '$>$ (es mayor que)'),
  eq: t('$=$ (is equal to)', '$=$ (es igual a)'),
});
const relation = (t: GeneratorContext['t'], truth: Symbol) => (truth === 'lt' ? t('is less than', 'es menor que') : truth === 'gt' ? t('is greater than', 'es mayor que') : t('is equal to', 'es igual a'));
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
  locales: ['es'],
  generate({ mode, denominators }, { rng, t }) {
    const { a, b, c, d } = pairFor(mode, rng, denominators);
    const truth = symbolOf(compare(rational(a, b), rational(c, d)));
    const L = lcm(b, d);
    const feedback: Partial<Record<Symbol, string>> = {};
    if (mode === 'same-numerator') {
      feedback[truth === 'lt' ? 'gt' : 'lt'] = t('Both have the same number of pieces, but a larger denominator means the whole is cut into more, smaller pieces, so that fraction is smaller.',
        'Las dos tienen el mismo número de trozos, pero un denominador mayor significa que el entero está cortado en más trozos, y más pequeños: esa fracción es menor.');
    } else if (mode === 'same-denominator') {
      feedback[truth === 'lt' ? 'gt' : 'lt'] = t('The pieces are the same size (same denominator), so the fraction with more pieces (the larger numerator) is larger.',
        'Los trozos son del mismo tamaño (igual denominador), así que es mayor la fracción con más trozos (el numerador mayor).');
    } else {
      const byNumerator = symbolOf(Math.sign(a - c));
      if (byNumerator !== truth) feedback[byNumerator] = t('Comparing only the numerators does not work when the pieces are different sizes: rewrite both fractions with a common denominator first.',
        'Comparar solo los numeradores no sirve si los trozos son de distinto tamaño: primero escribe las dos fracciones con un denominador común.');
    }
    if (truth !== 'eq') feedback.eq ??= t('They are not equal: rewrite them with a common denominator and compare the numerators.',
      'No son iguales: escríbelas con un denominador común y compara los numeradores.');
    const symbols: Symbol[] = ['lt', 'gt', 'eq'];
    const commonStep = b === d
      ? t(`Both fractions count pieces of size $${fr(1, b)}$: ${a} of them and ${c} of them`, `Las dos fracciones cuentan trozos de tamaño $${fr(1, b)}$: una tiene ${a} y la otra, ${c}`)
      : t(`$${fr(a, b)} = ${fr((a * L) / b, L)}$ and $${fr(c, d)} = ${fr((c * L) / d, L)}$`, `$${fr(a, b)} = ${fr((a * L) / b, L)}$ y $${fr(c, d)} = ${fr((c * L) / d, L)}$`);
    const texts = symbolText(t);
    return {
      type: 'multiple-choice',
      stem: t(`Which symbol makes this true? $${fr(a, b)} \\;\\square\\; ${fr(c, d)}$`, `¿Qué signo hace que sea verdad? $${fr(a, b)} \\;\\square\\; ${fr(c, d)}$`),
      readAloud: t(`Which symbol makes this true: ${a} over ${b}, box, ${c} over ${d}? Less than, greater than, or equal to.`,
        `¿Qué signo hace que sea verdad: ${a} sobre ${b}, casilla, ${c} sobre ${d}? Menor que, mayor que o igual a.`),
      choices: symbols.map((id) => ({ id, text: texts[id], ...(feedback[id] ? { feedback: feedback[id] } : {}) })),
      correct: [truth],
      hints: [
        mode === 'same-denominator' ? t('The denominators are the same, so the pieces are the same size. Which has more pieces?', 'Los denominadores son iguales, así que los trozos son del mismo tamaño. ¿Cuál tiene más trozos?')
          : mode === 'same-numerator' ? t('The numerators are the same. Which fraction has the bigger pieces?', 'Los numeradores son iguales. ¿Qué fracción tiene los trozos más grandes?')
            : mode === 'benchmark-half' ? t(`Is $${fr(a, b)}$ more or less than half? Half of ${b} is ${b / 2}.`, `¿$${fr(a, b)}$ es más o menos que un medio? La mitad de ${b} es ${t(String(b / 2), String(b / 2).replace('.', ','))}.`)
              : t(`Rewrite both fractions with the common denominator ${L}.`, `Escribe las dos fracciones con el denominador común ${L}.`),
        `${commonStep}.`,
        t(`Compare ${(a * L) / b} and ${(c * L) / d}.`, `Compara ${(a * L) / b} y ${(c * L) / d}.`),
      ],
      solution: `${b === d ? '' : t(`With the common denominator ${L}: `, `Con el denominador común ${L}: `)}${commonStep}. ${t('Since', 'Como')} ${(a * L) / b} ${SYMBOL_TEX[truth] === '=' ? '=' : relation(t, truth)} ${(c * L) / d}, $${fr(a, b)} ${SYMBOL_TEX[truth]} ${fr(c, d)}$.`,
    };
  },
});

const compareDecimals = defineGenerator({
  kind: 'compare-decimals',
  summary: 'Choose <, > or = between a tenths and a hundredths decimal (4.NF.7). No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_params, { rng, t, num, texNum }) {
    const tenths = rng.int(1, 9);
    let hundredths = rng.int(11, 99);
    if (hundredths % 10 === 0 || hundredths === tenths * 10) hundredths += 1;
    const leftValue = tenths / 10;
    const rightValue = hundredths / 100;
    const left = num(leftValue);
    const flip = rng.next() < 0.5;
    const [x, y] = (flip ? [rightValue, leftValue] : [leftValue, rightValue]).map(num);
    const [xt, yt] = (flip ? [rightValue, leftValue] : [leftValue, rightValue]).map(texNum);
    const twoPlaces = t((tenths / 10).toFixed(2), (tenths / 10).toFixed(2).replace('.', ','));
    const [xh, yh] = flip ? [hundredths, tenths * 10] : [tenths * 10, hundredths];
    const truth = symbolOf(Math.sign(xh - yh));
    const longerBigger = symbolOf(flip ? 1 : -1);
    const feedback: Partial<Record<Symbol, string>> = { eq: t('They are not equal: write both in hundredths and compare.', 'No son iguales: escribe los dos en centésimos y compáralos.') };
    if (longerBigger !== truth) feedback[longerBigger] = t(`More digits does not mean larger. Write ${left} as ${twoPlaces}: then compare hundredths with hundredths.`,
      `Tener más cifras no significa ser mayor. Escribe ${left} como ${twoPlaces} y compara centésimos con centésimos.`);
    const texts = symbolText(t);
    return {
      type: 'multiple-choice',
      stem: t(`Which symbol makes this true? $${xt} \\;\\square\\; ${yt}$`, `¿Qué signo hace que sea verdad? $${xt} \\;\\square\\; ${yt}$`),
      readAloud: t(`Which symbol makes this true: ${x}, box, ${y}?`, `¿Qué signo hace que sea verdad: ${x}, casilla, ${y}?`),
      choices: (['lt', 'gt', 'eq'] as Symbol[]).map((id) => ({ id, text: texts[id], ...(feedback[id] ? { feedback: feedback[id] } : {}) })),
      correct: [truth],
      hints: [
        t('Compare the digits in the tenths place first.', 'Compara primero las cifras de los décimos.'),
        t(`${left} is the same as ${twoPlaces} (${tenths * 10} hundredths).`, `${left} es lo mismo que ${twoPlaces} (${tenths * 10} centésimos).`),
        t(`Compare ${xh} hundredths with ${yh} hundredths.`, `Compara ${xh} centésimos con ${yh} centésimos.`),
      ],
      solution: t(`In hundredths: ${x} is $${fr(xh, 100)}$ and ${y} is $${fr(yh, 100)}$. ${xh} ${relation(t, truth)} ${yh}, so $${xt} ${SYMBOL_TEX[truth]} ${yt}$.`,
        `En centésimos: ${x} es $${fr(xh, 100)}$ y ${y} es $${fr(yh, 100)}$. ${xh} ${relation(t, truth)} ${yh}, así que $${xt} ${SYMBOL_TEX[truth]} ${yt}$.`),
    };
  },
});

export const FRACTION_COMPARE_GENERATORS = [compareFractions, compareDecimals];
