/** Relative, absolute and mixed references: what happens when a formula is copied. */
import { defineSkill } from '../pack-builder.ts';
import { formulaItem, table } from './sheet-items.ts';

const TAX = table(['Item', 'Price', 'Tax', '', 'Tax rate'], ['Lamp', 40, null, null, 0.08], ['Desk', 120, null], ['Chair', 65, null], ['Shelf', 85, null]);
const TIMES = table(['×', 1, 2, 3, 4], [1, null, null, null, null], [2, null, null, null, null], [3, null, null, null, null], [4, null, null, null, null]);
const HOURS = table(['Name', 'Hours', 'Pay', '', 'Hourly rate'], ['Ana', 30, null, null, 18], ['Ben', 24, null], ['Cy', 38, null]);

export const REFERENCES = [
  defineSkill({
    id: 'relative-references',
    name: 'Relative references',
    description: 'Predict how a formula changes when it is copied, and write formulas meant to be filled down.',
    es: { name: 'Referencias relativas', description: 'Predecir cómo cambia una fórmula al copiarla y escribir fórmulas para rellenar hacia abajo.' },
    prerequisites: ['arithmetic-operators', 'ranges'],
    explanation: `
A plain reference such as \`B2\` is **relative**: it means "the cell so many rows and columns away from here". Copy \`=B2*C2\` from D2 down to D3 and it becomes \`=B3*C3\`: each row computes its own total. Copy it one column right and B becomes C, C becomes D.

This is why one formula, filled down a column, works for every row.`,
    workedExample: `
D2 holds \`=B2*C2\`. Filled down to D5, the copies are \`=B3*C3\`, \`=B4*C4\` and \`=B5*C5\`.`,
    generators: [['sheet-line-total', {}]],
    items: [
      { type: 'short-text', stem: 'Cell D2 holds `=B2*C2`. You copy D2 to **D5**. What formula is in D5?', answers: ['=B5*C5', 'B5*C5'],
        hints: ['D5 is 3 rows below D2.', 'Every relative row number goes up by 3.'], solution: 'Moving 3 rows down adds 3 to each relative row: `=B5*C5`.',
        misconceptions: [{ answer: '=B2*C2', feedback: 'Relative references move with the formula: copied 3 rows down, B2 becomes B5.' }] },
      { type: 'short-text', stem: 'Cell C3 holds `=A3+B3`. You copy C3 one column right, to **D3**. What formula is in D3?', answers: ['=B3+C3', 'B3+C3'],
        hints: ['Moving right by one column changes the letters, not the row numbers.', 'A becomes B and B becomes C.'], solution: 'One column right: A→B and B→C, so `=B3+C3`.' },
    ],
  }),
  defineSkill({
    id: 'absolute-references',
    name: 'Absolute references',
    description: 'Fix a reference with $ so it does not move when the formula is copied.',
    es: { name: 'Referencias absolutas', description: 'Fijar una referencia con $ para que no se mueva al copiar la fórmula.' },
    prerequisites: ['relative-references'],
    explanation: `
Sometimes every copy must use the **same** cell: a tax rate, an hourly rate, a total. Put \`$\` before the column letter and the row number: \`$E$2\` never moves when copied.

\`=B2*$E$2\` filled down becomes \`=B3*$E$2\`, \`=B4*$E$2\`: the price moves, the rate stays. Without the dollars, the copies would point at E3, E4 (empty cells), giving 0 or #DIV/0!.`,
    workedExample: `
Tax on each item = price × tax rate in E2. In C2: \`=B2*$E$2\` → 40 × 0.08 = 3.2. Filled down, C3 is \`=B3*$E$2\` → 9.6.`,
    generators: [['sheet-share-of-total', {}]],
    items: [
      formulaItem(TAX, 'C2', 'In C2, write the tax for the lamp (price × the tax rate in E2). The formula will be filled down to C5, so every row must use E2.', '=B2*$E$2',
        ['Multiply the price in B2 by the rate in E2.', 'Fix E2 with dollar signs so it does not move when filled down: $E$2.'],
        '`=B2*$E$2`: B2 moves down with each copy, $E$2 stays on the rate.',
        { fillDown: 3, misconceptions: [{ answer: '=B2*E2', feedback: 'Right for the lamp, but filled down it becomes =B3*E3, and E3 is empty. Write $E$2.' }] }),
      formulaItem(HOURS, 'C2', 'In C2, write Ana\'s pay (hours × the hourly rate in E2), ready to fill down to C4.', '=B2*$E$2',
        ['Pay = hours × rate.', 'The rate is always in E2: make it absolute.'], '`=B2*$E$2` gives 30 × 18 = 540, and each copy uses the same rate.',
        { fillDown: 2, misconceptions: [{ answer: '=$B$2*$E$2', feedback: 'The hours must move down with each row; only the rate is fixed. Use B2, not $B$2.' }] }),
      { type: 'multiple-choice', stem: 'Which reference still points at the same cell wherever the formula is copied?',
        choices: [{ id: 'a1', text: '`A1`' }, { id: 'col', text: '`$A1`', feedback: '$A1 fixes only the column: the row still changes when copied up or down.' }, { id: 'row', text: '`A$1`', feedback: 'A$1 fixes only the row: the column still changes when copied sideways.' }, { id: 'both', text: '`$A$1`' }],
        correct: ['both'], hints: ['A $ fixes the part that follows it.', 'To fix both the column and the row you need two dollar signs.'], solution: '`$A$1` fixes both the column and the row, so it never moves.' },
    ],
  }),
  defineSkill({
    id: 'mixed-references',
    name: 'Mixed references',
    description: 'Fix only the row or only the column, e.g. to build a multiplication table.',
    es: { name: 'Referencias mixtas', description: 'Fijar solo la fila o solo la columna, por ejemplo para una tabla de multiplicar.' },
    prerequisites: ['absolute-references'],
    generators: [['sheet-mixed-reference', {}]],
    explanation: `
A **mixed** reference fixes one part: \`$A2\` keeps column A but lets the row move; \`B$1\` keeps row 1 but lets the column move.

In a grid with values down column A and across row 1, \`=$A2*B$1\` in B2 can be filled right **and** down: every cell multiplies its own row's value in column A by its own column's value in row 1.`,
    workedExample: `
B2 holds \`=$A2*B$1\`. Copied to D4 (2 columns right, 2 rows down) it becomes \`=$A4*D$1\`: the A stays, the 1 stays, the rest moves.`,
    items: [
      formulaItem(TIMES, 'B2', 'Row 1 and column A hold the numbers 1 to 4. In B2, write one formula that, filled right to E2 and down to row 5, completes the multiplication table.', '=$A2*B$1',
        ['Each cell multiplies the number in column A of its row by the number in row 1 of its column.', 'Fix the column of the first reference ($A2) and the row of the second (B$1).'],
        '`=$A2*B$1`: the $A keeps every copy reading column A, the $1 keeps every copy reading row 1.',
        { fillDown: 3, fillRight: 3, fixedData: true, misconceptions: [{ answer: '=A2*B1', feedback: 'Without $, copies drift: C3 would compute =B3*C2. Fix column A in the first reference and row 1 in the second.' }, { answer: '=$A$2*$B$1', feedback: 'Fully absolute references never move, so every cell would show 1 × 1.' }] }),
      { type: 'short-text', stem: 'B2 holds `=$A2*B$1`. You copy it to **C3**. What formula is in C3?', answers: ['=$A3*C$1', '$A3*C$1'],
        hints: ['C3 is one column right and one row down from B2.', 'Parts after a `$` stay; the others move by one.'], solution: '`$A` stays and 2→3; B→C and `$1` stays: `=$A3*C$1`.',
        misconceptions: [{ answer: '=$A2*B$1', feedback: 'Only the parts after a $ are fixed; the others move.' }, { answer: '=$B3*C$2', feedback: 'The parts after a $ do not move: $A stays A and $1 stays 1.' }] },
      formulaItem(TIMES, 'B2', 'Row 1 holds 1 to 4. In B2, write a formula that doubles the number at the top of its column, ready to be filled right to E2 and down to row 5 (every row shows the same doubled headings).', '=B$1*2',
        ['Refer to B1, the heading of this column.', 'When filled down, the row must stay 1: write B$1.'], '`=B$1*2`: the column moves with each copy, the row stays 1.',
        { fillDown: 3, fillRight: 3, fixedData: true, misconceptions: [{ answer: '=B1*2', feedback: 'Filled down, B1 becomes B2, B3, ... Fix the row: B$1.' }] }),
    ],
  }),
];
