/**
 * Tenths and hundredths (4.NF.5, 4.NF.6) and decomposing a fraction into a sum (4.NF.3b).
 */
import * as v from 'valibot';
import { formatFraction, rational } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { fr, range } from './fraction-shared.ts';

const tenthsHundredths = defineGenerator({
  kind: 'tenths-hundredths',
  summary: 'Tenths and hundredths: rewrite tenths as hundredths, add tenths and hundredths, or write a decimal as a fraction. Params: mode ("tenths-as-hundredths" | "add" | "decimal-to-fraction").',
  params: v.strictObject({ mode: v.picklist(['tenths-as-hundredths', 'add', 'decimal-to-fraction']) }),
  generate({ mode }, { rng }) {
    const tenths = rng.int(1, 9);
    if (mode === 'tenths-as-hundredths') {
      return {
        type: 'numeric',
        stem: `Find the missing number: $${fr(tenths, 10)} = \\tfrac{?}{100}$`,
        readAloud: `${tenths} tenths equals how many hundredths?`,
        answer: tenths * 10,
        hints: [
          'How many hundredths make one tenth?',
          'One tenth is ten hundredths, so multiply the numerator and the denominator by 10.',
        ],
        solution: `One tenth is ten hundredths, so $${fr(tenths, 10)} = \\tfrac{${tenths} \\times 10}{10 \\times 10} = ${fr(tenths * 10, 100)}$.`,
        misconceptions: [{ answer: String(tenths), feedback: `$${fr(tenths, 100)}$ is ten times smaller than $${fr(tenths, 10)}$: hundredths are smaller pieces, so you need ten times as many.` }],
      };
    }
    const hundredths = rng.int(1, 99);
    if (mode === 'add') {
      const total = tenths * 10 + hundredths;
      const misconceptions = [{ answer: `${tenths + hundredths}/110`, feedback: 'You added the numerators and the denominators. First rewrite the tenths as hundredths, then add the numerators.' }];
      if (tenths + hundredths !== total) misconceptions.push({ answer: `${tenths + hundredths}/100`, feedback: `Rewrite $${fr(tenths, 10)}$ as $${fr(tenths * 10, 100)}$ before adding: tenths and hundredths are different-sized pieces.` });
      return {
        type: 'fraction',
        stem: `Find $${fr(tenths, 10)} + ${fr(hundredths, 100)}$.`,
        readAloud: `Find ${tenths} tenths plus ${hundredths} hundredths.`,
        answer: formatFraction(rational(total, 100)),
        hints: [
          'Rewrite the tenths as hundredths so both fractions have the denominator 100.',
          `$${fr(tenths, 10)} = ${fr(tenths * 10, 100)}$.`,
          `Add the hundredths: $${tenths * 10} + ${hundredths}$.`,
        ],
        solution: `$${fr(tenths, 10)} = ${fr(tenths * 10, 100)}$, so $${fr(tenths, 10)} + ${fr(hundredths, 100)} = ${fr(tenths * 10, 100)} + ${fr(hundredths, 100)} = ${fr(total, 100)}$${formatFraction(rational(total, 100)) !== `${total}/100` ? ` $= ${fr(rational(total, 100).n, rational(total, 100).d)}$` : ''}.`,
        misconceptions: misconceptions.filter((m) => m.answer !== `${total}/100`),
      };
    }
    const decimal = `0.${String(hundredths).padStart(2, '0')}`;
    return {
      type: 'fraction',
      stem: `Write ${decimal} as a fraction.`,
      readAloud: `Write ${decimal.replace('0.', 'zero point ')} as a fraction.`,
      answer: `${hundredths}/100`,
      hints: [
        'The second digit after the decimal point is the hundredths place.',
        `${decimal} is ${hundredths} hundredths.`,
      ],
      solution: `${decimal} has ${Math.floor(hundredths / 10)} tenths and ${hundredths % 10} hundredths, which is ${hundredths} hundredths: $${decimal} = ${fr(hundredths, 100)}$${formatFraction(rational(hundredths, 100)) !== `${hundredths}/100` ? `, which simplifies to $${fr(rational(hundredths, 100).n, rational(hundredths, 100).d)}$` : ''}.`,
      misconceptions: hundredths % 10 === 0 ? [] : [{ answer: `${hundredths}/10`, feedback: `$${fr(hundredths, 10)}$ is more than ${Math.floor(hundredths / 10)} wholes. Two digits after the point means hundredths: use 100 as the denominator.` }],
    };
  },
});

const decompose = defineGenerator({
  kind: 'fraction-decompose',
  summary: 'Decompose a fraction: a/b = c/b + ?/b (4.NF.3b). Params: denominators.',
  params: v.strictObject({ denominators: range(3, 12, 3, 20) }),
  generate({ denominators }, { rng }) {
    const b = rng.int(denominators[0], denominators[1]);
    const a = rng.int(2, b);
    const c = rng.int(1, a - 1);
    const missing = a - c;
    return {
      type: 'fraction',
      stem: `Complete the equation: $${fr(a, b)} = ${fr(c, b)} + \\square$`,
      readAloud: `${a} over ${b} equals ${c} over ${b} plus what?`,
      answer: `${missing}/${b}`,
      hints: [
        `Think of $${fr(a, b)}$ as ${a} pieces of size $${fr(1, b)}$.`,
        `You already have ${c} of those pieces. How many more make ${a}?`,
      ],
      solution: `$${fr(a, b)}$ is ${a} pieces of $${fr(1, b)}$ and $${fr(c, b)}$ is ${c} of them, so ${a} − ${c} = ${missing} pieces are missing: $${fr(a, b)} = ${fr(c, b)} + ${fr(missing, b)}$.`,
      misconceptions: [{ answer: String(missing), feedback: `${missing} on its own means ${missing} ${missing === 1 ? 'whole' : 'wholes'}. You need ${missing} ${missing === 1 ? 'piece' : 'pieces'} of size $${fr(1, b)}$: write ${missing} over ${b}.` }],
    };
  },
});

export const FRACTION_DECIMAL_GENERATORS = [tenthsHundredths, decompose];
