/**
 * Multiplying and dividing with fractions: whole x fraction (4.NF.4), fraction x fraction and
 * area (5.NF.4), scaling (5.NF.5), fractions as division (5.NF.3), unit fractions and whole
 * numbers (5.NF.7) and fraction by fraction (6.NS.A.1), bare or as word problems. English and
 * Spanish.
 */
import * as v from 'valibot';
import { div, formatFraction, formatMixed, gcd, mul, rational, texFraction, type Rational } from '../fraction/rational.ts';
import { defineGenerator, type GeneratorContext } from './kind.ts';
import { coprimeNumerator, flag, fr, range } from './fraction-shared.ts';
import type { GeneratedItem } from './kind.ts';

type Misconception = { answer: string; feedback: string };
type T = GeneratorContext['t'];
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
  locales: ['es'],
  generate(p, { rng, t }) {
    const b = rng.int(p.denominators[0], p.denominators[1]);
    const a = coprimeNumerator(rng, b);
    if (p.operands === 'whole-times-fraction') {
      const n = rng.int(p.wholes[0], p.wholes[1]);
      const result = rational(n * a, b);
      return {
        type: 'fraction',
        stem: p.story
          ? t(`A recipe needs $${fr(a, b)}$ cup of oats for one batch. How many cups of oats are needed for ${n} batches?`,
            `Una receta lleva $${fr(a, b)}$ de taza de avena por tanda. ¿Cuántas tazas de avena hacen falta para ${n} tandas?`)
          : `${t('Find', 'Halla')} $${n} \\times ${fr(a, b)}$.`,
        answer: answerText(result),
        requireSimplest: p.requireSimplest,
        hints: [
          t(`$${n} \\times ${fr(a, b)}$ means ${n} groups of $${fr(a, b)}$.`, `$${n} \\times ${fr(a, b)}$ son ${n} grupos de $${fr(a, b)}$.`),
          t(`${n} groups of ${a} ${a === 1 ? 'piece' : 'pieces'} of size $${fr(1, b)}$ is $${n} \\times ${a} = ${n * a}$ pieces.`,
            `${n} grupos de ${a} ${a === 1 ? 'trozo' : 'trozos'} de tamaño $${fr(1, b)}$ son $${n} \\times ${a} = ${n * a}$ trozos.`),
          t(`Multiply the whole number by the numerator and keep the denominator: $${fr(n * a, b)}$.`,
            `Multiplica el número entero por el numerador y deja el denominador: $${fr(n * a, b)}$.`),
        ],
        solution: `$${n} \\times ${fr(a, b)} = \\tfrac{${n} \\times ${a}}{${b}} = ${fr(n * a, b)}$${formatFraction(result) !== `${n * a}/${b}` ? ` $= ${texFraction(result)}$` : ''}${result.n > result.d && result.d !== 1 ? ` $= ${texFraction(result, true)}$` : ''}.`,
        misconceptions: keepWrong(result, [[rational(n * a, n * b), t('You multiplied the denominator too. The denominator names the size of the pieces, which does not change: multiply only the numerator by the whole number.',
          'También multiplicaste el denominador. El denominador dice el tamaño de los trozos, y ese no cambia: multiplica solo el numerador por el número entero.')]]),
      };
    }
    const d = rng.int(p.denominators[0], p.denominators[1]);
    const c = coprimeNumerator(rng, d);
    const result = mul(rational(a, b), rational(c, d));
    const area = p.operands === 'area';
    const stem = area
      ? t(`A rectangular garden bed is $${fr(a, b)}$ m long and $${fr(c, d)}$ m wide. What is its area, in square metres?`,
        `Un huerto rectangular mide $${fr(a, b)}$ m de largo y $${fr(c, d)}$ m de ancho. ¿Cuál es su área, en metros cuadrados?`)
      : p.story
        ? t(`Jo has $${fr(a, b)}$ of a cake and eats $${fr(c, d)}$ of what she has. What fraction of a whole cake does she eat?`,
          `Jo tiene $${fr(a, b)}$ de un pastel y se come $${fr(c, d)}$ de lo que tiene. ¿Qué fracción del pastel entero se come?`)
        : `${t('Find', 'Halla')} $${fr(a, b)} \\times ${fr(c, d)}$.`;
    return {
      type: 'fraction',
      stem,
      answer: answerText(result),
      requireSimplest: p.requireSimplest,
      hints: [
        area ? t('The area of a rectangle is length times width.', 'El área de un rectángulo es el largo por el ancho.')
          : t(`$${fr(a, b)} \\times ${fr(c, d)}$ means $${fr(a, b)}$ of $${fr(c, d)}$.`, `$${fr(a, b)} \\times ${fr(c, d)}$ es $${fr(a, b)}$ de $${fr(c, d)}$.`),
        t('Multiply the numerators, then multiply the denominators.', 'Multiplica los numeradores y luego los denominadores.'),
        t(`$\\tfrac{${a} \\times ${c}}{${b} \\times ${d}} = ${fr(a * c, b * d)}$; simplify if you can.`, `$\\tfrac{${a} \\times ${c}}{${b} \\times ${d}} = ${fr(a * c, b * d)}$; simplifica si puedes.`),
      ],
      solution: `${area ? t('Area = length × width: ', 'Área = largo × ancho: ') : ''}$${fr(a, b)} \\times ${fr(c, d)} = \\tfrac{${a} \\times ${c}}{${b} \\times ${d}} = ${fr(a * c, b * d)}$${gcd(a * c, b * d) > 1 ? ` $= ${texFraction(result)}$` : ''}${area ? t(' square metres', ' metros cuadrados') : ''}.${area
        ? t(` (A unit square cut into ${b} × ${d} = ${b * d} equal tiles, with ${a} × ${c} = ${a * c} of them covered.)`,
          ` (Es como un cuadrado de 1 m de lado cortado en ${b} × ${d} = ${b * d} baldosas iguales, de las que ${a} × ${c} = ${a * c} quedan cubiertas.)`)
        : ''}`,
      misconceptions: keepWrong(result, [
        [rational(a * d, b * c), t('That is division: you flipped the second fraction. To multiply, multiply straight across, numerator by numerator and denominator by denominator.',
          'Eso es dividir: invertiste la segunda fracción. Para multiplicar, multiplica en línea: numerador por numerador y denominador por denominador.')],
        [rational(a + c, b + d), t('You added instead of multiplying.', 'Sumaste en lugar de multiplicar.')],
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

function divideItem(operands: v.InferOutput<typeof divideParams>['operands'], story: boolean, x: Rational, y: Rational, t: T): GeneratedItem {
  const result = div(x, y);
  const xt = texFraction(x);
  const yt = texFraction(y);
  const stories: Record<typeof operands, string> = {
    'whole-by-whole': t(`${x.n} pizzas are shared equally among ${y.n} friends. How much pizza does each friend get?`,
      `Se reparten ${x.n} pizzas a partes iguales entre ${y.n} amigos. ¿Cuánta pizza le toca a cada uno?`),
    'unit-by-whole': t(`$${xt}$ of a pan of lasagne is shared equally among ${y.n} people. What fraction of the whole pan does each person get?`,
      `Se reparte $${xt}$ de una bandeja de lasaña a partes iguales entre ${y.n} personas. ¿Qué fracción de la bandeja entera le toca a cada una?`),
    'whole-by-unit': t(`${x.n} kg of trail mix is packed into bags that each hold $${yt}$ kg. How many bags can be filled?`,
      `Se envasan ${x.n} kg de frutos secos en bolsas de $${yt}$ kg cada una. ¿Cuántas bolsas se pueden llenar?`),
    'fraction-by-fraction': t(`How many $${yt}$-cup servings are in $${xt}$ cup of yoghurt?`,
      `¿Cuántas porciones de $${yt}$ de taza salen de $${xt}$ de taza de yogur?`),
  };
  const ideas: Record<typeof operands, string> = {
    'whole-by-whole': t(`$${x.n} \\div ${y.n}$ is the same as the fraction $${fr(x.n, y.n)}$: share ${x.n} wholes into ${y.n} equal parts.`,
      `$${x.n} \\div ${y.n}$ es lo mismo que la fracción $${fr(x.n, y.n)}$: reparte ${x.n} enteros en ${y.n} partes iguales.`),
    'unit-by-whole': t(`Sharing $${xt}$ among ${y.n} splits each piece into ${y.n} smaller pieces.`,
      `Repartir $${xt}$ entre ${y.n} parte cada trozo en ${y.n} trozos más pequeños.`),
    'whole-by-unit': t(`Ask: how many pieces of size $${yt}$ fit into ${x.n}? There are ${y.d} in each whole.`,
      `Pregúntate: ¿cuántos trozos de $${yt}$ caben en ${x.n}? En cada entero caben ${y.d}.`),
    'fraction-by-fraction': t(`Ask: how many $${yt}$ fit into $${xt}$? Dividing by a fraction is multiplying by its reciprocal.`,
      `Pregúntate: ¿cuántas veces cabe $${yt}$ en $${xt}$? Dividir entre una fracción es multiplicar por su inversa.`),
  };
  const reciprocal = rational(y.d, y.n);
  const wrong: [Rational, string][] = [
    [mul(x, y), t('You multiplied instead of dividing. Dividing by a number is the same as multiplying by its reciprocal (the fraction flipped over).',
      'Multiplicaste en lugar de dividir. Dividir entre un número es lo mismo que multiplicar por su inverso (la fracción dada la vuelta).')],
    [div(y, x), t('You divided the numbers the other way round. The first number is the amount being shared or measured.',
      'Dividiste los números al revés. El primer número es la cantidad que se reparte o se mide.')],
  ];
  return {
    type: 'fraction',
    stem: story ? stories[operands] : `${t('Find', 'Halla')} $${xt} \\div ${yt}$.`,
    answer: answerText(result),
    hints: [
      ideas[operands],
      t(`Dividing by $${yt}$ is the same as multiplying by $${texFraction(reciprocal)}$.`, `Dividir entre $${yt}$ es lo mismo que multiplicar por $${texFraction(reciprocal)}$.`),
      t(`$${xt} \\times ${texFraction(reciprocal)} = ${texFraction(result)}$ (check: $${texFraction(result)} \\times ${yt} = ${xt}$).`,
        `$${xt} \\times ${texFraction(reciprocal)} = ${texFraction(result)}$ (comprueba: $${texFraction(result)} \\times ${yt} = ${xt}$).`),
    ],
    solution: `$${xt} \\div ${yt} = ${xt} \\times ${texFraction(reciprocal)} = ${texFraction(result)}$${result.n > result.d && result.d !== 1 ? ` $= ${texFraction(result, true)}$` : ''}. ${t('Check by multiplying back', 'Comprueba multiplicando')}: $${texFraction(result)} \\times ${yt} = ${xt}$.`,
    misconceptions: keepWrong(result, wrong),
  };
}

const fractionDivide = defineGenerator({
  kind: 'fraction-divide',
  summary: 'Divide: whole by whole as a fraction, unit fraction by whole, whole by unit fraction, or fraction by fraction. Params: operands, denominators, wholes, story.',
  params: divideParams,
  locales: ['es'],
  generate(p, { rng, t }) {
    const w = rng.int(p.wholes[0], p.wholes[1]);
    const d = rng.int(p.denominators[0], p.denominators[1]);
    switch (p.operands) {
      case 'whole-by-whole': {
        let shared = rng.int(2, 12);
        if (shared % w === 0) shared += 1;
        return divideItem(p.operands, p.story, rational(shared), rational(w), t);
      }
      case 'unit-by-whole': return divideItem(p.operands, p.story, rational(1, d), rational(w), t);
      case 'whole-by-unit': return divideItem(p.operands, p.story, rational(w), rational(1, d), t);
      case 'fraction-by-fraction': {
        const b = rng.int(p.denominators[0], p.denominators[1]);
        let y = rational(coprimeNumerator(rng, d), d);
        const x = rational(coprimeNumerator(rng, b) + (rng.next() < 0.3 ? b : 0), b);
        if (x.n === y.n && x.d === y.d) y = rational(1, d + 1);
        return divideItem(p.operands, p.story, x, y, t);
      }
    }
  },
});

const scaling = defineGenerator({
  kind: 'fraction-scaling',
  summary: 'Without calculating: is n x (a/b) greater than, less than or equal to n? (5.NF.5). Params: denominators, wholes.',
  params: v.strictObject({ denominators: range(2, 10, 2, 20), wholes: range(2, 20, 1, 100) }),
  locales: ['es'],
  generate(p, { rng, t }) {
    const n = rng.int(p.wholes[0], p.wholes[1]);
    const b = rng.int(p.denominators[0], p.denominators[1]);
    const kind = rng.pick(['less', 'greater', 'greater', 'less', 'equal']);
    const a = kind === 'less' ? rng.int(1, b - 1) : kind === 'greater' ? rng.int(b + 1, 2 * b + 1) : b;
    const truth = kind === 'less' ? 'lt' : kind === 'greater' ? 'gt' : 'eq';
    const alwaysBigger = t('Multiplying does not always make a number bigger: multiplying by a fraction less than 1 makes it smaller.',
      'Multiplicar no siempre hace más grande un número: multiplicar por una fracción menor que 1 lo hace más pequeño.');
    const than = (k: string) => (k === 'less' ? t('less than', 'menor que') : k === 'greater' ? t('greater than', 'mayor que') : t('equal to', 'igual a'));
    return {
      type: 'multiple-choice',
      stem: t(`Without calculating, compare $${n} \\times ${fr(a, b)}$ with $${n}$.`, `Sin hacer la cuenta, compara $${n} \\times ${fr(a, b)}$ con $${n}$.`),
      readAloud: t(`Without calculating, compare ${n} times ${a} over ${b} with ${n}.`, `Sin hacer la cuenta, compara ${n} por ${a} sobre ${b} con ${n}.`),
      choices: [
        { id: 'gt', text: `$${n} \\times ${fr(a, b)}$ ${t('is greater than', 'es mayor que')} ${n}`, ...(truth === 'lt' ? { feedback: alwaysBigger } : {}) },
        { id: 'lt', text: `$${n} \\times ${fr(a, b)}$ ${t('is less than', 'es menor que')} ${n}` },
        { id: 'eq', text: `$${n} \\times ${fr(a, b)}$ ${t('is equal to', 'es igual a')} ${n}` },
      ],
      correct: [truth],
      hints: [
        t(`Is $${fr(a, b)}$ less than 1, equal to 1, or greater than 1?`, `¿$${fr(a, b)}$ es menor que 1, igual a 1 o mayor que 1?`),
        t('Multiplying by a number greater than 1 makes a (positive) number larger; by a number less than 1, smaller; by 1, it stays the same.',
          'Multiplicar por un número mayor que 1 hace más grande un número (positivo); por uno menor que 1, más pequeño; por 1, queda igual.'),
      ],
      solution: t(`$${fr(a, b)}$ is ${than(kind)} 1, so $${n} \\times ${fr(a, b)}$ is ${than(kind)} ${n}. (It is $${texFraction(mul(rational(n), rational(a, b)))}$.)`,
        `$${fr(a, b)}$ es ${than(kind)} 1, así que $${n} \\times ${fr(a, b)}$ es ${than(kind)} ${n}. (Es $${texFraction(mul(rational(n), rational(a, b)))}$.)`),
    };
  },
});

export const FRACTION_MUL_DIV_GENERATORS = [fractionMultiply, fractionDivide, scaling];
