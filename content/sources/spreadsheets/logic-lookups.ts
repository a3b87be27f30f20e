/** Comparisons, IF, AND/OR/NOT, COUNTIF/SUMIF, VLOOKUP, XLOOKUP and INDEX/MATCH. */
import { defineSkill } from '../pack-builder.ts';
import { formulaItem, table, valueItem } from './sheet-items.ts';

const SALES = table(['Rep', 'Office', 'Sales', 'Target'], ['Ana', 'Madrid', 12500, 10000], ['Ben', 'Lima', 8400, 9000], ['Chen', 'Madrid', 9900, 9000], ['Dana', 'Denver', 15200, 12000], ['Eli', 'Lima', 8000, 8000]);
const TICKETS = table(['Ticket', 'Status', 'Hours', 'Urgent'], ['T-101', 'Open', 3, true], ['T-102', 'Closed', 5, false], ['T-103', 'Open', 2, false], ['T-104', 'Closed', 1, true], ['T-105', 'Open', 4, true]);
const PRICES = table(['Code', 'Product', 'Price', '', 'Look up'], ['P-10', 'Mug', 6.5, null, 'P-30'], ['P-20', 'Cap', 12, null, null], ['P-30', 'Tote bag', 9.75, null, null], ['P-40', 'Poster', 4]);

export const LOGIC_LOOKUPS = [
  defineSkill({
    id: 'comparison-operators',
    name: 'Comparisons: TRUE and FALSE',
    description: 'Use =, <>, <, >, <= and >= to get TRUE or FALSE.',
    es: { name: 'Comparaciones: VERDADERO y FALSO', description: 'Usar =, <>, <, >, <= y >= para obtener VERDADERO o FALSO.' },
    prerequisites: ['arithmetic-operators'],
    generators: [['sheet-comparison', {}]],
    explanation: `
A comparison gives **TRUE** or **FALSE**: \`=C2>=D2\` asks "are the sales at least the target?". The operators are \`=\` (equal), \`<>\` (not equal), \`<\`, \`>\`, \`<=\` and \`>=\`. Text comparisons ignore upper and lower case: \`="madrid"="Madrid"\` is TRUE.`,
    workedExample: `
For Ana, \`=C2>=D2\` compares 12500 with 10000: TRUE. For Ben, \`=C3>=D3\` compares 8400 with 9000: FALSE.`,
    items: [
      valueItem(SALES, '=C3>=D3', { hints: ['C3 is Ben\'s sales and D3 his target.', 'Is 8400 at least 9000?'], solution: '8400 is less than 9000, so the result is {value}.', misconceptions: [{ answer: 'TRUE', feedback: '8400 is less than 9000, so "at least the target" is false.' }] }),
      valueItem(SALES, '=B2<>"Lima"', { hints: ['<> means "is not equal to".', 'B2 is Madrid.'], solution: 'Madrid is not Lima, so the result is {value}.' }),
      formulaItem(SALES, 'E2', 'In E2, write a formula that shows TRUE when Ana\'s sales (C2) are greater than her target (D2), and FALSE otherwise.', '=C2>D2',
        ['A comparison on its own gives TRUE or FALSE.', 'Use > between the two cells.'], '`=C2>D2` shows TRUE (12500 > 10000).',
        { misconceptions: [{ answer: '=D2>C2', feedback: 'That asks whether the target is greater than the sales: the other way round.' }] }),
    ],
  }),
  defineSkill({
    id: 'if-function',
    name: 'IF',
    description: 'Choose between two results with IF(test, value if true, value if false).',
    es: { name: 'SI (IF)', description: 'Elegir entre dos resultados con IF(prueba, valor si verdadero, valor si falso).' },
    prerequisites: ['comparison-operators'],
    generators: [['sheet-if', {}]],
    explanation: `
\`=IF(test, value_if_true, value_if_false)\` shows one of two results. The test is a comparison; text results go in double quotes:
\`=IF(C2>=D2, "Met", "Missed")\`.

The results can be calculations too: \`=IF(C2>D2, (C2-D2)*5%, 0)\` pays a 5% bonus on the amount above target.`,
    workedExample: `
Ana: \`=IF(C2>=D2,"Met","Missed")\` → 12500 ≥ 10000 → "Met". Ben: 8400 ≥ 9000 is false → "Missed".`,
    items: [
      formulaItem(SALES, 'E2', 'In E2, write a formula that shows "OK" if Ana\'s sales are at least her target and "NO" otherwise.', '=IF(C2>=D2,"OK","NO")',
        ['Use IF with the test C2>=D2.', 'Text results go in double quotes: "OK" and "NO".'], '`=IF(C2>=D2,"OK","NO")` shows OK.',
        { fillDown: 4, requireFunctions: ['IF'], misconceptions: [{ answer: '=IF(C2>D2,"OK","NO")', feedback: 'At least the target includes being exactly on target: use >=.' }] }),
      valueItem(SALES, '=IF(C5>D5,C5-D5,0)', { hints: ['C5 is Dana\'s sales (15200), D5 her target (12000).', 'The test is true, so the result is C5-D5.'], solution: '15200 > 12000, so IF gives 15200 − 12000 = {value}.' }),
      formulaItem(SALES, 'E2', 'In E2, write a formula for Ana\'s bonus: 5% of her sales if they are above target, otherwise 0. It will be filled down.', '=IF(C2>D2,C2*5%,0)',
        ['The test is C2>D2.', 'If true: C2*5% (or C2*0.05); if false: 0.'], '`=IF(C2>D2,C2*5%,0)`: Ana gets 625, Ben 0.',
        { fillDown: 4, requireFunctions: ['IF'] }),
    ],
  }),
  defineSkill({
    id: 'and-or-not',
    name: 'AND, OR and NOT',
    description: 'Combine several conditions with AND, OR and NOT.',
    es: { name: 'Y, O y NO', description: 'Combinar varias condiciones con AND, OR y NOT.' },
    prerequisites: ['if-function'],
    generators: [['sheet-and-or-not', {}]],
    explanation: `
- \`AND(test1, test2, ...)\` is TRUE only when **every** test is TRUE.
- \`OR(test1, test2, ...)\` is TRUE when **at least one** is TRUE.
- \`NOT(test)\` flips TRUE and FALSE.

They usually sit inside IF: \`=IF(AND(B2="Open", D2), "Act now", "")\`.`,
    workedExample: `
Ticket T-101 is Open and urgent: \`=AND(B2="Open",D2)\` → TRUE. T-103 is Open but not urgent → FALSE. \`=OR(B4="Open",D4)\` for T-103 → TRUE.`,
    items: [
      valueItem(TICKETS, '=AND(B4="Open",D4)', { hints: ['T-103 is on row 4.', 'AND needs both: is it Open, and is it urgent?'], solution: 'T-103 is Open but not urgent, so AND gives {value}.', misconceptions: [{ answer: 'TRUE', feedback: 'AND needs every condition: T-103 is not urgent.' }] }),
      valueItem(TICKETS, '=OR(B3="Open",D3)', { hints: ['T-102 is on row 3.', 'OR needs at least one condition to be TRUE.'], solution: 'T-102 is Closed and not urgent: neither is TRUE, so {value}.' }),
      formulaItem(TICKETS, 'E2', 'In E2, write a formula that shows TRUE when the ticket is urgent **and** has taken more than 2 hours, and FALSE otherwise. It will be filled down.', '=AND(D2,C2>2)',
        ['Both conditions must hold: use AND.', 'The two conditions are D2 (which already is TRUE or FALSE) and C2>2.'], '`=AND(D2,C2>2)`: TRUE for T-101 and T-105.',
        { fillDown: 4, requireFunctions: ['AND'], fixedData: true, misconceptions: [{ answer: '=OR(D2,C2>2)', feedback: 'OR is true when either condition holds; this needs both: use AND.' }] }),
      valueItem(TICKETS, '=NOT(D3)', { hints: ['D3 is FALSE (T-102 is not urgent).', 'NOT flips TRUE and FALSE.'], solution: 'NOT(FALSE) is {value}.' }),
    ],
  }),
  defineSkill({
    id: 'countif-sumif',
    name: 'COUNTIF and SUMIF',
    description: 'Count or add only the rows that meet a condition.',
    es: { name: 'CONTAR.SI y SUMAR.SI', description: 'Contar o sumar solo las filas que cumplen una condición.' },
    prerequisites: ['sum', 'comparison-operators'],
    generators: [['sheet-countif-sumif', {}]],
    explanation: `
\`=COUNTIF(range, criterion)\` counts the cells in the range that meet the criterion. \`=SUMIF(range, criterion, sum_range)\` adds the matching rows of another column.

Criteria: a value (\`"Madrid"\`, \`5\`), or a comparison in quotes (\`">10000"\`, \`"<>Closed"\`). Text matches ignore case, and \`*\` stands for any characters (\`"T-1*"\`).`,
    workedExample: `
Reps in the Madrid: \`=COUNTIF(B2:B6,"Madrid")\` → 2. Their sales: \`=SUMIF(B2:B6,"Madrid",C2:C6)\` → 12500 + 9900 = 22400. Reps selling over 10000: \`=COUNTIF(C2:C6,">10000")\` → 2.`,
    items: [
      formulaItem(SALES, 'F2', 'In F2, write a formula that counts how many reps are in the **Lima** office.', '=COUNTIF(B2:B6,"Lima")',
        ['The offices are in B2:B6.', 'Use COUNTIF with the criterion "Lima".'], '`=COUNTIF(B2:B6,"Lima")` gives 2.', { requireFunctions: ['COUNTIF'], fixedData: true }),
      formulaItem(SALES, 'F2', 'In F2, write a formula for the total sales of the **Madrid** office.', '=SUMIF(B2:B6,"Madrid",C2:C6)',
        ['Test the offices in B2:B6, add the sales in C2:C6.', 'SUMIF(range to test, "Madrid", range to add).'], '`=SUMIF(B2:B6,"Madrid",C2:C6)` gives 22400.',
        { requireFunctions: ['SUMIF'], misconceptions: [{ answer: '=SUMIF(C2:C6,"Madrid",B2:B6)', feedback: 'The first range is the one tested against "Madrid" (the offices); the third is the one added (the sales).' }] }),
      valueItem(SALES, '=COUNTIF(C2:C6,">=9900")', { hints: ['Count the sales of 9900 or more.', 'Check 12500, 8400, 9900, 15200 and 8000.'], solution: '12500, 9900 and 15200 qualify: {value}.', misconceptions: [{ answer: '2', feedback: '">=" includes 9900 itself.' }] }),
      valueItem(TICKETS, '=SUMIF(B2:B6,"Open",C2:C6)', { hints: ['Add the hours (column C) of the Open tickets.', 'Open tickets: T-101, T-103, T-105.'], solution: '3 + 2 + 4 = {value} hours.' }),
    ],
  }),
  defineSkill({
    id: 'vlookup',
    name: 'VLOOKUP',
    description: 'Look up a value in the first column of a table and return a value from the same row.',
    es: { name: 'BUSCARV (VLOOKUP)', description: 'Buscar un valor en la primera columna de una tabla y devolver un valor de la misma fila.' },
    prerequisites: ['ranges', 'comparison-operators'],
    generators: [['sheet-vlookup', {}]],
    explanation: `
\`=VLOOKUP(value, table, column_number, FALSE)\` finds **value** in the first column of **table** and returns the cell in the given column of that row (1 = the first column of the table).

Always give **FALSE** as the last argument for an exact match. Without it, VLOOKUP assumes the first column is sorted and may return a wrong row without warning. When nothing matches, the result is **#N/A**.`,
    workedExample: `
Price of P-30: \`=VLOOKUP("P-30",A2:C5,3,FALSE)\` finds P-30 in row 4 and returns column 3 of the table, the price 9.75.`,
    items: [
      formulaItem(PRICES, 'F2', 'E2 holds a product code. In F2, write a formula that returns that product\'s **price** from the table A2:C5 (exact match).', '=VLOOKUP(E2,A2:C5,3,FALSE)',
        ['Look up E2 in the table A2:C5.', 'The price is the 3rd column of the table; finish with FALSE for an exact match.'], '`=VLOOKUP(E2,A2:C5,3,FALSE)` returns 9.75 for P-30.',
        { requireFunctions: ['VLOOKUP'], misconceptions: [{ answer: '=VLOOKUP(E2,A2:C5,2,FALSE)', feedback: 'Column 2 of the table is the product name; the price is column 3.' }] }),
      valueItem(PRICES, '=VLOOKUP("P-20",A2:C5,2,FALSE)', { hints: ['Find P-20 in the first column.', 'Return the 2nd column of that row.'], solution: 'P-20 is the {value}.' }),
      valueItem(PRICES, '=VLOOKUP("P-99",A2:C5,3,FALSE)', { hints: ['Is P-99 in the code column?', 'When an exact match is not found, VLOOKUP shows an error value.'], solution: 'P-99 is not in the table, so the result is {value} ("not available").' }),
    ],
  }),
  defineSkill({
    id: 'xlookup-index-match',
    name: 'XLOOKUP and INDEX/MATCH',
    description: 'Look up values in any direction with XLOOKUP or INDEX with MATCH.',
    es: { name: 'BUSCARX e INDICE/COINCIDIR', description: 'Buscar valores en cualquier dirección con XLOOKUP o INDEX con MATCH.' },
    prerequisites: ['vlookup'],
    generators: [['sheet-xlookup-index-match', {}]],
    explanation: `
\`=XLOOKUP(value, lookup_range, return_range, [if_not_found])\` finds the value in one column and returns the matching cell from another, to the left or right, exact match by default.

Where XLOOKUP is not available, \`INDEX\` with \`MATCH\` does the same: \`=MATCH(value, range, 0)\` gives the **position** of an exact match, and \`=INDEX(range, position)\` returns the cell at that position:
\`=INDEX(C2:C5, MATCH("P-30", A2:A5, 0))\`.`,
    workedExample: `
Code of the Cap: \`=XLOOKUP("Cap",B2:B5,A2:A5)\` → P-20 (a lookup to the left, which VLOOKUP cannot do). \`=MATCH("Cap",B2:B5,0)\` → 2, and \`=INDEX(A2:A5,2)\` → P-20.`,
    items: [
      formulaItem(PRICES, 'F2', 'In F2, write a formula with XLOOKUP that returns the **price** for the code in E2.', '=XLOOKUP(E2,A2:A5,C2:C5)',
        ['Look up E2 in the codes A2:A5.', 'Return from the prices C2:C5.'], '`=XLOOKUP(E2,A2:A5,C2:C5)` returns 9.75.', { requireFunctions: ['XLOOKUP'] }),
      formulaItem(PRICES, 'F2', 'In F2, write a formula with INDEX and MATCH that returns the **product name** for the code in E2.', '=INDEX(B2:B5,MATCH(E2,A2:A5,0))',
        ['MATCH(E2,A2:A5,0) gives the position of the code.', 'INDEX(B2:B5, that position) gives the name.'], '`=INDEX(B2:B5,MATCH(E2,A2:A5,0))` returns Tote bag.',
        { requireFunctions: ['INDEX', 'MATCH'], misconceptions: [{ answer: '=INDEX(A2:A5,MATCH(E2,A2:A5,0))', feedback: 'INDEX must read the column you want back: the names are in B2:B5.' }] }),
      valueItem(PRICES, '=MATCH("Poster",B2:B5,0)', { hints: ['MATCH returns a position, counting from the top of the range.', 'Poster is the 4th name in B2:B5.'], solution: 'Poster is in the 4th cell of B2:B5: {value}.', misconceptions: [{ answer: '5', feedback: 'MATCH counts from the start of the range (B2 is position 1), not the row number.' }] }),
      valueItem(PRICES, '=XLOOKUP("P-50",A2:A5,C2:C5,"none")', { hints: ['Is P-50 among the codes?', 'The 4th argument is what XLOOKUP shows when nothing matches.'], solution: 'P-50 is not found, so XLOOKUP shows its if-not-found value: {value}.' }),
    ],
  }),
];
