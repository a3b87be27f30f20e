/**
 * Equivalent fractions (3.NF.3, 4.NF.1), whole numbers as fractions (3.NF.3c), simplifying, and
 * converting between mixed numbers and improper fractions (4.NF.3).
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
  generate({ denominators, factors, missing }, { rng }) {
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
      stem: `Find the missing number: $${stemTex}$`,
      readAloud: `${n} over ${d} equals ${findTop ? `what over ${d * k}` : `${n * k} over what`}? Find the missing number.`,
      answer,
      hints: [
        `Compare the two ${findTop ? 'denominators' : 'numerators'}: what do you multiply ${findTop ? d : n} by to get ${findTop ? d * k : n * k}?`,
        `$${known}$. Equivalent fractions multiply the numerator and the denominator by the same number.`,
        `Multiply the ${findTop ? `numerator ${n}` : `denominator ${d}`} by ${k} too.`,
      ],
      solution: `$${known}$, so multiply the ${findTop ? 'numerator' : 'denominator'} by ${k} as well: $${fr(n, d)} = \\tfrac{${n} \\times ${k}}{${d} \\times ${k}} = ${fr(n * k, d * k)}$. The missing number is ${answer}.`,
      misconceptions: additive !== answer ? [{ answer: String(additive), feedback: `It looks like you added ${findTop ? d * k - d : n * k - n} instead of multiplying. Adding the same amount to the top and bottom changes the size of a fraction; multiplying both by the same number does not.` }] : [],
    };
  },
});

const simplifyFraction = defineGenerator({
  kind: 'simplify-fraction',
  summary: 'Write (a*k)/(b*k) in simplest form. Params: denominators (of the simplest form), factors.',
  params: v.strictObject({ denominators: range(2, 9, 2, 12), factors: range(2, 6, 2, 10) }),
  generate({ denominators, factors }, { rng }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = coprimeNumerator(rng, d);
    const k = rng.int(factors[0], factors[1]);
    const misconceptions = [{ answer: `${n}/${d * k}`, feedback: `You divided only the numerator. Divide the numerator and the denominator by the same number (${k}) to keep the fraction the same size.` }];
    return {
      type: 'fraction',
      stem: `Write $${fr(n * k, d * k)}$ in simplest form.`,
      readAloud: `Write ${n * k} over ${d * k} in simplest form.`,
      answer: `${n}/${d}`,
      requireSimplest: true,
      hints: [
        `Find a number that divides both ${n * k} and ${d * k}.`,
        `The greatest common factor of ${n * k} and ${d * k} is ${k}.`,
        `Divide both by ${k}: $${n * k} \\div ${k}$ and $${d * k} \\div ${k}$.`,
      ],
      solution: `The greatest common factor of ${n * k} and ${d * k} is ${k}. Dividing both by ${k}: $${fr(n * k, d * k)} = \\tfrac{${n * k} \\div ${k}}{${d * k} \\div ${k}} = ${fr(n, d)}$. Now ${n} and ${d} have no common factor except 1, so $${fr(n, d)}$ is in simplest form.`,
      misconceptions,
    };
  },
});

const wholeAsFraction = defineGenerator({
  kind: 'whole-as-fraction',
  summary: 'Write a whole number as a fraction with a given denominator (w = ?/d). Params: wholes, denominators.',
  params: v.strictObject({ wholes: range(1, 5, 1, 20), denominators: range(1, 8, 1, 12) }),
  generate({ wholes, denominators }, { rng }) {
    const w = rng.int(wholes[0], wholes[1]);
    const d = rng.int(denominators[0], denominators[1]);
    const answer = w * d;
    return {
      type: 'numeric',
      stem: `Find the missing number: $${w} = \\tfrac{?}{${d}}$`,
      readAloud: `${w} equals what over ${d}?`,
      answer,
      hints: [
        `How many pieces of size $${fr(1, d)}$ make one whole?`,
        `One whole is ${d} pieces of size $${fr(1, d)}$, so ${w} wholes are ${w} groups of ${d} pieces.`,
        `Multiply: $${w} \\times ${d}$.`,
      ],
      solution: `One whole is $${fr(d, d)}$. ${w} wholes make $${w} \\times ${d} = ${answer}$ pieces of size $${fr(1, d)}$, so $${w} = ${fr(answer, d)}$.`,
      misconceptions: answer !== w ? [{ answer: String(w), feedback: `$${fr(w, d)}$ is only ${w} pieces of size $${fr(1, d)}$, which is ${w < d ? 'less than' : 'not'} ${w} wholes. Each whole needs ${d} pieces.` }] : [],
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
  generate({ direction, wholes, denominators }, { rng }) {
    const w = rng.int(wholes[0], wholes[1]);
    const d = rng.int(denominators[0], denominators[1]);
    const n = coprimeNumerator(rng, d);
    const top = w * d + n;
    if (direction === 'to-improper') {
      const misconceptions = [{ answer: `${w + n}/${d}`, feedback: `You added the whole number to the numerator. Each whole is ${d} pieces of size $${fr(1, d)}$, so ${w} wholes are $${w} \\times ${d}$ pieces.` }];
      if (w * n !== top && w * n !== w + n) misconceptions.push({ answer: `${w * n}/${d}`, feedback: 'Multiply the whole number by the denominator (pieces in each whole), then add the numerator.' });
      return {
        type: 'fraction',
        stem: `Write $${mixedTex(w, n, d)}$ as an improper fraction.`,
        readAloud: `Write ${w} and ${n} over ${d} as an improper fraction.`,
        answer: `${top}/${d}`,
        form: 'improper',
        hints: [
          `How many pieces of size $${fr(1, d)}$ are in one whole?`,
          `${w} wholes are $${w} \\times ${d} = ${w * d}$ pieces of size $${fr(1, d)}$.`,
          `Add the ${n} extra ${n === 1 ? 'piece' : 'pieces'}: $${w * d} + ${n}$, over ${d}.`,
        ],
        solution: `Each whole is $${fr(d, d)}$, so ${w} wholes are $${fr(w * d, d)}$. Add $${fr(n, d)}$: $${mixedTex(w, n, d)} = ${fr(w * d, d)} + ${fr(n, d)} = ${fr(top, d)}$.`,
        misconceptions,
      };
    }
    const misconceptions = n !== w && n < d && w < d && gcd(w, d) === 1 ? [{ answer: `${n} ${w}/${d}`, feedback: 'The whole number and the remainder have swapped places: the quotient is the whole number and the remainder goes over the denominator.' }] : [];
    return {
      type: 'fraction',
      stem: `Write $${fr(top, d)}$ as a mixed number.`,
      readAloud: `Write ${top} over ${d} as a mixed number.`,
      answer: `${w} ${n}/${d}`,
      form: 'mixed',
      hints: [
        `How many whole groups of ${d} are there in ${top}?`,
        `$${top} \\div ${d} = ${w}$ remainder ${n}.`,
        `${w} wholes and ${n} ${n === 1 ? 'piece' : 'pieces'} of size $${fr(1, d)}$ left over.`,
      ],
      solution: `$${top} \\div ${d} = ${w}$ remainder ${n}: that is ${w} wholes ($${fr(w * d, d)}$) and $${fr(n, d)}$ more. So $${fr(top, d)} = ${mixedTex(w, n, d)}$.`,
      misconceptions,
    };
  },
});

export const FRACTION_EQUIVALENCE_GENERATORS = [equivalentFraction, simplifyFraction, wholeAsFraction, mixedNumberConvert, ...FRACTION_COMPARE_GENERATORS];
