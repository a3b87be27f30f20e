/** Spreadsheet basics: references, ranges, arithmetic, aggregates, relative/absolute/mixed references. */
import { defineSkill } from '../pack-builder.ts';
import { formulaItem, table, valueItem } from './sheet-items.ts';

const ORDERS = table(
  ['Item', 'Qty', 'Price', 'Total'],
  ['Pens', 12, 1.5, null],
  ['Paper', 5, 4.25, null],
  ['Stapler', 2, 9.9, null],
  ['Folders', 20, 0.75, null],
);
const BUDGET = table(['Team', 'Budget', 'Spent', 'Left'], ['Sales', 5000, 3250, null], ['Support', 2400, 2610, null], ['Design', 3100, 1875, null]);
const SCORES = table(['Name', 'Score'], ['Ana', 12], ['Ben', 'absent'], ['Cy', 15], ['Di', null], ['Ed', 9]);

export const BASICS = [
  defineSkill({
    id: 'cell-references',
    name: 'Cells and references',
    description: 'Find a cell by its address (column letter, then row number) and refer to it in a formula.',
    es: { name: 'Celdas y referencias', description: 'Encontrar una celda por su dirección (letra de columna y número de fila) y usarla en una fórmula.' },
    prerequisites: [],
    generators: [['sheet-cell-reference', {}]],
    explanation: `
A spreadsheet is a grid. Columns are named by **letters** (A, B, C, ...) and rows by **numbers** (1, 2, 3, ...). A cell's address is its column letter followed by its row number: **C3** is column C, row 3.

A formula always starts with \`=\`. Writing \`=C3\` in another cell shows whatever C3 holds, and it updates when C3 changes. That is the point of references: change the data once, and every formula that uses it follows.

Row 1 often holds headings; it is still row 1.`,
    workedExample: `
In the order table, the heading row is row 1, so *Paper* is on row 3. Its price is in column C, so the price of paper is in **C3** (4.25). A cell with \`=C3*2\` would show 8.5.`,
    items: [
      valueItem(ORDERS, '=C3', {
        stem: 'What value is in cell **C3**?',
        hints: ['The column letter comes first: C is the third column.', 'Row 1 is the heading row, so row 3 is the second item (Paper).'],
        solution: 'Column C is *Price* and row 3 is *Paper*, so C3 holds {value}.',
        misconceptions: [{ answer: '9.9', feedback: 'That is C4. Row 1 holds the headings, so row 3 is the second line of data.' }, { answer: '5', feedback: 'That is B3 (the quantity). Column C is the price column.' }],
      }),
      {
        type: 'short-text', table: ORDERS,
        stem: 'Which cell holds the **quantity** of staplers? Give its address, like A1.',
        answers: ['B4'],
        hints: ['Quantities are in column B.', 'Stapler is on row 4 (row 1 is the heading row).'],
        solution: 'Quantities are in column B and Stapler is on row 4, so the cell is **B4**.',
        misconceptions: [{ answer: 'B3', feedback: 'Row 1 is the heading row and counts as a row: Stapler is on row 4.' }, { answer: '4B', feedback: 'Write the column letter first, then the row number: B4.' }],
      },
      formulaItem(ORDERS, 'E2', 'In E2, write a formula that shows the quantity of pens (so it updates if the quantity changes).', '=B2',
        ['A formula starts with = and can simply name a cell.', 'The quantity of pens is in B2.'],
        '`=B2` shows the value of B2 and follows it when it changes.'),
      valueItem(ORDERS, '=B5', {
        stem: 'What does `=B5` show?',
        hints: ['Column B is Qty.', 'Row 5 is Folders.'],
        solution: 'B5 is the quantity of folders: {value}.',
      }),
    ],
  }),
  defineSkill({
    id: 'ranges',
    name: 'Ranges',
    description: 'Write and read rectangular ranges such as B2:D4.',
    es: { name: 'Rangos', description: 'Escribir y leer rangos rectangulares como B2:D4.' },
    prerequisites: ['cell-references'],
    generators: [['sheet-range', {}]],
    explanation: `
A **range** is a rectangle of cells written as *first cell*:*last cell*. \`B2:B5\` is the four cells B2, B3, B4, B5; \`B2:D4\` is 3 columns (B, C, D) by 3 rows (2, 3, 4), so 9 cells.

Functions such as SUM take ranges: \`=SUM(B2:B5)\` adds all four cells. When a column has a heading in row 1, start the range at row 2 so the heading is left out.`,
    workedExample: `
All the prices in the order table are in C2 to C5, so the range is \`C2:C5\`. To total the quantities: \`=SUM(B2:B5)\` gives 12 + 5 + 2 + 20 = 39.`,
    items: [
      { type: 'numeric', table: ORDERS, stem: 'How many cells are in the range **B2:D4**?', answer: 9,
        hints: ['Count the columns from B to D, and the rows from 2 to 4, including both ends.', 'B, C, D is 3 columns; rows 2, 3, 4 are 3 rows.'],
        solution: '3 columns × 3 rows = 9 cells.',
        misconceptions: [{ answer: '4', feedback: 'Both ends are included: B to D is 3 columns (B, C, D) and 2 to 4 is 3 rows.' }, { answer: '6', feedback: 'Count both ends: B, C, D is 3 columns and rows 2, 3, 4 are 3 rows, so 3 × 3.' }] },
      { type: 'short-text', table: ORDERS, stem: 'Write the range that holds **all the prices** (without the heading).', answers: ['C2:C5'],
        hints: ['Prices are in column C.', 'The data rows are 2 to 5.'], solution: 'The prices are C2, C3, C4 and C5: the range **C2:C5**.',
        misconceptions: [{ answer: 'C1:C5', feedback: 'C1 is the heading "Price". Start the range at row 2.' }, { answer: 'C2-C5', feedback: 'Ranges use a colon: C2:C5.' }] },
      formulaItem(ORDERS, 'B6', 'In B6, write a formula that adds up all the quantities using a range.', '=SUM(B2:B5)',
        ['The quantities are B2 to B5.', 'Use SUM with the range B2:B5.'], '`=SUM(B2:B5)` adds the four quantities.', { requireFunctions: ['SUM'] }),
    ],
  }),
  defineSkill({
    id: 'arithmetic-operators',
    name: 'Arithmetic formulas',
    description: 'Use +, -, * and / with cell references.',
    es: { name: 'Fórmulas aritméticas', description: 'Usar +, -, * y / con referencias a celdas.' },
    prerequisites: ['cell-references'],
    generators: [['sheet-arithmetic', {}]],
    explanation: `
The arithmetic operators are \`+\` (add), \`-\` (subtract), \`*\` (multiply, not ×) and \`/\` (divide, not ÷). Build formulas from **references**, not typed-in numbers: \`=B2*C2\` keeps working when the quantity or the price changes; \`=18\` does not.`,
    workedExample: `
Line total for pens: quantity × price, so in D2 write \`=B2*C2\` → 12 × 1.5 = 18. Money left for Sales: \`=B2-C2\` → 5000 − 3250 = 1750.`,
    items: [
      formulaItem(ORDERS, 'D2', 'In D2, write a formula for the total cost of the pens (quantity times price).', '=B2*C2',
        ['Multiply the quantity (B2) by the price (C2).', 'The multiplication operator is *.'], '`=B2*C2` gives 12 × 1.5 = 18.',
        { misconceptions: [{ answer: '=B2+C2', feedback: 'That adds the quantity and the price. The total cost is quantity **times** price: use *.' }] }),
      formulaItem(BUDGET, 'D2', 'In D2, write a formula for how much of the Sales budget is left.', '=B2-C2',
        ['Left = Budget − Spent.', 'Use B2 and C2.'], '`=B2-C2` gives 5000 − 3250 = 1750.',
        { misconceptions: [{ answer: '=C2-B2', feedback: 'That is Spent − Budget (negative when money is left). Subtract the amount spent from the budget.' }] }),
      valueItem(BUDGET, '=B3-C3', { hints: ['B3 is the Support budget and C3 what Support spent.', 'Subtract: 2400 − 2610.'], solution: '2400 − 2610 = {value}: Support overspent by 210.', misconceptions: [{ answer: '210', feedback: 'Check the sign: Support spent more than its budget, so the result is negative.' }] }),
      valueItem(ORDERS, '=B5/4', { hints: ['B5 is the quantity of folders.', 'Divide it by 4.'], solution: '20 ÷ 4 = {value}.' }),
    ],
  }),
  defineSkill({
    id: 'order-of-operations',
    name: 'Order of operations',
    description: 'Predict results using the order of operations and use brackets to change it.',
    es: { name: 'Orden de las operaciones', description: 'Predecir resultados con el orden de las operaciones y usar paréntesis para cambiarlo.' },
    prerequisites: ['arithmetic-operators'],
    generators: [['sheet-order-of-operations', {}]],
    explanation: `
Spreadsheets follow the usual order: **brackets** first, then **powers** (\`^\`), then \`*\` and \`/\`, then \`+\` and \`-\`, working left to right within a level. So \`=2+3*4\` is 14, not 20.

Put brackets around what must happen first: the mean of two cells is \`=(B2+C2)/2\`, not \`=B2+C2/2\` (which halves only C2).`,
    workedExample: `
\`=(2+3)*4\` is 20 because the brackets go first. \`=10-2^2\` is 6, because the power goes before the subtraction.`,
    items: [
      valueItem(ORDERS, '=2+3*4', { hints: ['Multiplication happens before addition.', '3*4 first, then add 2.'], solution: '3 × 4 = 12, then 2 + 12 = {value}.', misconceptions: [{ answer: '20', feedback: 'That works left to right. Multiplication comes before addition: 3*4 first.' }] }),
      valueItem(ORDERS, '=(2+3)*4', { hints: ['Brackets come first.', '2+3 = 5, then multiply.'], solution: '(2 + 3) × 4 = {value}.' }),
      formulaItem(BUDGET, 'D2', 'In D2, write a formula for the **mean** of the budget and the amount spent for Sales (without a function).', '=(B2+C2)/2',
        ['Add the two cells, then divide by 2.', 'Put brackets around the addition so it happens first.'], '`=(B2+C2)/2` gives (5000 + 3250) ÷ 2 = 4125.',
        { misconceptions: [{ answer: '=B2+C2/2', feedback: 'Without brackets only C2 is halved. Write =(B2+C2)/2.' }] }),
      valueItem(BUDGET, '=B2-C2*2', { hints: ['Multiply before subtracting.', 'C2*2 = 6500 first.'], solution: '3250 × 2 = 6500, and 5000 − 6500 = {value}.', misconceptions: [{ answer: '3500', feedback: 'That subtracts first. Multiplication comes before subtraction.' }] }),
    ],
  }),
  defineSkill({
    id: 'sum',
    name: 'SUM',
    description: 'Total a range with SUM.',
    es: { name: 'SUMA (SUM)', description: 'Sumar un rango con SUM.' },
    prerequisites: ['ranges'],
    explanation: `
\`=SUM(range)\` adds every number in the range. Text and empty cells in the range are skipped. You can give several ranges or cells: \`=SUM(B2:B5, D2)\`.

SUM is safer than \`=B2+B3+B4+B5\`: a new row inserted inside the range is included automatically.`,
    workedExample: `
Total quantity ordered: \`=SUM(B2:B5)\` → 12 + 5 + 2 + 20 = 39.`,
    generators: [['sheet-aggregate', { functions: ['SUM'], ask: 'formula' }], ['sheet-aggregate', { functions: ['SUM'], ask: 'value', rows: [3, 5] }]],
    items: [
      formulaItem(BUDGET, 'C5', 'In C5, write a formula for the total amount spent by all three teams.', '=SUM(C2:C4)',
        ['The amounts spent are in C2:C4.', 'Use SUM on that range.'], '`=SUM(C2:C4)` gives 3250 + 2610 + 1875 = 7735.',
        { requireFunctions: ['SUM'], misconceptions: [{ answer: '=SUM(B2:B4)', feedback: 'Column B is the budget; the amounts spent are in column C.' }] }),
      valueItem(BUDGET, '=SUM(B2:C2)', { hints: ['B2:C2 is two cells side by side: the Sales budget and the Sales spending.', 'Add 5000 and 3250.'], solution: '5000 + 3250 = {value}.' }),
    ],
  }),
  defineSkill({
    id: 'average-min-max',
    name: 'AVERAGE, MIN and MAX',
    description: 'Find the mean, smallest and largest value of a range.',
    es: { name: 'PROMEDIO, MÍN y MÁX', description: 'Hallar la media, el mínimo y el máximo de un rango.' },
    prerequisites: ['sum'],
    explanation: `
- \`=AVERAGE(range)\`: the mean, the sum of the numbers divided by how many numbers there are.
- \`=MIN(range)\` and \`=MAX(range)\`: the smallest and largest number.

Empty cells and text are ignored, so they do not pull an average down; a 0 is a number and does count.`,
    workedExample: `
For sales 120, 80, 100: \`=AVERAGE(B2:B4)\` is 300 ÷ 3 = 100, \`=MIN(B2:B4)\` is 80 and \`=MAX(B2:B4)\` is 120.`,
    generators: [['sheet-aggregate', { functions: ['AVERAGE', 'MIN', 'MAX'], ask: 'formula' }], ['sheet-aggregate', { functions: ['AVERAGE', 'MIN', 'MAX'], ask: 'value', rows: [3, 5] }]],
    items: [
      valueItem(SCORES, '=AVERAGE(B2:B6)', { hints: ['AVERAGE skips text and empty cells.', 'The numbers are 12, 15 and 9.'], solution: '(12 + 15 + 9) ÷ 3 = {value}.', misconceptions: [{ answer: '7.2', feedback: 'AVERAGE does not count "absent" or the empty cell: divide by the 3 numbers, not 5.' }] }),
      formulaItem(BUDGET, 'B5', 'In B5, write a formula for the largest budget of the three teams.', '=MAX(B2:B4)',
        ['The budgets are in B2:B4.', 'MAX gives the largest number.'], '`=MAX(B2:B4)` gives 5000.', { requireFunctions: ['MAX'] }),
    ],
  }),
  defineSkill({
    id: 'count-counta',
    name: 'COUNT and COUNTA',
    description: 'Count numbers, and count non-empty cells.',
    es: { name: 'CONTAR y CONTARA', description: 'Contar números y contar celdas no vacías.' },
    prerequisites: ['sum'],
    explanation: `
\`=COUNT(range)\` counts the cells that hold **numbers**. \`=COUNTA(range)\` counts cells that are **not empty** (numbers, text, anything). The difference tells you how many entries are text, such as "absent".`,
    workedExample: `
Scores 12, "absent", 15, (empty), 9: COUNT gives 3 (the numbers) and COUNTA gives 4 (everything except the empty cell).`,
    items: [
      valueItem(SCORES, '=COUNT(B2:B6)', { hints: ['COUNT counts only numbers.', 'Which cells in B2:B6 hold numbers?'], solution: '12, 15 and 9 are numbers: {value}.', misconceptions: [{ answer: '4', feedback: '"absent" is text, and COUNT counts only numbers. That is what COUNTA would give.' }, { answer: '5', feedback: 'Not every cell holds a number: one is text and one is empty.' }] }),
      valueItem(SCORES, '=COUNTA(B2:B6)', { hints: ['COUNTA counts every cell that is not empty.', 'Only one cell in B2:B6 is empty.'], solution: 'Four cells are filled (three numbers and "absent"): {value}.', misconceptions: [{ answer: '3', feedback: 'COUNTA counts text as well: "absent" counts.' }] }),
      formulaItem(SCORES, 'B7', 'In B7, write a formula that counts how many **scores** (numbers) were recorded.', '=COUNT(B2:B6)',
        ['You want only the numbers.', 'Use COUNT on B2:B6.'], '`=COUNT(B2:B6)` gives 3.', { requireFunctions: ['COUNT'], fixedData: true }),
    ],
    generators: [['sheet-aggregate', { functions: ['COUNT'], ask: 'formula' }]],
  }),
];
