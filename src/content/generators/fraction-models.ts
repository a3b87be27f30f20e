/**
 * Naming fractions from pictures (3.NF.1, 3.NF.2): shaded parts of a bar, and points on a number
 * line. The misconceptions are the classic ones: the fraction upside down, shaded over unshaded,
 * and counting tick marks instead of the spaces between them. English and Spanish.
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
  locales: ['es'],
  generate({ denominators, unitOnly }, { rng, t }) {
    const d = rng.int(denominators[0], denominators[1]);
    const n = unitOnly ? 1 : rng.int(1, d - 1);
    const one = n === 1;
    const alt = t(`A bar cut into ${d} equal parts; ${n} ${one ? 'part is' : 'parts are'} shaded.`,
      `Una barra cortada en ${d} partes iguales; ${n} ${one ? 'parte está sombreada' : 'partes están sombreadas'}.`);
    const question = t('What fraction of the bar is shaded?', '¿Qué fracción de la barra está sombreada?');
    const misconceptions = [
      { answer: `${d}/${n}`, feedback: t('That fraction is upside down. The bottom number (denominator) is how many equal parts make the whole; the top number counts the shaded parts.',
        'Esa fracción está al revés. El número de abajo (el denominador) dice cuántas partes iguales forman el entero; el de arriba cuenta las partes sombreadas.') },
    ];
    if (d - n !== n) misconceptions.push({ answer: `${n}/${d - n}`, feedback: t('That compares shaded parts with unshaded parts. A fraction compares the shaded parts with all the equal parts of the whole.',
      'Así comparas las partes sombreadas con las que no lo están. Una fracción compara las partes sombreadas con todas las partes iguales del entero.') });
    return {
      type: 'fraction',
      stem: `${question}\n\n![${alt}](${barModel(d, n)})`,
      readAloud: `${alt} ${question}`,
      answer: `${n}/${d}`,
      hints: [
        t('First count all the equal parts in the whole bar: that number is the denominator (the bottom number).',
          'Primero cuenta todas las partes iguales de la barra: ese número es el denominador (el de abajo).'),
        t(`The bar has ${d} equal parts. Now count the shaded parts: that is the numerator (the top number).`,
          `La barra tiene ${d} partes iguales. Ahora cuenta las partes sombreadas: ese es el numerador (el de arriba).`),
        t(`${n} of the ${d} equal parts ${one ? 'is' : 'are'} shaded, so write ${n} over ${d}.`,
          `${one ? 'Está sombreada 1' : `Están sombreadas ${n}`} de las ${d} partes iguales: el numerador es ${n} y el denominador, ${d}.`),
      ],
      solution: t(`The whole bar is cut into ${d} equal parts, so each part is $${fr(1, d)}$ of the bar. ${n} ${one ? 'part is' : 'parts are'} shaded, so the shaded amount is $${fr(n, d)}$.`,
        `La barra entera está cortada en ${d} partes iguales, así que cada parte es $${fr(1, d)}$ de la barra. Hay ${n} ${one ? 'parte sombreada' : 'partes sombreadas'}, así que la parte sombreada es $${fr(n, d)}$.`),
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
  locales: ['es'],
  generate({ denominators, beyondOne }, { rng, t }) {
    const d = rng.int(denominators[0], denominators[1]);
    const wholes = beyondOne ? 2 : 1;
    let at = rng.int(1, d * wholes - 1);
    if (beyondOne && at === d) at = d + 1;
    const alt = t(`A number line from 0 to ${wholes} with each whole cut into ${d} equal spaces; point P is ${at} ${at === 1 ? 'space' : 'spaces'} to the right of 0.`,
      `Una recta numérica de 0 a ${wholes} con cada entero dividido en ${d} espacios iguales; el punto P está ${at} ${at === 1 ? 'espacio' : 'espacios'} a la derecha del 0.`);
    const question = t('What number is at point P?', '¿Qué número está en el punto P?');
    const misconceptions = [
      { answer: `${at}/${d + 1}`, feedback: t(`It looks like you counted the tick marks. Count the equal spaces between 0 and 1 instead: there are ${d}, so each space is $${fr(1, d)}$.`,
        `Parece que contaste las marcas. Cuenta los espacios iguales entre 0 y 1: hay ${d}, así que cada espacio es $${fr(1, d)}$.`) },
    ];
    if (beyondOne) misconceptions.push({ answer: `${at}/${2 * d}`, feedback: t('The whole is the distance from 0 to 1, not from 0 to 2: count the spaces between 0 and 1 for the denominator.',
      'El entero es la distancia de 0 a 1, no de 0 a 2: para el denominador, cuenta los espacios entre 0 y 1.') });
    return {
      type: 'fraction',
      stem: `${question}\n\n![${alt}](${numberLine(d, wholes, at)})`,
      readAloud: `${alt} ${question}`,
      answer: `${at}/${d}`,
      hints: [
        t('Look at the distance from 0 to 1 only. How many equal spaces is it cut into?',
          'Fíjate solo en la distancia de 0 a 1. ¿En cuántos espacios iguales está dividida?'),
        t(`From 0 to 1 there are ${d} equal spaces, so each space is $${fr(1, d)}$. Now count the spaces from 0 to P.`,
          `De 0 a 1 hay ${d} espacios iguales, así que cada espacio es $${fr(1, d)}$. Ahora cuenta los espacios de 0 a P.`),
        t(`P is ${at} spaces from 0: that is ${at} copies of $${fr(1, d)}$.`,
          `P está a ${at} ${at === 1 ? 'espacio' : 'espacios'} del 0: son ${at} veces $${fr(1, d)}$.`),
      ],
      solution: t(`The whole from 0 to 1 is cut into ${d} equal spaces, so each space has length $${fr(1, d)}$. P is ${at} spaces to the right of 0, so P is at $${fr(at, d)}$${at > d ? `, which is more than 1 (also written $1\\tfrac{${at - d}}{${d}}$)` : ''}.`,
        `El entero, de 0 a 1, está dividido en ${d} espacios iguales, así que cada espacio mide $${fr(1, d)}$. P está ${at} ${at === 1 ? 'espacio' : 'espacios'} a la derecha del 0, así que P está en $${fr(at, d)}$${at > d ? `, que es más que 1 (también se escribe $1\\tfrac{${at - d}}{${d}}$)` : ''}.`),
      misconceptions,
    };
  },
});

export const FRACTION_MODEL_GENERATORS = [fractionOfBar, pointOnNumberLine];
