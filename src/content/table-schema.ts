/**
 * A small spreadsheet table shown with an item. rows[0] is spreadsheet row 1, and each row's
 * first cell is column A. A string starting with "=" is a formula; {"date": "2024-03-15"} is a
 * date (stored as a serial day number when evaluated, shown as the ISO date).
 */
import * as v from 'valibot';

export const CellSchema = v.union([
  // Finite: JSON's 1e309 reads as Infinity, which would make results meaningless.
  v.pipe(v.number(), v.finite('must be a finite number (1e309 and beyond read as infinity)')),
  v.pipe(v.string(), v.maxLength(400)),
  v.boolean(),
  v.null(),
  v.strictObject({ date: v.pipe(v.string(), v.isoDate('dates are written YYYY-MM-DD')) }),
]);

export const TableSchema = v.strictObject({
  rows: v.pipe(
    v.array(v.pipe(v.array(CellSchema), v.maxLength(26, 'a table has at most 26 columns (A to Z)'))),
    v.minLength(1, 'a table needs at least one row'),
    v.maxLength(200, 'a table has at most 200 rows'),
  ),
  /** True when row 1 holds column headings (shown in bold, still addressable as row 1). */
  header: v.optional(v.boolean()),
});

export type Cell = v.InferOutput<typeof CellSchema>;
export type Table = v.InferOutput<typeof TableSchema>;
