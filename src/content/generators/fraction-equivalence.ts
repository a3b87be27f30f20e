/**
 * Equivalent fractions (3.NF.3, 4.NF.1), whole numbers as fractions (3.NF.3c), simplifying, and
 * converting between mixed numbers and improper fractions (4.NF.3). English and Spanish.
 */
import * as v from 'valibot';
import { gcd } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { coprimeNumerator, fr, mixedTex, range } from './fraction-shared.ts';
import { FRACTION_COMPARE_GENERATORS } from './fraction-compare.ts';

const equivalentFraction = defineGenerator({
  kind: 'equivalent-fraction',
  summary: 'a/b = ?/(b*k) or a/b = (a*k)/?: find the missing number. Params: denominators, factors, missing ("numerator" | "denominator").',
  params: v.strictObject({
    denominators: range(2, 6, 2, 12),
    factors: range(2, 5, 2, 10),
    missing: v.optional(v.picklist(['numerator', 'denominator']), 'numerator'),
  }),
  locales: ['es'],
  generate({ denominators, factors, missing }, { rng, t }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = coprimeNumerator(rng, d);
    const k = rng.int(factors[0], factors[1]);
    const findTop = missing === 'numerator';
    const answer = findTop ? n * k : d * k;
    const additive = findTop ? n + (d * k - d) : d + (n * k - n);
    const stemTex = findTop ? `${fr(n, d)} = \\tfrac{?}{${d * k}}` : `${fr(n, d)} = \\tfrac{${n * k}}{?}`;
    const known = findTop ? `${d} \\times ${k} = ${d * k}` : `${n} \\times ${k} = ${n * k}`;
    return {
      type: 'numeric',
      stem: t(`Find the missing number: $${stemTex}$`, `Halla el número que falta: $${stemTex}$`),
      readAloud: t(`${n} over ${d} equals ${findTop ? `what over ${d * k}` : `${n * k} over what`}? Find the missing number.`,
        `${n} sobre ${d} es igual a ${findTop ? `cuánto sobre ${d * k}` : `${n * k} sobre cuánto`}? Halla el número que falta.`),
      answer,
      hints: [
        t(`Compare the two ${findTop ? 'denominators' : 'numerators'}: what do you multiply ${findTop ? d : n} by to get ${findTop ? d * k : n * k}?`,
          `Compara los dos ${findTop ? 'denominadores' : 'numeradores'}: ¿por cuánto multiplicas ${findTop ? d : n} para obtener ${findTop ? d * k : n * k}?`),
        t(`$${known}$. Equivalent fractions multiply the numerator and the denominator by the same number.`,
          `$${known}$. Para obtener una fracción equivalente, se multiplican el numerador y el denominador por el mismo número.`),
        t(`Multiply the ${findTop ? `numerator ${n}` : `denominator ${d}`} by ${k} too.`,
          `Multiplica también el ${findTop ? `numerador ${n}` : `denominador ${d}`} por ${k}.`),
      ],
      solution: t(`$${known}$, so multiply the ${findTop ? 'numerator' : 'denominator'} by ${k} as well: $${fr(n, d)} = \\tfrac{${n} \\times ${k}}{${d} \\times ${k}} = ${fr(n * k, d * k)}$. The missing number is ${answer}.`,
        `$${known}$, así que multiplica también el ${findTop ? 'numerador' : 'denominador'} por ${k}: $${fr(n, d)} = \\tfrac{${n} \\times ${k}}{${d} \\times ${k}} = ${fr(n * k, d * k)}$. El número que falta es ${answer}.`),
      misconceptions: additive !== answer ? [{ answer: String(additive), feedback: t(`It looks like you added ${findTop ? d * k - d : n * k - n} instead of multiplying. Adding the same amount to the top and bottom changes the size of a fraction; multiplying both by the same number does not.`,
        `Parece que sumaste ${findTop ? d * k - d : n * k - n} en lugar de multiplicar. Sumar lo mismo arriba y abajo cambia el tamaño de la fracción; multiplicar los dos por el mismo número, no.`) }] : [],
    };
  },
});

const simplifyFraction = defineGenerator({
  kind: 'simplify-fraction',
  summary: 'Write (a*k)/(b*k) in simplest form. Params: denominators (of the simplest form), factors.',
  params: v.strictObject({ denominators: range(2, 9, 2, 12), factors: range(2, 6, 2, 10) }),
  locales: ['es'],
  generate({ denominators, factors }, { rng, t }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = coprimeNumerator(rng, d);
    const k = rng.int(factors[0], factors[1]);
    const misconceptions = [{ answer: `${n}/${d * k}`, feedback: t(`You divided only the numerator. Divide the numerator and the denominator by the same number (${k}) to keep the fraction the same size.`,
      `Dividiste solo el numerador. Divide el numerador y el denominador entre el mismo número (${k}) para que la fracción no cambie de tamaño.`) }];
    return {
      type: 'fraction',
      stem: t(`Write $${fr(n * k, d * k)}$ in simplest form.`, `Simplifica $${fr(n * k, d * k)}$ hasta la fracción irreducible.`),
      readAloud: t(`Write ${n * k} over ${d * k} in simplest form.`, `Simplifica ${n * k} sobre ${d * k} hasta la fracción irreducible.`),
      answer: `${n}/${d}`,
      requireSimplest: true,
      hints: [
        t(`Find a number that divides both ${n * k} and ${d * k}.`, `Busca un número que divida a ${n * k} y a ${d * k}.`),
        t(`The greatest common factor of ${n * k} and ${d * k} is ${k}.`, `El máximo común divisor de ${n * k} y ${d * k} es ${k}.`),
        t(`Divide both by ${k}: $${n * k} \\div ${k}$ and $${d * k} \\div ${k}$.`, `Divide los dos entre ${k}: $${n * k} \\div ${k}$ y $${d * k} \\div ${k}$.`),
      ],
      solution: t(`The greatest common factor of ${n * k} and ${d * k} is ${k}. Dividing both by ${k}: $${fr(n * k, d * k)} = \\tfrac{${n * k} \\div ${k}}{${d * k} \\div ${k}} = ${fr(n, d)}$. Now ${n} and ${d} have no common factor except 1, so $${fr(n, d)}$ is in simplest form.`,
        `El máximo común divisor de ${n * k} y ${d * k} es ${k}. Dividimos los dos entre ${k}: $${fr(n * k, d * k)} = \\tfrac{${n * k} \\div ${k}}{${d * k} \\div ${k}} = ${fr(n, d)}$. Ahora ${n} y ${d} no tienen más divisor común que el 1, así que $${fr(n, d)}$ es irreducible.`),
      misconceptions,
    };
  },
});

const wholeAsFraction = defineGenerator({
  kind: 'whole-as-fraction',
  summary: 'Write a whole number as a fraction with a given denominator (w = ?/d). Params: wholes, denominators.',
  params: v.strictObject({ wholes: range(1, 5, 1, 20), denominators: range(1, 8, 1, 12) }),
  locales: ['es'],
  generate({ wholes, denominators }, { rng, t }) {
    const w = rng.int(wholes[0], wholes[1]);
    const d = rng.int(denominators[0], denominators[1]);
    const answer = w * d;
    return {
      type: 'numeric',
      stem: t(`Find the missing number: $${w} = \\tfrac{?}{${d}}$`, `Halla el número que falta: $${w} = \\tfrac{?}{${d}}$`),
      readAloud: t(`${w} equals what over ${d}?`, `${w} es igual a cuánto sobre ${d}?`),
      answer,
      hints: [
        t(`How many pieces of size $${fr(1, d)}$ make one whole?`, `¿Cuántos trozos de tamaño $${fr(1, d)}$ forman un entero?`),
        t(`One whole is ${d} pieces of size $${fr(1, d)}$, so ${w} wholes are ${w} groups of ${d} pieces.`,
          `Un entero son ${d} trozos de tamaño $${fr(1, d)}$; ${w === 1 ? '1 entero es 1 grupo' : `${w} enteros son ${w} grupos`} de ${d} trozos.`),
        t(`Multiply: $${w} \\times ${d}$.`, `Multiplica: $${w} \\times ${d}$.`),
      ],
      solution: t(`One whole is $${fr(d, d)}$. ${w} wholes make $${w} \\times ${d} = ${answer}$ pieces of size $${fr(1, d)}$, so $${w} = ${fr(answer, d)}$.`,
        `Un entero es $${fr(d, d)}$. ${w === 1 ? '1 entero forma' : `${w} enteros forman`} $${w} \\times ${d} = ${answer}$ trozos de tamaño $${fr(1, d)}$, así que $${w} = ${fr(answer, d)}$.`),
      misconceptions: answer !== w ? [{ answer: String(w), feedback: t(`$${fr(w, d)}$ is only ${w} pieces of size $${fr(1, d)}$, which is ${w < d ? 'less than' : 'not'} ${w} wholes. Each whole needs ${d} pieces.`,
        `$${fr(w, d)}$ son solo ${w} ${w === 1 ? 'trozo' : 'trozos'} de tamaño $${fr(1, d)}$, que ${w < d ? 'es menos que' : 'no es'} ${w === 1 ? '1 entero' : `${w} enteros`}. Cada entero necesita ${d} trozos.`) }] : [],
    };
  },
});

const mixedNumberConvert = defineGenerator({
  kind: 'mixed-number-convert',
  summary: 'Convert between mixed numbers and improper fractions. Params: direction ("to-improper" | "to-mixed"), wholes, denominators.',
  params: v.strictObject({
    direction: v.picklist(['to-improper', 'to-mixed']),
    wholes: range(1, 5, 1, 20),
    denominators: range(2, 10, 2, 12),
  }),
  locales: ['es'],
  generate({ direction, wholes, denominators }, { rng, t }) {
    const w = rng.int(wholes[0], wholes[1]);
    const d = rng.int(denominators[0], denominators[1]);
    const n = coprimeNumerator(rng, d);
    const top = w * d + n;
    if (direction === 'to-improper') {
      const misconceptions = [{ answer: `${w + n}/${d}`, feedback: t(`You added the whole number to the numerator. Each whole is ${d} pieces of size $${fr(1, d)}$, so ${w} wholes are $${w} \\times ${d}$ pieces.`,
        `Sumaste la parte entera al numerador. Cada entero son ${d} trozos de tamaño $${fr(1, d)}$, así que ${w === 1 ? '1 entero es' : `${w} enteros son`} $${w} \\times ${d}$ trozos.`) }];
      if (w * n !== top && w * n !== w + n) misconceptions.push({ answer: `${w * n}/${d}`, feedback: t('Multiply the whole number by the denominator (pieces in each whole), then add the numerator.',
        'Multiplica la parte entera por el denominador (los trozos de cada entero) y luego suma el numerador.') });
      return {
        type: 'fraction',
        stem: t(`Write $${mixedTex(w, n, d)}$ as an improper fraction.`, `Escribe $${mixedTex(w, n, d)}$ como fracción impropia.`),
        readAloud: t(`Write ${w} and ${n} over ${d} as an improper fraction.`, `Escribe ${w} y ${n} sobre ${d} como fracción impropia.`),
        answer: `${top}/${d}`,
        form: 'improper',
        hints: [
          t(`How many pieces of size $${fr(1, d)}$ are in one whole?`, `¿Cuántos trozos de tamaño $${fr(1, d)}$ hay en un entero?`),
          t(`${w} wholes are $${w} \\times ${d} = ${w * d}$ pieces of size $${fr(1, d)}$.`,
            `${w === 1 ? '1 entero es' : `${w} enteros son`} $${w} \\times ${d} = ${w * d}$ trozos de tamaño $${fr(1, d)}$.`),
          t(`Add the ${n} extra ${n === 1 ? 'piece' : 'pieces'}: $${w * d} + ${n}$, over ${d}.`,
            `Suma ${n === 1 ? 'el trozo que sobra' : `los ${n} trozos que sobran`}: $${w * d} + ${n}$, sobre ${d}.`),
        ],
        solution: t(`Each whole is $${fr(d, d)}$, so ${w} wholes are $${fr(w * d, d)}$. Add $${fr(n, d)}$: $${mixedTex(w, n, d)} = ${fr(w * d, d)} + ${fr(n, d)} = ${fr(top, d)}$.`,
          `Cada entero es $${fr(d, d)}$, así que ${w === 1 ? '1 entero es' : `${w} enteros son`} $${fr(w * d, d)}$. Suma $${fr(n, d)}$: $${mixedTex(w, n, d)} = ${fr(w * d, d)} + ${fr(n, d)} = ${fr(top, d)}$.`),
        misconceptions,
      };
    }
    const misconceptions = n !== w && n < d && w < d && gcd(w, d) === 1 ? [{ answer: `${n} ${w}/${d}`, feedback: t('The whole number and the remainder have swapped places: the quotient is the whole number and the remainder goes over the denominator.',
      'La parte entera y el resto están intercambiados: el cociente es la parte entera y el resto va sobre el denominador.') }] : [];
    return {
      type: 'fraction',
      stem: t(`Write $${fr(top, d)}$ as a mixed number.`, `Escribe $${fr(top, d)}$ como número mixto.`),
      readAloud: t(`Write ${top} over ${d} as a mixed number.`, `Escribe ${top} sobre ${d} como número mixto.`),
      answer: `${w} ${n}/${d}`,
      form: 'mixed',
      hints: [
        t(`How many whole groups of ${d} are there in ${top}?`, `¿Cuántos grupos completos de ${d} caben en ${top}?`),
        t(`$${top} \\div ${d} = ${w}$ remainder ${n}.`, `$${top} \\div ${d} = ${w}$ y sobran ${n}.`),
        t(`${w} wholes and ${n} ${n === 1 ? 'piece' : 'pieces'} of size $${fr(1, d)}$ left over.`,
          `${w === 1 ? '1 entero' : `${w} enteros`} y ${n === 1 ? 'sobra 1 trozo' : `sobran ${n} trozos`} de tamaño $${fr(1, d)}$.`),
      ],
      solution: t(`$${top} \\div ${d} = ${w}$ remainder ${n}: that is ${w} wholes ($${fr(w * d, d)}$) and $${fr(n, d)}$ more. So $${fr(top, d)} = ${mixedTex(w, n, d)}$.`,
        `$${top} \\div ${d} = ${w}$ y sobran ${n}: son ${w === 1 ? '1 entero' : `${w} enteros`} ($${fr(w * d, d)}$) y $${fr(n, d)}$ más. Así que $${fr(top, d)} = ${mixedTex(w, n, d)}$.`),
      misconceptions,
    };
  },
});

export const FRACTION_EQUIVALENCE_GENERATORS = [equivalentFraction, simplifyFraction, wholeAsFraction, mixedNumberConvert, ...FRACTION_COMPARE_GENERATORS];
