import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Cell, Table } from '../../../content/table-schema.ts';
import { formulaLocale, localConstant } from '../../../content/index.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { getLocale } from '../../../i18n/localization.ts';

/** Column letters as a spreadsheet names them: A..Z (pack tables have at most 26 columns). */
const columnName = (index: number): string => String.fromCharCode(65 + index);

/**
 * A cell as the learner's spreadsheet shows it: a Spanish sheet writes 1,5 and VERDADERO, an
 * English one 1.5 and TRUE (numbers without thousands separators, as a cell shows them).
 */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return localConstant(cell ? 'TRUE' : 'FALSE', formulaLocale(getLocale()));
  if (typeof cell === 'object') return cell.date;
  return typeof cell === 'number' ? formatNumber(cell, { useGrouping: false, maximumFractionDigits: 10 }) : cell;
}

/**
 * A pack table as a spreadsheet grid: column letters across the top and row numbers down the
 * side, so "C3" can be found; `target` (e.g. "B6") marks the cell the formula goes in.
 */
export function renderSheetTable(table: Table, target?: string, targetValue?: string) {
  const width = Math.max(...table.rows.map((row) => row.length), target ? columnIndex(target) + 1 : 0);
  const rows = table.rows.length;
  const targetRow = target ? Number(target.replace(/^[A-Z]+/, '')) : 0;
  const totalRows = Math.max(rows, targetRow);
  const columns = Array.from({ length: width }, (_, i) => columnName(i));
  return html`<div class="sheet-wrap" role="region" aria-label=${msg('Spreadsheet')} tabindex="0">
    <table class="sheet">
      <thead>
        <tr>
          <td class="corner"></td>
          ${columns.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${Array.from({ length: totalRows }, (_, r) => {
          const row = table.rows[r] ?? [];
          const isHeader = table.header === true && r === 0;
          return html`<tr class=${isHeader ? 'header' : ''}>
            <th scope="row">${r + 1}</th>
            ${columns.map((name, c) => {
              const address = `${name}${r + 1}`;
              if (address === target) {
                return html`<td class="target"><span class="visually-hidden">${msg(str`${address}, your formula:`)}</span> ${targetValue || '?'}</td>`;
              }
              const cell = row[c] ?? null;
              return html`<td class=${typeof cell === 'number' ? 'number' : nothing}>${cellText(cell)}</td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function columnIndex(address: string): number {
  const letters = address.replace(/\d+$/, '');
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}
