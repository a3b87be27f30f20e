/**
 * Tenths and hundredths (4.NF.5, 4.NF.6) and decomposing a fraction into a sum (4.NF.3b).
 * English and Spanish; decimals are written as the locale writes them (0.37, 0,37).
 */
import * as v from 'valibot';
import { formatFraction, rational } from '../fraction/rational.ts';
import { defineGenerator } from './kind.ts';
import { fr, range } from './fraction-shared.ts';

const tenthsHundredths = defineGenerator({
  kind: 'tenths-hundredths',
  summary: 'Tenths and hundredths: rewrite tenths as hundredths (or back), add tenths and hundredths, or write a decimal as a fraction. Params: mode ("tenths-as-hundredths" | "hundredths-as-tenths" | "add" | "decimal-to-fraction"), tenths [min,max].',
  params: v.strictObject({
    mode: v.picklist(['tenths-as-hundredths', 'hundredths-as-tenths', 'add', 'decimal-to-fraction']),
    /** How many tenths (for the two rewriting modes; more than 9 gives fractions above 1). */
    tenths: range(1, 9, 1, 99),
  }),
  locales: ['es'],
  generate({ mode, tenths: tenthsRange }, { rng, t }) {
    const tenths = mode === 'tenths-as-hundredths' || mode === 'hundredths-as-tenths' ? rng.int(tenthsRange[0], tenthsRange[1]) : rng.int(1, 9);
    if (mode === 'hundredths-as-tenths') {
      return {
        type: 'numeric',
        stem: t(`Find the missing number: $${fr(tenths * 10, 100)} = \\tfrac{?}{10}$`, `Halla el número que falta: $${fr(tenths * 10, 100)} = \\tfrac{?}{10}$`),
        readAloud: t(`${tenths * 10} hundredths equals how many tenths?`, `${tenths * 10} centésimos es igual a cuántos décimos?`),
        answer: tenths,
        hints: [
          t('How many hundredths make one tenth?', '¿Cuántos centésimos forman un décimo?'),
          t('Ten hundredths make one tenth, so divide the numerator and the denominator by 10.', 'Diez centésimos forman un décimo: divide el numerador y el denominador entre 10.'),
        ],
        solution: t(`Ten hundredths make one tenth, so $${fr(tenths * 10, 100)} = \\tfrac{${tenths * 10} \\div 10}{100 \\div 10} = ${fr(tenths, 10)}$.`,
          `Diez centésimos forman un décimo, así que $${fr(tenths * 10, 100)} = \\tfrac{${tenths * 10} \\div 10}{100 \\div 10} = ${fr(tenths, 10)}$.`),
        misconceptions: [{ answer: String(tenths * 100), feedback: t('Tenths are bigger pieces than hundredths, so you need fewer of them: divide by 10, do not multiply.',
          'Los décimos son trozos más grandes que los centésimos, así que hacen falta menos: divide entre 10, no multipliques.') }],
      };
    }
    if (mode === 'tenths-as-hundredths') {
      return {
        type: 'numeric',
        stem: t(`Find the missing number: $${fr(tenths, 10)} = \\tfrac{?}{100}$`, `Halla el número que falta: $${fr(tenths, 10)} = \\tfrac{?}{100}$`),
        readAloud: t(`${tenths} tenths equals how many hundredths?`, `${tenths} ${tenths === 1 ? 'décimo es igual a' : 'décimos es igual a'} cuántos centésimos?`),
        answer: tenths * 10,
        hints: [
          t('How many hundredths make one tenth?', '¿Cuántos centésimos forman un décimo?'),
          t('One tenth is ten hundredths, so multiply the numerator and the denominator by 10.', 'Un décimo son diez centésimos: multiplica el numerador y el denominador por 10.'),
        ],
        solution: t(`One tenth is ten hundredths, so $${fr(tenths, 10)} = \\tfrac{${tenths} \\times 10}{10 \\times 10} = ${fr(tenths * 10, 100)}$.`,
          `Un décimo son diez centésimos, así que $${fr(tenths, 10)} = \\tfrac{${tenths} \\times 10}{10 \\times 10} = ${fr(tenths * 10, 100)}$.`),
        misconceptions: [{ answer: String(tenths), feedback: t(`$${fr(tenths, 100)}$ is ten times smaller than $${fr(tenths, 10)}$: hundredths are smaller pieces, so you need ten times as many.`,
          `$${fr(tenths, 100)}$ es diez veces más pequeño que $${fr(tenths, 10)}$: los centésimos son trozos más pequeños, así que hacen falta diez veces más.`) }],
      };
    }
    const hundredths = rng.int(1, 99);
    if (mode === 'add') {
      const total = tenths * 10 + hundredths;
      const misconceptions = [{ answer: `${tenths + hundredths}/110`, feedback: t('You added the numerators and the denominators. First rewrite the tenths as hundredths, then add the numerators.',
        'Sumaste los numeradores y también los denominadores. Primero escribe los décimos como centésimos y después suma los numeradores.') }];
      if (tenths + hundredths !== total) misconceptions.push({ answer: `${tenths + hundredths}/100`, feedback: t(`Rewrite $${fr(tenths, 10)}$ as $${fr(tenths * 10, 100)}$ before adding: tenths and hundredths are different-sized pieces.`,
        `Escribe $${fr(tenths, 10)}$ como $${fr(tenths * 10, 100)}$ antes de sumar: los décimos y los centésimos son trozos de distinto tamaño.`) });
      return {
        type: 'fraction',
        stem: t(`Find $${fr(tenths, 10)} + ${fr(hundredths, 100)}$.`, `Halla $${fr(tenths, 10)} + ${fr(hundredths, 100)}$.`),
        readAloud: t(`Find ${tenths} tenths plus ${hundredths} hundredths.`, `Halla ${tenths} ${tenths === 1 ? 'décimo' : 'décimos'} más ${hundredths} ${hundredths === 1 ? 'centésimo' : 'centésimos'}.`),
        answer: formatFraction(rational(total, 100)),
        hints: [
          t('Rewrite the tenths as hundredths so both fractions have the denominator 100.', 'Escribe los décimos como centésimos para que las dos fracciones tengan denominador 100.'),
          `$${fr(tenths, 10)} = ${fr(tenths * 10, 100)}$.`,
          t(`Add the hundredths: $${tenths * 10} + ${hundredths}$.`, `Suma los centésimos: $${tenths * 10} + ${hundredths}$.`),
        ],
        solution: `$${fr(tenths, 10)} = ${fr(tenths * 10, 100)}$${t(', so', '; entonces')} $${fr(tenths, 10)} + ${fr(hundredths, 100)} = ${fr(tenths * 10, 100)} + ${fr(hundredths, 100)} = ${fr(total, 100)}$${formatFraction(rational(total, 100)) !== `${total}/100` ? ` $= ${fr(rational(total, 100).n, rational(total, 100).d)}$` : ''}.`,
        misconceptions: misconceptions.filter((m) => m.answer !== `${total}/100`),
      };
    }
    // Written with both digits (0.30, not 0.3): the item is about the hundredths place.
    const decimal = t(`0.${String(hundredths).padStart(2, '0')}`, `0,${String(hundredths).padStart(2, '0')}`);
    const decimalTex = decimal.replace(',', '{,}');
    const simpler = rational(hundredths, 100);
    return {
      type: 'fraction',
      stem: t(`Write ${decimal} as a fraction.`, `Escribe ${decimal} como fracción.`),
      readAloud: t(`Write ${decimal.replace('0.', 'zero point ')} as a fraction.`, `Escribe ${decimal.replace('0,', 'cero coma ')} como fracción.`),
      answer: `${hundredths}/100`,
      hints: [
        t('The second digit after the decimal point is the hundredths place.', 'La segunda cifra después de la coma es la de los centésimos.'),
        t(`${decimal} is ${hundredths} hundredths.`, `${decimal} son ${hundredths} centésimos.`),
      ],
      solution: t(`${decimal} has ${Math.floor(hundredths / 10)} tenths and ${hundredths % 10} hundredths, which is ${hundredths} hundredths: $${decimalTex} = ${fr(hundredths, 100)}$${formatFraction(simpler) !== `${hundredths}/100` ? `, which simplifies to $${fr(simpler.n, simpler.d)}$` : ''}.`,
        `${decimal} tiene ${Math.floor(hundredths / 10)} ${Math.floor(hundredths / 10) === 1 ? 'décimo' : 'décimos'} y ${hundredths % 10} ${hundredths % 10 === 1 ? 'centésimo' : 'centésimos'}, es decir, ${hundredths} centésimos: $${decimalTex} = ${fr(hundredths, 100)}$${formatFraction(simpler) !== `${hundredths}/100` ? `, que se simplifica a $${fr(simpler.n, simpler.d)}$` : ''}.`),
      misconceptions: hundredths % 10 === 0 ? [] : [{ answer: `${hundredths}/10`, feedback: t(`$${fr(hundredths, 10)}$ is more than ${Math.floor(hundredths / 10)} wholes. Two digits after the point means hundredths: use 100 as the denominator.`,
        `$${fr(hundredths, 10)}$ es más que ${Math.floor(hundredths / 10)} ${Math.floor(hundredths / 10) === 1 ? 'entero' : 'enteros'}. Dos cifras después de la coma son centésimos: usa 100 como denominador.`) }],
    };
  },
});

const decompose = defineGenerator({
  kind: 'fraction-decompose',
  summary: 'Decompose a fraction: a/b = c/b + ?/b (4.NF.3b). Params: denominators.',
  params: v.strictObject({ denominators: range(3, 12, 3, 20) }),
  locales: ['es'],
  generate({ denominators }, { rng, t }) {
    const b = rng.int(denominators[0], denominators[1]);
    const a = rng.int(2, b);
    const c = rng.int(1, a - 1);
    const missing = a - c;
    return {
      type: 'fraction',
      stem: t(`Complete the equation: $${fr(a, b)} = ${fr(c, b)} + \\square$`, `Completa la igualdad: $${fr(a, b)} = ${fr(c, b)} + \\square$`),
      readAloud: t(`${a} over ${b} equals ${c} over ${b} plus what?`, `${a} sobre ${b} es igual a ${c} sobre ${b} más cuánto?`),
      answer: `${missing}/${b}`,
      hints: [
        t(`Think of $${fr(a, b)}$ as ${a} pieces of size $${fr(1, b)}$.`, `Piensa en $${fr(a, b)}$ como ${a} trozos de tamaño $${fr(1, b)}$.`),
        t(`You already have ${c} of those pieces. How many more make ${a}?`, `Ya tienes ${c} de esos trozos. ¿Cuántos más necesitas para llegar a ${a}?`),
      ],
      solution: t(`$${fr(a, b)}$ is ${a} pieces of $${fr(1, b)}$ and $${fr(c, b)}$ is ${c} of them, so ${a} − ${c} = ${missing} pieces are missing: $${fr(a, b)} = ${fr(c, b)} + ${fr(missing, b)}$.`,
        `$${fr(a, b)}$ son ${a} trozos de $${fr(1, b)}$ y $${fr(c, b)}$ son ${c} de ellos, así que faltan ${a} − ${c} = ${missing}: $${fr(a, b)} = ${fr(c, b)} + ${fr(missing, b)}$.`),
      misconceptions: [{ answer: String(missing), feedback: t(`${missing} on its own means ${missing} ${missing === 1 ? 'whole' : 'wholes'}. You need ${missing} ${missing === 1 ? 'piece' : 'pieces'} of size $${fr(1, b)}$: write ${missing} over ${b}.`,
        `${missing} a secas ${missing === 1 ? 'es 1 entero' : `son ${missing} enteros`}. Necesitas ${missing} ${missing === 1 ? 'trozo' : 'trozos'} de tamaño $${fr(1, b)}$: escribe ${missing} sobre ${b}.`) }],
    };
  },
});

export const FRACTION_DECIMAL_GENERATORS = [tenthsHundredths, decompose];
