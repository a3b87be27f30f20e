/**
 * Lookups on a freshly drawn product list (code, product, price, stock) in a random order:
 * VLOOKUP with an exact match, XLOOKUP (also to the left), INDEX with MATCH, and #N/A.
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PRODUCTS, inLocale, perturb, shown, table } from './sheet-shared.ts';

const HEAD: PerLocale<string[]> = { en: ['Code', 'Product', 'Price', 'Stock', '', 'Look up'], es: ['Código', 'Producto', 'Precio', 'Existencias', '', 'Buscar'] };
const FIELD: PerLocale<string[]> = { en: ['code', 'product name', 'price', 'stock'], es: ['código', 'nombre del producto', 'precio', 'existencias'] };

export interface Catalogue { codes: string[]; products: number[]; prices: number[]; stock: number[] }
export function drawCatalogue(rng: Rng, n: number): Catalogue {
  const letter = rng.pick(['P', 'A', 'K', 'M', 'R']);
  const codes = rng.shuffle(Array.from({ length: 9 }, (_, i) => `${letter}-${(i + 1) * 10}`)).slice(0, n);
  return { codes, products: rng.shuffle(PRODUCTS.en.map((_, i) => i)).slice(0, n), prices: Array.from({ length: n }, () => rng.int(4, 120) / 4), stock: Array.from({ length: n }, () => rng.int(0, 60)) };
}
/** The list in A:D, and F2 holding the value to look up (a code, or a product name). */
export function catalogueTable(loc: SheetLocale, c: Catalogue, lookUp: string | null): Table {
  return table(HEAD[loc], ...c.codes.map((code, i) => [code, PRODUCTS[loc][c.products[i]], c.prices[i], c.stock[i], null, i === 0 ? lookUp : null]));
}

const vlookup = defineGenerator({
  kind: 'sheet-vlookup',
  summary: 'VLOOKUP on a product list: write an exact-match lookup for the code in F2, give the value a lookup returns, or recognise #N/A. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const c = drawCatalogue(rng, n);
    const variant = rng.int(0, 2);
    const i = rng.int(0, n - 1);
    const k = rng.int(2, 4);
    const kv = rng.int(3, 4);
    const last = n + 1;
    const missing = `${c.codes[0].slice(0, 2)}${rng.int(10, 19) * 10 - 5}`;
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const VL = fx(loc, 'VLOOKUP');
      if (variant === 0) {
        const t = catalogueTable(loc, c, c.codes[i]);
        const answer = `=VLOOKUP(F2,A2:D${last},${k},FALSE)`;
        const wrong = `=VLOOKUP(F2,A2:D${last},${k - 1},FALSE)`;
        const noExact = `=VLOOKUP(F2,A2:D${last},${k})`;
        const mis = [
          ...(shown(t, wrong) !== shown(t, answer) ? [{ answer: wrong, feedback: es ? `La columna ${k - 1} de la tabla es ${FIELD.es[k - 2]}; ${FIELD.es[k - 1]} es la columna ${k}.` : `Column ${k - 1} of the table is the ${FIELD.en[k - 2]}; the ${FIELD.en[k - 1]} is column ${k}.` }] : []),
          ...(shown(t, noExact) !== shown(t, answer) ? [{ answer: noExact, feedback: es ? `Sin ${fx(loc, 'FALSE')} al final, ${VL} supone que la primera columna está ordenada y puede devolver otra fila. Añade ${fx(loc, 'FALSE')} para la coincidencia exacta.` : 'Without FALSE at the end, VLOOKUP assumes the first column is sorted and can return another row. Add FALSE for an exact match.' }] : []),
        ];
        return {
          type: 'formula', table: t, target: 'G2', answer, requireFunctions: ['VLOOKUP'], checkTables: [perturb(t)],
          stem: es ? `F2 contiene un código. En G2, escribe una fórmula que devuelva ${k === 4 ? 'las' : 'el'} **${FIELD.es[k - 1]}** de ese producto buscando en A2:D${last} (coincidencia exacta).` : `F2 holds a product code. In G2, write a formula that returns that product's **${FIELD.en[k - 1]}** from the table A2:D${last} (exact match).`,
          hints: es ? [`Busca F2 en la tabla A2:D${last}.`, `${FIELD.es[k - 1][0].toUpperCase()}${FIELD.es[k - 1].slice(1)} es la columna ${k} de la tabla; termina con ${fx(loc, 'FALSE')} para una coincidencia exacta.`] : [`Look up F2 in the table A2:D${last}.`, `The ${FIELD.en[k - 1]} is column ${k} of the table; finish with FALSE for an exact match.`],
          solution: es ? `\`${fx(loc, answer)}\` encuentra ${c.codes[i]} y devuelve ${typeof shown(t, answer) === 'number' ? num(loc, Number(shown(t, answer))) : shown(t, answer)}.` : `\`${answer}\` finds ${c.codes[i]} and returns ${typeof shown(t, answer) === 'number' ? num(loc, Number(shown(t, answer))) : shown(t, answer)}.`,
          misconceptions: mis,
        };
      }
      const t = catalogueTable(loc, c, null);
      if (variant === 1) {
        const formula = `=VLOOKUP("${c.codes[i]}",A2:D${last},${kv},FALSE)`;
        const value = Number(shown(t, formula));
        return {
          type: 'numeric', table: t, answer: value,
          stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
          hints: es ? [`Busca ${c.codes[i]} en la primera columna.`, `Devuelve la columna ${kv} de esa fila (${FIELD.es[kv - 1]}).`] : [`Find ${c.codes[i]} in the first column.`, `Return column ${kv} of that row (the ${FIELD.en[kv - 1]}).`],
          solution: es ? `${c.codes[i]} está en la fila ${i + 2}; la columna ${kv} es ${FIELD.es[kv - 1]}: ${num(loc, value)}.` : `${c.codes[i]} is on row ${i + 2}; column ${kv} is the ${FIELD.en[kv - 1]}: ${num(loc, value)}.`,
        };
      }
      const formula = `=VLOOKUP("${missing}",A2:D${last},${kv},FALSE)`;
      return {
        type: 'short-text', table: t, answers: ['#N/A', '#N/D'],
        stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
        hints: es ? [`¿Está ${missing} en la columna de códigos?`, `Si no hay coincidencia exacta, ${VL} muestra un valor de error.`] : [`Is ${missing} in the code column?`, 'When there is no exact match, VLOOKUP shows an error value.'],
        solution: es ? `${missing} no está en la tabla, así que el resultado es **#N/D** (#N/A en Excel en inglés): «no disponible».` : `${missing} is not in the table, so the result is **#N/A** ("not available").`,
        misconceptions: [{ answer: '0', feedback: es ? `Cuando no encuentra el código, ${VL} no da 0: da el error #N/D.` : 'When the code is not found, VLOOKUP does not give 0: it gives the error #N/A.' }],
      };
    });
  },
});

const xlookupIndexMatch = defineGenerator({
  kind: 'sheet-xlookup-index-match',
  summary: 'XLOOKUP (also to the left) and INDEX/MATCH on a product list: write the lookup, or give the position MATCH returns. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const c = drawCatalogue(rng, n);
    const variant = rng.int(0, 3);
    const i = rng.int(0, n - 1);
    const ret = rng.pick(['B', 'C', 'D'] as const);
    const last = n + 1;
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const field = (col: 'A' | 'B' | 'C' | 'D') => FIELD[loc]['ABCD'.indexOf(col)];
      if (variant === 0) {
        const t = catalogueTable(loc, c, c.codes[i]);
        const answer = `=XLOOKUP(F2,A2:A${last},${ret}2:${ret}${last})`;
        return {
          type: 'formula', table: t, target: 'G2', answer, requireFunctions: ['XLOOKUP'], checkTables: [perturb(t)],
          stem: es ? `En G2, escribe una fórmula con ${fx(loc, 'XLOOKUP')} que devuelva el dato «${field(ret)}» del código que hay en F2.` : `In G2, write a formula with XLOOKUP that returns the **${field(ret)}** for the code in F2.`,
          hints: es ? [`Busca F2 entre los códigos, A2:A${last}.`, `Devuelve el valor de ${ret}2:${ret}${last}.`] : [`Look up F2 in the codes, A2:A${last}.`, `Return from ${ret}2:${ret}${last}.`],
          solution: `\`${fx(loc, answer)}\`.`,
        };
      }
      if (variant === 1) {
        const t = catalogueTable(loc, c, PRODUCTS[loc][c.products[i]]);
        const answer = `=XLOOKUP(F2,B2:B${last},A2:A${last})`;
        return {
          type: 'formula', table: t, target: 'G2', answer, requireFunctions: ['XLOOKUP'],
          stem: es ? `F2 contiene el nombre de un producto. En G2, escribe una fórmula con ${fx(loc, 'XLOOKUP')} que devuelva su **código** (que está a la izquierda del nombre).` : `F2 holds a product name. In G2, write a formula with XLOOKUP that returns its **code** (which is to the left of the name).`,
          hints: es ? [`Busca F2 entre los nombres, B2:B${last}.`, `Devuelve el valor de A2:A${last}; ${fx(loc, 'XLOOKUP')} puede devolver columnas a la izquierda, ${fx(loc, 'VLOOKUP')} no.`] : [`Look up F2 in the names, B2:B${last}.`, `Return from A2:A${last}; XLOOKUP can return columns to the left, VLOOKUP cannot.`],
          solution: es ? `\`${fx(loc, answer)}\` devuelve ${c.codes[i]}.` : `\`${answer}\` returns ${c.codes[i]}.`,
          misconceptions: [{ answer: `=XLOOKUP(F2,A2:A${last},B2:B${last})`, feedback: es ? 'Los argumentos van al revés: primero el rango donde se busca (los nombres) y después el que se devuelve (los códigos).' : 'The ranges are swapped: first the range searched (the names), then the range returned (the codes).' }],
        };
      }
      if (variant === 2) {
        const t = catalogueTable(loc, c, c.codes[i]);
        const answer = `=INDEX(${ret}2:${ret}${last},MATCH(F2,A2:A${last},0))`;
        return {
          type: 'formula', table: t, target: 'G2', answer, requireFunctions: ['INDEX', 'MATCH'], checkTables: [perturb(t)],
          stem: es ? `En G2, escribe una fórmula con ${fx(loc, 'INDEX')} y ${fx(loc, 'MATCH')} que devuelva el dato «${field(ret)}» del código que hay en F2.` : `In G2, write a formula with INDEX and MATCH that returns the **${field(ret)}** for the code in F2.`,
          hints: es ? [`${fx(loc, 'MATCH(F2,A2:A' + last + ',0)')} da la posición del código.`, `${fx(loc, 'INDEX')}(${ret}2:${ret}${last}; esa posición) da el valor.`] : [`MATCH(F2,A2:A${last},0) gives the position of the code.`, `INDEX(${ret}2:${ret}${last}, that position) gives the value.`],
          solution: `\`${fx(loc, answer)}\`.`,
          misconceptions: [{ answer: `=INDEX(A2:A${last},MATCH(F2,A2:A${last},0))`, feedback: es ? `${fx(loc, 'INDEX')} tiene que leer la columna que quieres obtener: ${ret}2:${ret}${last}.` : `INDEX must read the column you want back: ${ret}2:${ret}${last}.` }],
        };
      }
      const t = catalogueTable(loc, c, null);
      const name = PRODUCTS[loc][c.products[i]];
      const formula = `=MATCH("${name}",B2:B${last},0)`;
      return {
        type: 'numeric', table: t, answer: i + 1,
        stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
        hints: es ? [`${fx(loc, 'MATCH')} devuelve una posición, contando desde el principio del rango.`, `B2 es la posición 1.`] : ['MATCH returns a position, counting from the top of the range.', 'B2 is position 1.'],
        solution: es ? `${name} es la celda número ${i + 1} de B2:B${last}.` : `${name} is cell number ${i + 1} of B2:B${last}.`,
        misconceptions: [{ answer: String(i + 2), feedback: es ? `Ese es el número de fila. ${fx(loc, 'MATCH')} cuenta desde el inicio del rango (B2 es la posición 1).` : 'That is the row number. MATCH counts from the start of the range (B2 is position 1).' }],
      };
    });
  },
});

export const SHEET_LOOKUP_GENERATORS = [vlookup, xlookupIndexMatch];
