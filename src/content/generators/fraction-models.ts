/**
 * Naming fractions from pictures (3.NF.1, 3.NF.2): shaded parts of a bar, and points on a number
 * line. The misconceptions are the classic ones: the fraction upside down, shaded over unshaded,
 * and counting tick marks instead of the spaces between them.
 */
import * as v from 'valibot';
import { defineGenerator } from './kind.ts';
import { flag, fr, range } from './fraction-shared.ts';
import { barModel, numberLine } from './svg-models.ts';

const barParams = v.strictObject({
  denominators: range(2, 8, 2, 12),
  /** Only one part shaded (unit fractions). */
  unitOnly: flag(false),
});

const fractionOfBar = defineGenerator({
  kind: 'fraction-of-bar',
  summary: 'A bar cut into equal parts with some shaded: name the fraction shaded. Params: denominators [min,max], unitOnly.',
  params: barParams,
  generate({ denominators, unitOnly }, { rng }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = unitOnly ? 1 : rng.int(1, d - 1);
    const alt = `A bar cut into ${d} equal parts; ${n} ${n === 1 ? 'part is' : 'parts are'} shaded.`;
    const misconceptions = [
      { answer: `${d}/${n}`, feedback: 'That fraction is upside down. The bottom number (denominator) is how many equal parts make the whole; the top number counts the shaded parts.' },
    ];
    if (d - n !== n) misconceptions.push({ answer: `${n}/${d - n}`, feedback: 'That compares shaded parts with unshaded parts. A fraction compares the shaded parts with all the equal parts of the whole.' });
    return {
      type: 'fraction',
      stem: `What fraction of the bar is shaded?\n\n![${alt}](${barModel(d, n)})`,
      readAloud: `${alt} What fraction of the bar is shaded?`,
      answer: `${n}/${d}`,
      hints: [
        'First count all the equal parts in the whole bar: that number is the denominator (the bottom number).',
        `The bar has ${d} equal parts. Now count the shaded parts: that is the numerator (the top number).`,
        `${n} of the ${d} equal parts ${n === 1 ? 'is' : 'are'} shaded, so write ${n} over ${d}.`,
      ],
      solution: `The whole bar is cut into ${d} equal parts, so each part is $${fr(1, d)}$ of the bar. ${n} ${n === 1 ? 'part is' : 'parts are'} shaded, so the shaded amount is $${fr(n, d)}$.`,
      misconceptions,
    };
  },
});

const lineParams = v.strictObject({
  denominators: range(2, 8, 2, 12),
  /** Let the line run from 0 to 2, so points can be past 1 (fractions greater than 1). */
  beyondOne: flag(false),
});

const pointOnNumberLine = defineGenerator({
  kind: 'point-on-number-line',
  summary: 'A number line split into equal spaces with a point P: name the fraction at P. Params: denominators [min,max], beyondOne.',
  params: lineParams,
  generate({ denominators, beyondOne }, { rng }) {
    const d = rng.int(denominators[0], denominators[1]);
    const wholes = beyondOne ? 2 : 1;
    let at = rng.int(1, d * wholes - 1);
    if (beyondOne && at === d) at = d + 1;
    const alt = `A number line from 0 to ${wholes} with each whole cut into ${d} equal spaces; point P is ${at} ${at === 1 ? 'space' : 'spaces'} to the right of 0.`;
    const misconceptions = [
      { answer: `${at}/${d + 1}`, feedback: `It looks like you counted the tick marks. Count the equal spaces between 0 and 1 instead: there are ${d}, so each space is $${fr(1, d)}$.` },
    ];
    if (beyondOne) misconceptions.push({ answer: `${at}/${2 * d}`, feedback: 'The whole is the distance from 0 to 1, not from 0 to 2: count the spaces between 0 and 1 for the denominator.' });
    return {
      type: 'fraction',
      stem: `What number is at point P?\n\n![${alt}](${numberLine(d, wholes, at)})`,
      readAloud: `${alt} What number is at point P?`,
      answer: `${at}/${d}`,
      hints: [
        'Look at the distance from 0 to 1 only. How many equal spaces is it cut into?',
        `From 0 to 1 there are ${d} equal spaces, so each space is $${fr(1, d)}$. Now count the spaces from 0 to P.`,
        `P is ${at} spaces from 0: that is ${at} copies of $${fr(1, d)}$.`,
      ],
      solution: `The whole from 0 to 1 is cut into ${d} equal spaces, so each space has length $${fr(1, d)}$. P is ${at} spaces to the right of 0, so P is at $${fr(at, d)}$${at > d ? `, which is more than 1 (also written $1\\tfrac{${at - d}}{${d}}$)` : ''}.`,
      misconceptions,
    };
  },
});

export const FRACTION_MODEL_GENERATORS = [fractionOfBar, pointOnNumberLine];
