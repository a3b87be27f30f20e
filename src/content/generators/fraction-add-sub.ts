/**
 * Adding and subtracting fractions and mixed numbers: like denominators (4.NF.3), unlike
 * denominators (5.NF.1) and word problems (4.NF.3d, 5.NF.2). The worked solution follows the
 * method taught in class: common denominator, then add or subtract the numerators; mixed numbers
 * by converting to improper fractions (with regrouping explained for subtraction). English and
 * Spanish.
 */
import * as v from 'valibot';
import { add, formatFraction, formatMixed, lcm, rational, sub, texFraction, type Rational } from '../fraction/rational.ts';
import { defineGenerator, type GeneratorContext } from './kind.ts';
import { coprimeNumerator, flag, fr, mixedTex, range, twoDifferent } from './fraction-shared.ts';
import { ADD_STORIES, SUBTRACT_STORIES, fill } from './fraction-stories.ts';

interface Operand { whole: number; n: number; d: number }
const valueOf = (o: Operand) => rational(o.whole * o.d + o.n, o.d);
/** The operand as an improper fraction exactly as written (not reduced), for worked steps. */
const written = (o: Operand) => ({ n: o.whole * o.d + o.n, d: o.d });
const texOf = (o: Operand) => (o.whole ? mixedTex(o.whole, o.n, o.d) : fr(o.n, o.d));
const spoken = (o: Operand, t: T) => `${o.whole ? `${o.whole} ${t('and', 'y')} ` : ''}${o.n} ${t('over', 'sobre')} ${o.d}`;
type T = GeneratorContext['t'];

const params = v.strictObject({
  op: v.picklist(['add', 'subtract']),
  /** like: same denominator; unlike: different; mixed-*: mixed numbers. */
  operands: v.picklist(['like', 'unlike', 'mixed-like', 'mixed-unlike']),
  denominators: range(2, 12, 2, 20),
  wholes: range(1, 5, 1, 20),
  /** Keep a sum at most 1 (early grade 4). */
  withinOne: flag(false),
  requireSimplest: flag(false),
  story: flag(false),
});

export const fractionAddSub = defineGenerator({
  kind: 'fraction-add-sub',
  summary: 'Add or subtract fractions or mixed numbers. Params: op, operands ("like" | "unlike" | "mixed-like" | "mixed-unlike"), denominators, wholes, withinOne, requireSimplest, story.',
  params,
  locales: ['es'],
  generate(p, { rng, t }) {
    const mixed = p.operands.startsWith('mixed');
    const like = p.operands.endsWith('like') && !p.operands.endsWith('unlike');
    let x: Operand;
    let y: Operand;
    for (let attempt = 0; ; attempt++) {
      const same = rng.int(Math.max(3, p.denominators[0]), Math.max(3, p.denominators[1]));
      const [b, dd] = like ? [same, same] : twoDifferent(rng, p.denominators);
      x = { whole: mixed ? rng.int(p.wholes[0], p.wholes[1]) : 0, n: coprimeNumerator(rng, b), d: b };
      y = { whole: mixed ? rng.int(p.wholes[0], p.wholes[1]) : 0, n: coprimeNumerator(rng, dd), d: dd };
      const difference = sub(valueOf(x), valueOf(y)).n;
      if (p.op === 'subtract' && difference < 0) [x, y] = [y, x];
      const tooBig = p.op === 'add' && p.withinOne && x.n * y.d + y.n * x.d > x.d * y.d;
      // Redraw rather than patch: equal operands in a subtraction and sums over 1 when withinOne.
      if ((p.op === 'subtract' && difference === 0) || tooBig) {
        if (attempt < 100) continue;
      }
      break;
    }
    const result = p.op === 'add' ? add(valueOf(x), valueOf(y)) : sub(valueOf(x), valueOf(y));
    const sign = p.op === 'add' ? '+' : '-';
    const expression = `${texOf(x)} ${sign} ${texOf(y)}`;
    const picked = p.story ? rng.pick(p.op === 'add' ? ADD_STORIES : SUBTRACT_STORIES) : undefined;
    const story = picked ? fill(t(picked.text, picked.es), `$${texOf(x)}$`, `$${texOf(y)}$`) : undefined;
    const answer = mixed || Math.abs(result.n) > result.d ? formatMixed(result) : formatFraction(result);
    return {
      type: 'fraction',
      stem: story ?? `${t('Find', 'Halla')} $${expression}$.${p.requireSimplest ? t(' Give your answer in simplest form.', ' Da el resultado como fracción irreducible.') : ''}`,
      readAloud: story ? undefined : `${t('Find', 'Halla')} ${spoken(x, t)} ${p.op === 'add' ? t('plus', 'más') : t('minus', 'menos')} ${spoken(y, t)}.`,
      answer,
      requireSimplest: p.requireSimplest,
      hints: hintsFor(x, y, p.op, mixed, t),
      solution: solutionFor(x, y, p.op, result, mixed, t),
      misconceptions: misconceptionsFor(x, y, p.op, result, mixed, t),
    };
  },
});

function hintsFor(x: Operand, y: Operand, op: 'add' | 'subtract', mixed: boolean, t: T): string[] {
  const L = lcm(x.d, y.d);
  const first = x.d === y.d
    ? t(`The denominators are both ${x.d}: the pieces are the same size, so ${op} the numerators and keep the denominator.`,
      `Los dos denominadores son ${x.d}: los trozos son del mismo tamaño, así que ${op === 'add' ? 'suma' : 'resta'} los numeradores y deja el mismo denominador.`)
    : t(`The pieces are different sizes. Rewrite both fractions with a common denominator, such as ${L}.`,
      `Los trozos son de distinto tamaño. Escribe las dos fracciones con un denominador común, por ejemplo ${L}.`);
  const hints = [first];
  if (mixed) hints.push(t(`Write each mixed number as an improper fraction first: $${texOf(x)} = ${fr(written(x).n, x.d)}$.`,
    `Primero escribe cada número mixto como fracción impropia: $${texOf(x)} = ${fr(written(x).n, x.d)}$.`));
  if (x.d !== y.d) hints.push(`$${fr(x.n, x.d)} = ${fr((x.n * L) / x.d, L)}$ ${t('and', 'y')} $${fr(y.n, y.d)} = ${fr((y.n * L) / y.d, L)}$.`);
  hints.push(op === 'add'
    ? t('Add the numerators, keep the common denominator, then simplify if you can.', 'Suma los numeradores, deja el denominador común y simplifica si puedes.')
    : t('Subtract the numerators, keep the common denominator, then simplify if you can.', 'Resta los numeradores, deja el denominador común y simplifica si puedes.'));
  return hints;
}

function solutionFor(x: Operand, y: Operand, op: 'add' | 'subtract', result: Rational, mixed: boolean, t: T): string {
  const L = lcm(x.d, y.d);
  const sign = op === 'add' ? '+' : '-';
  const xi = written(x);
  const yi = written(y);
  const xTop = (xi.n * L) / xi.d;
  const yTop = (yi.n * L) / yi.d;
  const lines: string[] = [];
  if (mixed) lines.push(t(`Write the mixed numbers as improper fractions: $${texOf(x)} = ${fr(xi.n, xi.d)}$ and $${texOf(y)} = ${fr(yi.n, yi.d)}$.`,
    `Escribe los números mixtos como fracciones impropias: $${texOf(x)} = ${fr(xi.n, xi.d)}$ y $${texOf(y)} = ${fr(yi.n, yi.d)}$.`));
  if (x.d !== y.d || xi.d !== L || yi.d !== L) lines.push(t(`Use the common denominator ${L}: $${fr(xi.n, xi.d)} = ${fr(xTop, L)}$ and $${fr(yi.n, yi.d)} = ${fr(yTop, L)}$.`,
    `Usa el denominador común ${L}: $${fr(xi.n, xi.d)} = ${fr(xTop, L)}$ y $${fr(yi.n, yi.d)} = ${fr(yTop, L)}$.`));
  const raw = op === 'add' ? xTop + yTop : xTop - yTop;
  lines.push(`${op === 'add' ? t('Add the numerators', 'Suma los numeradores') : t('Subtract the numerators', 'Resta los numeradores')}: $${fr(xTop, L)} ${sign} ${fr(yTop, L)} = ${fr(raw, L)}$.`);
  if (raw !== result.n || L !== result.d) lines.push(`${t('Simplify', 'Simplifica')}: $${fr(raw, L)} = ${texFraction(result)}$.`);
  if (result.n > result.d && result.d !== 1) lines.push(`${t('As a mixed number', 'Como número mixto')}: $${texFraction(result, true)}$.`);
  return lines.join('\n\n');
}

function misconceptionsFor(x: Operand, y: Operand, op: 'add' | 'subtract', result: Rational, mixed: boolean, t: T) {
  const out: { answer: string; feedback: string }[] = [];
  const push = (r: Rational | undefined, feedback: string) => {
    if (!r || (r.n === result.n && r.d === result.d) || out.some((m) => m.answer === formatFraction(r))) return;
    out.push({ answer: formatFraction(r), feedback });
  };
  if (!mixed && op === 'add') {
    push(rational(x.n + y.n, x.d + y.d), t('You added the denominators too. The denominator names the size of the pieces, and adding does not change the piece size: use a common denominator and add only the numerators.',
      'También sumaste los denominadores. El denominador dice el tamaño de los trozos, y sumar no cambia ese tamaño: usa un denominador común y suma solo los numeradores.'));
  }
  if (!mixed && op === 'subtract' && x.d !== y.d && x.n - y.n > 0 && x.d - y.d > 0) {
    push(rational(x.n - y.n, x.d - y.d), t('You subtracted the denominators too. Rewrite both fractions with a common denominator, then subtract only the numerators.',
      'También restaste los denominadores. Escribe las dos fracciones con un denominador común y resta solo los numeradores.'));
  }
  if (!mixed && op === 'subtract' && x.d === y.d) {
    push(rational(x.n + y.n, x.d), t('This question asks for the difference: subtract the numerators instead of adding them.',
      'Aquí se pide la diferencia: resta los numeradores en lugar de sumarlos.'));
  }
  if (mixed && op === 'subtract' && x.d === y.d && x.n < y.n && x.whole > y.whole) {
    push(rational((x.whole - y.whole) * x.d + (y.n - x.n), x.d), t(`You took the smaller fraction from the larger one. You cannot take $${fr(y.n, y.d)}$ from $${fr(x.n, x.d)}$: regroup one whole as $${fr(x.d, x.d)}$ first, so $${texOf(x)} = ${mixedTex(x.whole - 1, x.n + x.d, x.d)}$.`,
      `Restaste la fracción pequeña de la grande. A $${fr(x.n, x.d)}$ no se le puede quitar $${fr(y.n, y.d)}$: primero convierte un entero en $${fr(x.d, x.d)}$, así $${texOf(x)} = ${mixedTex(x.whole - 1, x.n + x.d, x.d)}$.`));
  }
  if (mixed && op === 'add' && x.d === y.d) {
    push(rational((x.whole + y.whole) * 2 * x.d + x.n + y.n, 2 * x.d), t('You added the denominators. The pieces stay the same size: add the whole numbers, add the numerators, and keep the denominator.',
      'Sumaste los denominadores. Los trozos siguen siendo del mismo tamaño: suma las partes enteras, suma los numeradores y deja el denominador.'));
  }
  if (mixed && op === 'add' && x.d !== y.d) {
    push(rational((x.whole + y.whole) * (x.d + y.d) + x.n + y.n, x.d + y.d), t('You added the denominators. Add the whole numbers, then add the fractions using a common denominator.',
      'Sumaste los denominadores. Suma las partes enteras y luego las fracciones con un denominador común.'));
  }
  return out;
}

export const FRACTION_ADD_SUB_GENERATORS = [fractionAddSub];
