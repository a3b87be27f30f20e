/**
 * Unit fractions as building blocks (3.NF.1): a/b is a copies of 1/b, and b copies of 1/b make one
 * whole. English and Spanish.
 */
import * as v from 'valibot';
import { defineGenerator } from './kind.ts';
import { fr, range } from './fraction-shared.ts';

const unitFractionCopies = defineGenerator({
  kind: 'unit-fraction-copies',
  summary: 'Unit fractions as building blocks: a/b is how many copies of 1/b, what a copies of 1/b make, or how many 1/b make a whole. Params: denominators [min,max].',
  params: v.strictObject({ denominators: range(2, 12, 2, 20) }),
  locales: ['es'],
  generate({ denominators }, { rng, t }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = rng.int(1, d);
    const form = rng.int(0, 2);
    const piece = `$${fr(1, d)}$`;
    if (form === 0) {
      return {
        type: 'numeric',
        stem: t(`$${fr(n, d)}$ is how many copies of ${piece}?`, `¿Cuántas veces cabe ${piece} en $${fr(n, d)}$?`),
        readAloud: t(`${n} over ${d} is how many copies of one over ${d}?`, `¿Cuántas veces 1 sobre ${d} cabe en ${n} sobre ${d}?`),
        answer: n,
        hints: [
          t(`${piece} is one piece when the whole is cut into ${d} equal pieces.`, `${piece} es un trozo cuando el entero se corta en ${d} trozos iguales.`),
          t(`The numerator of $${fr(n, d)}$ counts those pieces.`, `El numerador de $${fr(n, d)}$ cuenta esos trozos.`),
        ],
        solution: t(`$${fr(n, d)}$ is ${n} ${n === 1 ? 'piece' : 'pieces'} of size ${piece}, so the answer is ${n}.`, `$${fr(n, d)}$ son ${n} ${n === 1 ? 'trozo' : 'trozos'} de tamaño ${piece}, así que la respuesta es ${n}.`),
        misconceptions: n === d ? [] : [{ answer: String(d), feedback: t(`${d} is how many pieces make the whole. The numerator, ${n}, says how many pieces $${fr(n, d)}$ has.`, `${d} son los trozos que forman el entero. El numerador, ${n}, dice cuántos trozos tiene $${fr(n, d)}$.`) }],
      };
    }
    if (form === 1) {
      return {
        type: 'fraction',
        stem: t(`What fraction do ${n} copies of ${piece} make?`, `¿Qué fracción forman ${n} ${n === 1 ? 'trozo' : 'trozos'} de ${piece}?`),
        readAloud: t(`What fraction do ${n} copies of one over ${d} make?`, `¿Qué fracción forman ${n} trozos de 1 sobre ${d}?`),
        answer: `${n}/${d}`,
        hints: [
          t(`Each copy is one of ${d} equal pieces of the whole, so the denominator stays ${d}.`, `Cada trozo es una de las ${d} partes iguales del entero, así que el denominador sigue siendo ${d}.`),
          t(`Count the pieces for the numerator: ${n}.`, `El numerador cuenta los trozos: ${n}.`),
        ],
        solution: t(`${n} pieces of size ${piece} make $${fr(n, d)}$.`, `${n} trozos de tamaño ${piece} forman $${fr(n, d)}$.`),
        misconceptions: n > 1 ? [{ answer: `${n}/${n * d}`, feedback: t(`The pieces stay the same size (${piece}); only their number grows. Keep the denominator ${d}.`, `Los trozos siguen siendo del mismo tamaño (${piece}); solo aumenta cuántos hay. El denominador sigue siendo ${d}.`) }] : [],
      };
    }
    return {
      type: 'numeric',
      stem: t(`How many pieces of size ${piece} make one whole?`, `¿Cuántos trozos de tamaño ${piece} forman un entero?`),
      readAloud: t(`How many pieces of one over ${d} make one whole?`, `¿Cuántos trozos de 1 sobre ${d} forman un entero?`),
      answer: d,
      hints: [
        t(`${piece} means the whole is cut into ${d} equal pieces.`, `${piece} significa que el entero se corta en ${d} trozos iguales.`),
        t('All of those pieces together make the whole.', 'Todos esos trozos juntos forman el entero.'),
      ],
      solution: t(`${d} pieces of ${piece} make $${fr(d, d)} = 1$.`, `${d} trozos de ${piece} forman $${fr(d, d)} = 1$.`),
      misconceptions: [{ answer: '1', feedback: t(`One piece is only ${piece} of the whole. Count all ${d} pieces.`, `Un trozo es solo ${piece} del entero. Cuenta los ${d} trozos.`) }],
    };
  },
});

export const FRACTION_UNIT_GENERATORS = [unitFractionCopies];
