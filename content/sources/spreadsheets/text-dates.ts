/** Text functions, dates, rounding, error values and combining functions. */
import { defineSkill } from '../pack-builder.ts';
import { formulaItem, table, valueItem } from './sheet-items.ts';

const PEOPLE = table(['Full name', 'Employee ID', 'Email', 'City'], ['  Ada Lopez ', 'NY-2041', 'ada.lopez@example.com', 'new york'], ['Ben Okafor', 'LA-1187', 'ben.okafor@example.com', 'LOS ANGELES'], ['Chen Wei', 'SF-3302', 'chen.wei@example.com', 'San Francisco']);
const NAMES = table(['First', 'Last', 'Display name'], ['Ada', 'Lopez', null], ['Ben', 'Okafor', null], ['Chen', 'Wei', null]);
const PROJECTS = table(['Project', 'Start', 'End', 'Days'], ['Website', { date: '2024-03-04' }, { date: '2024-05-17' }, null], ['Audit', { date: '2024-01-15' }, { date: '2024-02-29' }, null], ['Training', { date: '2023-11-20' }, { date: '2024-01-08' }, null]);
const PRICES = table(['Item', 'Net', 'VAT 21%', 'Gross'], ['Chair', 49.99, null, null], ['Desk', 189.5, null, null], ['Lamp', 23.75, null, null]);
const RATES = table(['Team', 'Tasks done', 'Hours', 'Tasks per hour'], ['Sales', 42, 16, null], ['Support', 30, 0, null], ['Design', 18, 12, null]);
const STOCK = table(['Code', 'Item', 'In stock', '', 'Find'], ['A-1', 'Cable', 40, null, 'A-3'], ['A-2', 'Charger', 0, null, 'A-9'], ['A-3', 'Adapter', 15, null, null]);

export const TEXT_DATES = [
  defineSkill({
    id: 'text-extract',
    name: 'LEFT, RIGHT, MID and LEN',
    description: 'Take parts out of text and measure its length.',
    es: { name: 'IZQUIERDA, DERECHA, EXTRAE y LARGO', description: 'Extraer partes de un texto y medir su longitud.' },
    prerequisites: ['cell-references'],
    generators: [['sheet-text-extract', {}]],
    explanation: `
- \`LEFT(text, n)\`: the first *n* characters. \`RIGHT(text, n)\`: the last *n*.
- \`MID(text, start, n)\`: *n* characters starting at position *start* (the first character is 1).
- \`LEN(text)\`: how many characters, spaces included.

Codes with a fixed layout are easy to split: in "NY-2041", \`LEFT(B2,2)\` is "NY" and \`RIGHT(B2,4)\` is "2041".`,
    workedExample: `
\`=MID("LA-1187",4,4)\` starts at the 4th character (after "LA-") and takes 4: "1187". \`=LEN("LA-1187")\` is 7.`,
    items: [
      formulaItem(PEOPLE, 'E2', 'The first two letters of each Employee ID are the office code. In E2, write a formula that returns the office code from B2.', '=LEFT(B2,2)',
        ['The office code is at the start of the ID.', 'Use LEFT with 2 characters.'], '`=LEFT(B2,2)` returns NY.', { fillDown: 2, requireFunctions: ['LEFT'] }),
      formulaItem(PEOPLE, 'E2', 'In E2, write a formula that returns the 4-digit number at the end of the Employee ID in B2.', '=RIGHT(B2,4)',
        ['The number is the last part of the ID.', 'Use RIGHT with 4 characters.'], '`=RIGHT(B2,4)` returns 2041.',
        { fillDown: 2, misconceptions: [{ answer: '=LEFT(B2,4)', feedback: 'LEFT takes characters from the start ("NY-2"). The number is at the end: use RIGHT.' }] }),
      valueItem(PEOPLE, '=MID(B3,4,2)', { hints: ['B3 is LA-1187.', 'Start at character 4 and take 2 characters.'], solution: 'Characters 4 and 5 of "LA-1187" are {value}.', misconceptions: [{ answer: '-1', feedback: 'Count from 1: L is 1, A is 2, - is 3, so position 4 is the first digit.' }] }),
      valueItem(PEOPLE, '=LEN(A2)', { hints: ['LEN counts every character, spaces included.', 'A2 is "  Ada Lopez " with two spaces before and one after.'], solution: '"Ada Lopez" has 9 characters, plus 3 extra spaces: {value}.', misconceptions: [{ answer: '9', feedback: 'LEN counts the extra spaces at the start and end too.' }] }),
    ],
  }),
  defineSkill({
    id: 'text-clean-join',
    name: 'TRIM, UPPER, LOWER and joining text',
    description: 'Clean text and join pieces with & or CONCAT.',
    es: { name: 'ESPACIOS, MAYUSC, MINUSC y unir texto', description: 'Limpiar texto y unir partes con & o CONCAT.' },
    prerequisites: ['text-extract'],
    generators: [['sheet-text-clean-join', {}]],
    explanation: `
- \`TRIM(text)\` removes spaces at the start and end and turns runs of spaces into one.
- \`UPPER(text)\`, \`LOWER(text)\` change the case (\`PROPER\` capitalises each word).
- \`&\` joins text: \`=A2&" "&B2\` puts a space between first and last name. \`CONCAT(A2," ",B2)\` does the same.`,
    workedExample: `
\`=TRIM("  Ada Lopez ")\` → "Ada Lopez". \`=B2&", "&A2\` with Ada / Lopez → "Lopez, Ada". \`=UPPER("new york")\` → "NEW YORK".`,
    items: [
      formulaItem(NAMES, 'C2', 'In C2, write a formula that joins the first and last name with a space between them ("Ada Lopez").', '=A2&" "&B2',
        ['Use & to join text.', 'Join A2, a space in quotes " ", and B2.'], '`=A2&" "&B2` (or `=CONCAT(A2," ",B2)`) gives Ada Lopez.',
        { fillDown: 2, misconceptions: [{ answer: '=A2&B2', feedback: 'That gives "AdaLopez": add a space in quotes between the names.' }] }),
      formulaItem(NAMES, 'C2', 'In C2, write a formula for the display name in the form "LOPEZ, Ada" (last name in capitals, a comma and a space, then the first name).', '=UPPER(B2)&", "&A2',
        ['UPPER(B2) gives the last name in capitals.', 'Join it with ", " and A2 using &.'], '`=UPPER(B2)&", "&A2` gives LOPEZ, Ada.', { fillDown: 2, requireFunctions: ['UPPER'] }),
      valueItem(PEOPLE, '=TRIM(A2)', { hints: ['A2 has extra spaces at the start and the end.', 'TRIM removes them.'], solution: 'TRIM removes the outer spaces: {value}.', caseSensitive: true }),
      valueItem(PEOPLE, '=UPPER(D3)=D3', { hints: ['D3 is "LOS ANGELES".', 'Text comparison with = ignores case.'], solution: 'UPPER(D3) is "LOS ANGELES", and = ignores case anyway: {value}.' }),
    ],
  }),
  defineSkill({
    id: 'dates',
    name: 'Dates',
    description: 'Work with dates: DATE, YEAR, MONTH, DAY, date differences and DATEDIF.',
    es: { name: 'Fechas', description: 'Trabajar con fechas: FECHA, AÑO, MES, DIA, diferencias de fechas y SIFECHA.' },
    prerequisites: ['arithmetic-operators'],
    generators: [['sheet-dates', {}]],
    explanation: `
A spreadsheet stores a date as a **number of days** (a serial number); the cell's format only changes how it looks. So:
- \`=C2-B2\` is the number of days between two dates;
- \`=B2+30\` is the date 30 days later;
- \`DATE(year, month, day)\` builds a date; \`YEAR\`, \`MONTH\` and \`DAY\` take one apart;
- \`DATEDIF(start, end, "M")\` counts whole months (also "Y" for years, "D" for days).`,
    workedExample: `
Website project: 2024-03-04 to 2024-05-17. \`=C2-B2\` → 74 days (27 left in March, 30 in April, 17 in May). \`=MONTH(C2)\` → 5. \`=DATEDIF(B2,C2,"M")\` → 2 whole months.`,
    items: [
      formulaItem(PROJECTS, 'D2', 'In D2, write a formula for the number of days from the start date to the end date.', '=C2-B2',
        ['Dates are numbers of days, so you can subtract them.', 'End minus start: C2-B2.'], '`=C2-B2` gives 74 days for the Website project.',
        { fillDown: 2, fixedData: true, misconceptions: [{ answer: '=B2-C2', feedback: 'Start minus end is negative: subtract the start from the end.' }] }),
      valueItem(PROJECTS, '=C3-B3', { hints: ['2024 is a leap year: February has 29 days.', 'From 15 January to 29 February: 16 days left in January, plus 29.'], solution: '16 + 29 = {value} days.', misconceptions: [{ answer: '44', feedback: '2024 is a leap year: February 2024 has 29 days.' }] }),
      valueItem(PROJECTS, '=YEAR(B4)', { hints: ['B4 is the Training start date.', 'YEAR returns the year part.'], solution: 'The Training project starts on 2023-11-20: {value}.' }),
      valueItem(PROJECTS, '=DATEDIF(B4,C4,"M")', { hints: ['"M" counts complete months.', 'From 20 November 2023, a month is complete on the 20th of the next month.'], solution: '20 Nov → 20 Dec is one full month; 20 Dec → 8 Jan is not a full month: {value}.', misconceptions: [{ answer: '2', feedback: 'November to January is 2 calendar steps, but the second month is not complete until 20 January.' }] }),
      formulaItem(PROJECTS, 'D2', 'In D2, write a formula for the date 30 days after the project end date in C2 (the invoice due date).', '=C2+30',
        ['Adding a number to a date adds days.', 'C2 plus 30.'], '`=C2+30`: a date number, shown as 2024-06-16.', { fillDown: 2, fixedData: true }),
    ],
  }),
  defineSkill({
    id: 'rounding',
    name: 'ROUND, ROUNDUP and ROUNDDOWN',
    description: 'Round results to a number of decimal places.',
    es: { name: 'REDONDEAR, REDONDEAR.MAS y REDONDEAR.MENOS', description: 'Redondear resultados a un número de decimales.' },
    prerequisites: ['arithmetic-operators'],
    generators: [['sheet-rounding', {}]],
    explanation: `
\`ROUND(number, digits)\` rounds to *digits* decimal places (halves away from zero). \`ROUNDUP\` always rounds away from zero and \`ROUNDDOWN\` always towards zero. Negative digits round to tens, hundreds: \`ROUND(1234,-2)\` is 1200.

Formatting a cell to show 2 decimals does **not** change the stored value; ROUND does, so totals of rounded amounts add up as shown.`,
    workedExample: `
VAT on 49.99 at 21% is 10.4979. \`=ROUND(B2*21%,2)\` → 10.50. \`=ROUNDUP(10.4979,1)\` → 10.5; \`=ROUNDDOWN(10.4979,1)\` → 10.4.`,
    items: [
      formulaItem(PRICES, 'C2', 'In C2, write a formula for the VAT (21% of the net price), rounded to 2 decimal places. It will be filled down.', '=ROUND(B2*21%,2)',
        ['VAT is B2*21% (or B2*0.21).', 'Wrap it in ROUND(..., 2).'], '`=ROUND(B2*21%,2)` gives 10.5 for the chair.',
        { fillDown: 2, requireFunctions: ['ROUND'], misconceptions: [{ answer: '=ROUND(B2*21%,0)', feedback: 'The second argument is the number of decimal places: 2 for cents.' }] }),
      valueItem(PRICES, '=ROUNDUP(B3/4,0)', { hints: ['B3/4 = 47.375.', 'ROUNDUP with 0 digits goes up to the next whole number.'], solution: '47.375 rounded up to a whole number is {value}.', misconceptions: [{ answer: '47', feedback: 'ROUND would give 47, but ROUNDUP always goes up.' }] }),
      valueItem(PRICES, '=ROUNDDOWN(B4,0)', { hints: ['B4 is 23.75.', 'ROUNDDOWN goes towards zero.'], solution: 'ROUNDDOWN(23.75, 0) drops the decimals: {value}.', misconceptions: [{ answer: '24', feedback: 'ROUND would give 24; ROUNDDOWN always goes down (towards zero).' }] }),
      valueItem(PRICES, '=ROUND(B3,-1)', { hints: ['Negative digits round to the left of the decimal point.', '-1 rounds to the nearest ten.'], solution: '189.5 to the nearest ten is {value}.' }),
    ],
  }),
  defineSkill({
    id: 'error-values',
    name: 'Error values and IFERROR',
    description: 'Recognise #DIV/0!, #N/A, #VALUE!, #REF! and #NAME?, and handle them with IFERROR.',
    es: { name: 'Valores de error y SI.ERROR', description: 'Reconocer #DIV/0!, #N/A, #VALUE!, #REF! y #NAME?, y tratarlos con IFERROR.' },
    prerequisites: ['vlookup', 'if-function'],
    generators: [['sheet-error-values', {}]],
    explanation: `
Error values say what went wrong:
- **#DIV/0!**: division by zero (or by an empty cell).
- **#N/A**: a lookup found no match.
- **#VALUE!**: the wrong kind of value, such as text in arithmetic (\`="abc"+1\`).
- **#REF!**: a reference to a cell that does not exist (for example after deleting it).
- **#NAME?**: an unknown function name, often a typo (\`=SUMM(A1:A3)\`).

\`=IFERROR(formula, fallback)\` shows the fallback instead of any error. Use it where an error is expected (a missing lookup, zero hours), not to hide mistakes.`,
    workedExample: `
Support worked 0 hours, so \`=B3/C3\` shows #DIV/0!. \`=IFERROR(B3/C3,0)\` shows 0 instead. \`=IFERROR(VLOOKUP("A-9",A2:C4,3,FALSE),"Not found")\` shows "Not found".`,
    items: [
      valueItem(RATES, '=B3/C3', { hints: ['C3 is the hours for Support.', 'What happens when you divide by 0?'], solution: 'Support has 0 hours, so the division shows {value}.', misconceptions: [{ answer: '0', feedback: 'Dividing by zero is not 0: the spreadsheet shows the error #DIV/0!.' }] }),
      formulaItem(RATES, 'D2', 'In D2, write a formula for tasks per hour (tasks ÷ hours) that shows 0 instead of an error when the hours are 0. It will be filled down.', '=IFERROR(B2/C2,0)',
        ['The division is B2/C2.', 'Wrap it in IFERROR(..., 0).'], '`=IFERROR(B2/C2,0)`: 2.625 for Sales, 0 for Support.', { fillDown: 2, requireFunctions: ['IFERROR'] }),
      valueItem(STOCK, '=VLOOKUP(E3,A2:C4,3,FALSE)', { hints: ['E3 holds the code A-9.', 'Is A-9 in the code column?'], solution: 'A-9 is not in the table, so VLOOKUP shows {value}.' }),
      formulaItem(STOCK, 'F2', 'In F2, look up the stock of the code in E2 (exact match), showing "-" (a dash) when the code is not in the table. It will be filled down to F3.', '=IFERROR(VLOOKUP(E2,$A$2:$C$4,3,FALSE),"-")',
        ['Start with `VLOOKUP(E2,$A$2:$C$4,3,FALSE)`; the `$` signs keep the table in place when filled down.', 'Wrap it in IFERROR(..., "-").'], '`=IFERROR(VLOOKUP(E2,$A$2:$C$4,3,FALSE),"-")`: 15 for A-3, a dash for A-9.',
        { fillDown: 1, requireFunctions: ['IFERROR', 'VLOOKUP'] }),
      { type: 'multiple-choice', stem: 'A colleague types `=SUMM(B2:B4)`. What does the cell show?',
        choices: [{ id: 'name', text: '#NAME?' }, { id: 'value', text: '#VALUE!', feedback: '#VALUE! is for a wrong kind of value. An unknown function name gives #NAME?.' }, { id: 'ref', text: '#REF!', feedback: '#REF! is for a reference to a missing cell.' }, { id: 'zero', text: '0' }],
        correct: ['name'], hints: ['Is SUMM a real function?', 'An unknown name gives the error that has "NAME" in it.'], solution: 'SUMM is not a function, so the cell shows **#NAME?**.' },
    ],
  }),
  defineSkill({
    id: 'combining-functions',
    name: 'Combining functions',
    description: 'Nest functions to build complete formulas for real tasks.',
    es: { name: 'Combinar funciones', description: 'Anidar funciones para construir fórmulas completas para tareas reales.' },
    prerequisites: ['error-values', 'countif-sumif', 'rounding', 'text-clean-join', 'absolute-references'],
    generators: [['sheet-combining-functions', {}]],
    explanation: `
Functions can take other functions as arguments. Build from the inside out: first write and test the inner part, then wrap it.

- \`=ROUND(AVERAGE(C2:C6),0)\`: an average, rounded.
- \`=IF(SUM(C2:C6)>=50000,"Bonus","No bonus")\`: a test on a total.
- \`="Total: "&TEXT(SUM(C2:C6),"#,##0")\`: a number placed in a sentence, formatted with a thousands separator.`,
    workedExample: `
Average sales, rounded to the nearest hundred: \`=ROUND(AVERAGE(C2:C6),-2)\`. Inner: (12500 + 8400 + 9900 + 15200 + 8000) ÷ 5 = 10800. Rounded to hundreds: 10800.`,
    items: [
      formulaItem(table(['Rep', 'Office', 'Sales'], ['Ana', 'Madrid', 12500], ['Ben', 'Lima', 8400], ['Chen', 'Madrid', 9950], ['Dana', 'Denver', 15200]), 'D2', 'In D2, write a formula for the average of the sales in C2:C5, rounded to the nearest whole number.', '=ROUND(AVERAGE(C2:C5),0)',
        ['Inner part: AVERAGE(C2:C5).', 'Wrap it in ROUND(..., 0).'], '`=ROUND(AVERAGE(C2:C5),0)`: 46050 ÷ 4 = 11512.5, rounded to 11513.', { requireFunctions: ['ROUND', 'AVERAGE'] }),
      formulaItem(table(['Rep', 'Sales'], ['Ana', 12500], ['Ben', 8400], ['Chen', 9950], ['Dana', 15200]), 'C2', 'In C2, write a formula that shows "OK" if the total of B2:B5 is at least 45000, and "NO" otherwise.', '=IF(SUM(B2:B5)>=45000,"OK","NO")',
        ['Inner part: SUM(B2:B5).', 'Use it as the test of IF: SUM(B2:B5)>=45000.'], '`=IF(SUM(B2:B5)>=45000,"OK","NO")`: the total is 46050, so OK.', { requireFunctions: ['IF', 'SUM'] }),
      valueItem(table(['Rep', 'Sales'], ['Ana', 12500], ['Ben', 8400], ['Chen', 9950]), '="Total: "&TEXT(SUM(B2:B4),"#,##0")', { hints: ['SUM(B2:B4) is 30850.', 'TEXT with "#,##0" adds a thousands separator and no decimals.'], solution: 'The sum is 30850, formatted as 30,850: {value}.', caseSensitive: true }),
      formulaItem(table(['Office', 'Sales'], ['Madrid', 12500], ['Lima', 8400], ['Madrid', 9950], ['Denver', 15200]), 'D2', 'In D2, write a formula that shows the **share** of all sales made by the Madrid office, rounded to 2 decimal places (e.g. 0.35).', '=ROUND(SUMIF(A2:A5,"Madrid",B2:B5)/SUM(B2:B5),2)',
        ['Madrid sales: SUMIF(A2:A5,"Madrid",B2:B5). All sales: SUM(B2:B5).', 'Divide, then wrap in ROUND(..., 2).'], '`=ROUND(SUMIF(A2:A5,"Madrid",B2:B5)/SUM(B2:B5),2)`: 22450 ÷ 46050 = 0.4875..., rounded to 0.49.',
        { requireFunctions: ['ROUND', 'SUMIF', 'SUM'] }),
    ],
  }),
];
