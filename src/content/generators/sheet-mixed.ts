/**
 * Mixed references: predict where a formula with $ signs points after it is copied, and write the
 * one formula that fills a two-way table (values down column A, values across row 1).
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { inLocale, col } from './sheet-shared.ts';

interface Ref { col: number; row: number; fixCol: boolean; fixRow: boolean }
const write = (r: Ref) => `${r.fixCol ? '$' : ''}${col(r.col)}${r.fixRow ? '$' : ''}${r.row}`;
const moved = (r: Ref, dr: number, dc: number, obey = true): Ref => ({ ...r, col: r.col + (obey && r.fixCol ? 0 : dc), row: r.row + (obey && r.fixRow ? 0 : dr) });

function drawRef(rng: Rng, mixed: boolean): Ref {
  const pattern = mixed ? rng.pick([[true, false], [false, true]]) : rng.pick([[false, false], [true, true], [true, false], [false, true]]);
  return { col: rng.int(0, 3), row: rng.int(1, 5), fixCol: pattern[0], fixRow: pattern[1] };
}

interface Grid { down: number[]; across: number[]; kind: number }
const GRID_LABEL: PerLocale<string[]> = { en: ['Qty \\ Price', 'Price \\ Discount', 'Base \\ Extra'], es: ['Cantidad \\ Precio', 'Precio \\ Descuento', 'Base \\ Complemento'] };
const GRID_ANSWER = ['=$A2*B$1', '=$A2*(1-B$1)', '=$A2+B$1'];
const gridTable = (loc: SheetLocale, g: Grid): Table => ({
  header: false,
  rows: [[GRID_LABEL[loc][g.kind], ...g.across], ...g.down.map((d) => [d, ...g.across.map(() => null)])],
});

const mixedReference = defineGenerator({
  kind: 'sheet-mixed-reference',
  summary: 'Mixed references: where a copied formula with $ signs points, or the one formula ($A2*B$1 style) that fills a two-way table. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const variant = rng.int(0, 1);
    const first = drawRef(rng, true);
    const second = drawRef(rng, false);
    const op = rng.pick(['+', '*', '-']);
    const from = { col: rng.int(4, 6), row: rng.int(2, 6) };
    let dr = rng.int(-1, 4);
    const dc = rng.int(-1, 3);
    if (dr === 0 && dc === 0) dr = 2;
    const kind = rng.int(0, 2);
    const rows = rng.int(3, 5);
    const cols = rng.int(3, 5);
    const g: Grid = {
      kind,
      down: Array.from({ length: rows }, () => (kind === 0 ? rng.int(1, 20) : rng.int(5, 200))),
      across: Array.from({ length: cols }, () => (kind === 1 ? rng.int(1, 9) * 5 / 100 : kind === 0 ? rng.int(2, 80) / 4 : rng.int(1, 50))),
    };
    const check: Grid = { ...g, down: g.down.map((d, k) => d + k + 1), across: g.across.map((a, k) => (kind === 1 ? a : a + k + 1)) };
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      if (variant === 0) {
        const origin = `${col(from.col)}${from.row}`;
        const dest = `${col(from.col + dc)}${from.row + dr}`;
        const formula = `=${write(first)}${op}${write(second)}`;
        const answer = `=${write(moved(first, dr, dc))}${op}${write(moved(second, dr, dc))}`;
        const allMoved = `=${write(moved(first, dr, dc, false))}${op}${write(moved(second, dr, dc, false))}`;
        const distance = es
          ? `${dest} está ${Math.abs(dr)} ${Math.abs(dr) === 1 ? 'fila' : 'filas'} más ${dr >= 0 ? 'abajo' : 'arriba'} y ${Math.abs(dc)} ${Math.abs(dc) === 1 ? 'columna' : 'columnas'} más a la ${dc >= 0 ? 'derecha' : 'izquierda'} que ${origin}.`
          : `${dest} is ${Math.abs(dr)} ${Math.abs(dr) === 1 ? 'row' : 'rows'} ${dr >= 0 ? 'down' : 'up'} and ${Math.abs(dc)} ${Math.abs(dc) === 1 ? 'column' : 'columns'} ${dc >= 0 ? 'right' : 'left'} of ${origin}.`;
        return {
          type: 'short-text', answers: [answer, answer.slice(1)],
          stem: es ? `La celda ${origin} contiene \`${formula}\`. La copias en **${dest}**. ¿Qué fórmula queda en ${dest}?` : `Cell ${origin} holds \`${formula}\`. You copy it to **${dest}**. What formula is in ${dest}?`,
          hints: [distance, es ? 'Lo que va detrás de un $ se queda fijo; lo demás se desplaza lo mismo que la fórmula.' : 'Whatever follows a $ stays put; everything else moves as far as the formula moved.'],
          solution: es ? `Las partes con $ no cambian y las demás se desplazan: \`${answer}\`.` : `The parts with a $ stay and the rest move: \`${answer}\`.`,
          misconceptions: [
            ...(allMoved !== answer ? [{ answer: allMoved, feedback: es ? 'Has movido también lo que va detrás de un $. Esas partes están fijas.' : 'You moved the parts after a $ too. Those are fixed.' }] : []),
            ...(formula !== answer ? [{ answer: formula, feedback: es ? 'Solo las partes con $ están fijas; las demás se mueven con la copia.' : 'Only the parts after a $ are fixed; the others move with the copy.' }] : []),
          ],
        };
      }
      const t = gridTable(loc, g);
      const answer = GRID_ANSWER[kind];
      const what = {
        en: ['the cost: quantity (column A) times price (row 1)', 'the price after the discount: price (column A) times (1 − the discount in row 1)', 'the base (column A) plus the extra in row 1'],
        es: ['el importe: cantidad (columna A) por precio (fila 1)', 'el precio con descuento: precio (columna A) por (1 − el descuento de la fila 1)', 'la base (columna A) más el extra de la fila 1'],
      }[loc][kind];
      const lastCol = col(cols);
      return {
        type: 'formula', table: t, target: 'B2', fillDown: rows - 1, fillRight: cols - 1, answer, checkTables: [gridTable(loc, check)],
        stem: es ? `En B2, escribe una sola fórmula para ${what}, que se pueda copiar hacia la derecha hasta ${lastCol}2 y hacia abajo hasta la fila ${rows + 1} y complete toda la tabla.` : `In B2, write one formula for ${what} that can be filled right to ${lastCol}2 and down to row ${rows + 1} to complete the whole table.`,
        hints: es ? ['Cada celda usa el valor de la columna A de su fila y el de la fila 1 de su columna.', 'Fija la columna de la primera referencia (`$A2`) y la fila de la segunda (`B$1`).'] : ['Each cell uses column A of its own row and row 1 of its own column.', 'Fix the column of the first reference (`$A2`) and the row of the second (`B$1`).'],
        solution: es ? `\`${fx(loc, answer)}\`: el \`$A\` hace que todas las copias lean la columna A y el \`$1\`, que lean la fila 1. Por ejemplo, B2 da ${num(loc, kind === 0 ? g.down[0] * g.across[0] : kind === 1 ? Number((g.down[0] * (1 - g.across[0])).toFixed(4)) : g.down[0] + g.across[0])}.` : `\`${answer}\`: \`$A\` keeps every copy reading column A and \`$1\` keeps every copy reading row 1. For example, B2 gives ${num(loc, kind === 0 ? g.down[0] * g.across[0] : kind === 1 ? Number((g.down[0] * (1 - g.across[0])).toFixed(4)) : g.down[0] + g.across[0])}.`,
        misconceptions: [
          { answer: answer.replace(/\$/g, ''), feedback: es ? 'Sin $ las copias se desplazan: más abajo ya no leerían la fila 1 ni, más a la derecha, la columna A.' : 'Without $ the copies drift: further down they no longer read row 1, and further right they no longer read column A.' },
          { answer: answer.replace('$A2', '$A$2').replace('B$1', '$B$1'), feedback: es ? 'Con referencias absolutas completas ninguna copia se mueve: toda la tabla mostraría el mismo valor.' : 'Fully absolute references never move: every cell would show the same value.' },
        ],
      };
    });
  },
});

export const SHEET_MIXED_GENERATORS = [mixedReference];
