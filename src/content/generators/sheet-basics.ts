/**
 * First spreadsheet skills on freshly drawn tables: finding a cell by its address, ranges,
 * arithmetic with references, and the order of operations. Every text is written for each
 * locale from the same drawn values (see sheet-shared.ts).
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator } from './kind.ts';
import type { Rng } from './prng.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PRODUCTS, TEAMS, inLocale, col, perturb, shown, table } from './sheet-shared.ts';

const ORDER_HEAD: PerLocale<string[]> = { en: ['Item', 'Qty', 'Price', 'Total'], es: ['Artículo', 'Cantidad', 'Precio', 'Total'] };
const BUDGET_HEAD: PerLocale<string[]> = { en: ['Team', 'Budget', 'Spent', 'Left'], es: ['Equipo', 'Presupuesto', 'Gastado', 'Disponible'] };

interface Orders { names: number[]; qty: number[]; price: number[] }
function drawOrders(rng: Rng, n: number): Orders {
  return { names: rng.shuffle(PRODUCTS.en.map((_, i) => i)).slice(0, n), qty: Array.from({ length: n }, () => rng.int(1, 30)), price: Array.from({ length: n }, () => rng.int(2, 80) / 4) };
}
const orderTable = (loc: SheetLocale, o: Orders, withTotal = false): Table =>
  table(withTotal ? ORDER_HEAD[loc] : ORDER_HEAD[loc].slice(0, 3), ...o.names.map((p, i) => [PRODUCTS[loc][p], o.qty[i], o.price[i], ...(withTotal ? [null] : [])]));

interface Budgets { teams: number[]; budget: number[]; spent: number[] }
function drawBudgets(rng: Rng, n: number): Budgets {
  const budget = Array.from({ length: n }, () => rng.int(10, 60) * 100);
  return { teams: rng.shuffle(TEAMS.en.map((_, i) => i)).slice(0, n), budget, spent: budget.map((b) => b + rng.int(-40, 6) * 25) };
}
const budgetTable = (loc: SheetLocale, b: Budgets): Table => table(BUDGET_HEAD[loc], ...b.teams.map((t, i) => [TEAMS[loc][t], b.budget[i], b.spent[i], null]));

const COLUMN_WORD: PerLocale<Record<'B' | 'C', string>> = { en: { B: 'quantity', C: 'price' }, es: { B: 'cantidad', C: 'precio' } };

const cellReference = defineGenerator({
  kind: 'sheet-cell-reference',
  summary: 'An order table: read the value at an address, give the address of a value, or write =B3 to show a cell. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 6);
    const o = drawOrders(rng, n);
    const variant = rng.int(0, 2);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const c = rng.pick(['B', 'C'] as const);
    const value = c === 'B' ? o.qty[i] : o.price[i];
    const check = (l: SheetLocale) => perturb(orderTable(l, o));
    return inLocale(locale, (loc) => {
      const t = orderTable(loc, o);
      const name = PRODUCTS[loc][o.names[i]];
      const what = COLUMN_WORD[loc][c];
      const es = loc === 'es';
      if (variant === 0) {
        const above = i > 0 ? (c === 'B' ? o.qty[i - 1] : o.price[i - 1]) : undefined;
        return {
          type: 'numeric', table: t, answer: value,
          stem: es ? `¿Qué valor hay en la celda **${c}${r}**?` : `What value is in cell **${c}${r}**?`,
          hints: es
            ? [`Primero la letra: la columna ${c} es «${t.rows[0][c === 'B' ? 1 : 2]}».`, `La fila 1 son los encabezados, así que la fila ${r} es la de ${name}.`]
            : [`The letter comes first: column ${c} is "${t.rows[0][c === 'B' ? 1 : 2]}".`, `Row 1 holds the headings, so row ${r} is ${name}.`],
          solution: es ? `Columna ${c} (${what}), fila ${r} (${name}): ${c}${r} contiene ${num(loc, value)}.` : `Column ${c} (${what}) and row ${r} (${name}): ${c}${r} holds ${num(loc, value)}.`,
          misconceptions: above !== undefined && above !== value ? [{ answer: String(above), feedback: es ? `Ese valor está en ${c}${r - 1}. La fila de encabezados también cuenta: la fila ${r} es la de ${name}.` : `That is ${c}${r - 1}. The heading row counts as row 1, so row ${r} is ${name}.` }] : [],
        };
      }
      if (variant === 1) {
        return {
          type: 'short-text', table: t, answers: [`${c}${r}`],
          stem: es ? `¿En qué celda está el **${what}** de ${name}? Escribe su dirección, por ejemplo A1.` : `Which cell holds the **${what}** of ${name}? Give its address, like A1.`,
          hints: es
            ? [`El ${what} está en la columna ${c}.`, `${name} está en la fila ${r}, porque la fila 1 es la de los encabezados.`]
            : [`The ${what} is in column ${c}.`, `${name} is on row ${r}, because row 1 is the heading row.`],
          solution: es ? `Columna ${c} y fila ${r}: la celda es **${c}${r}**.` : `Column ${c} and row ${r}: the cell is **${c}${r}**.`,
          misconceptions: [
            ...(r > 2 ? [{ answer: `${c}${r - 1}`, feedback: es ? `La fila 1 (encabezados) también cuenta: ${name} está en la fila ${r}.` : `Row 1 (the headings) counts too: ${name} is on row ${r}.` }] : []),
            { answer: `${r}${c}`, feedback: es ? `Primero va la letra de la columna y después el número de fila: ${c}${r}.` : `Write the column letter first, then the row number: ${c}${r}.` },
          ],
        };
      }
      return {
        type: 'formula', table: t, target: 'E2', answer: `=${c}${r}`, checkTables: [check(loc)],
        stem: es ? `En E2, escribe una fórmula que muestre el ${what} de ${name} (y que cambie si cambia ese dato).` : `In E2, write a formula that shows the ${what} of ${name} (so it follows if that number changes).`,
        hints: es ? ['Una fórmula empieza por = y puede ser solo una referencia a una celda.', `El ${what} de ${name} está en ${c}${r}.`] : ['A formula starts with = and can simply name a cell.', `The ${what} of ${name} is in ${c}${r}.`],
        solution: es ? `\`=${c}${r}\` muestra el contenido de ${c}${r} y se actualiza cuando cambia.` : `\`=${c}${r}\` shows what ${c}${r} holds and follows it when it changes.`,
      };
    });
  },
});

const rangeTask = defineGenerator({
  kind: 'sheet-range',
  summary: 'Ranges: count the cells of a drawn range, name the range of a column, or SUM a stretch of rows. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 6);
    const o = drawOrders(rng, n);
    const variant = rng.int(0, 2);
    const c1 = rng.int(1, 3);
    const c2 = rng.int(c1, 6);
    const r1 = rng.int(1, 5);
    const r2 = rng.int(c1 === c2 ? r1 + 1 : r1, 12);
    const c = rng.pick(['B', 'C'] as const);
    const a = rng.int(0, n - 2);
    const b = rng.int(a + 1, n - 1);
    const check = (l: SheetLocale) => perturb(orderTable(l, o));
    return inLocale(locale, (loc) => {
      const es = loc === 'es';
      const t = orderTable(loc, o);
      if (variant === 0) {
        const cols = c2 - c1 + 1;
        const rows = r2 - r1 + 1;
        const ref = `${col(c1)}${r1}:${col(c2)}${r2}`;
        const off = (cols - 1) * (rows - 1);
        return {
          type: 'numeric', answer: cols * rows,
          stem: es ? `¿Cuántas celdas tiene el rango **${ref}**?` : `How many cells are in the range **${ref}**?`,
          hints: es
            ? [`Cuenta las columnas de ${col(c1)} a ${col(c2)} y las filas de ${r1} a ${r2}, incluidos los extremos.`, `Son ${cols} ${cols === 1 ? 'columna' : 'columnas'} y ${rows} ${rows === 1 ? 'fila' : 'filas'}.`]
            : [`Count the columns from ${col(c1)} to ${col(c2)} and the rows from ${r1} to ${r2}, both ends included.`, `That is ${cols} ${cols === 1 ? 'column' : 'columns'} and ${rows} ${rows === 1 ? 'row' : 'rows'}.`],
          solution: es ? `${cols} × ${rows} = ${cols * rows} celdas.` : `${cols} × ${rows} = ${cols * rows} cells.`,
          misconceptions: off > 0 && off !== cols * rows ? [{ answer: String(off), feedback: es ? `Los dos extremos cuentan: de ${col(c1)} a ${col(c2)} hay ${cols} columnas y de ${r1} a ${r2} hay ${rows} filas.` : `Both ends count: ${col(c1)} to ${col(c2)} is ${cols} columns and ${r1} to ${r2} is ${rows} rows.` }] : [],
        };
      }
      const what = COLUMN_WORD[loc][c];
      if (variant === 1) {
        const ref = `${c}2:${c}${n + 1}`;
        return {
          type: 'short-text', table: t, answers: [ref],
          stem: es ? `Escribe el rango con todos los valores de **${what}** (sin el encabezado).` : `Write the range that holds every **${what}** (without the heading).`,
          hints: es ? [`Los valores de ${what} están en la columna ${c}.`, `Los datos van de la fila 2 a la fila ${n + 1}.`] : [`The ${what} values are in column ${c}.`, `The data rows are 2 to ${n + 1}.`],
          solution: es ? `De ${c}2 a ${c}${n + 1}: el rango **${ref}**.` : `From ${c}2 to ${c}${n + 1}: the range **${ref}**.`,
          misconceptions: [
            { answer: `${c}1:${c}${n + 1}`, feedback: es ? `${c}1 es el encabezado. Empieza el rango en la fila 2.` : `${c}1 is the heading. Start the range at row 2.` },
            { answer: `${c}2-${c}${n + 1}`, feedback: es ? `Los rangos se escriben con dos puntos: ${ref}.` : `Ranges use a colon: ${ref}.` },
          ],
        };
      }
      const answer = `=SUM(B${a + 2}:B${b + 2})`;
      const from = PRODUCTS[loc][o.names[a]];
      const to = PRODUCTS[loc][o.names[b]];
      return {
        type: 'formula', table: t, target: 'E2', answer, requireFunctions: ['SUM'], checkTables: [check(loc)],
        stem: es ? `En E2, suma las cantidades desde ${from} hasta ${to} (ambos incluidos) con SUMA y un rango.` : `In E2, add up the quantities from ${from} to ${to} (both included) with SUM and a range.`,
        hints: es ? [`${from} está en la fila ${a + 2} y ${to} en la fila ${b + 2}; las cantidades están en la columna B.`, `El rango es B${a + 2}:B${b + 2}.`] : [`${from} is on row ${a + 2} and ${to} on row ${b + 2}; quantities are in column B.`, `The range is B${a + 2}:B${b + 2}.`],
        solution: es ? `\`${fx(loc, answer)}\` suma las celdas de B${a + 2} a B${b + 2}: ${num(loc, Number(shown(t, answer)))}.` : `\`${answer}\` adds the cells B${a + 2} to B${b + 2}: ${num(loc, Number(shown(t, answer)))}.`,
        misconceptions: [{ answer: `=SUM(B${a + 1}:B${b + 1})`, feedback: es ? 'Ese rango empieza una fila antes: recuerda que la fila 1 son los encabezados.' : 'That range starts one row too early: row 1 is the heading row.' }],
      };
    });
  },
});

const arithmetic = defineGenerator({
  kind: 'sheet-arithmetic',
  summary: 'Arithmetic with references: line totals, budget left, unit price, or the value of a subtraction. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 6);
    const variant = rng.int(0, 3);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const o = drawOrders(rng, n);
    const bud = drawBudgets(rng, n);
    const oCheck = (l: SheetLocale) => perturb(orderTable(l, o, true));
    const bCheck = (l: SheetLocale) => perturb(budgetTable(l, bud));
    return inLocale(locale, (loc) => {
      const es = loc === 'es';
      if (variant === 0) {
        const t = orderTable(loc, o, true);
        const name = PRODUCTS[loc][o.names[i]];
        const answer = `=B${r}*C${r}`;
        return {
          type: 'formula', table: t, target: `D${r}`, answer, checkTables: [oCheck(loc)],
          stem: es ? `En D${r}, escribe una fórmula para el importe de ${name}: cantidad por precio.` : `In D${r}, write a formula for the cost of the ${name.toLowerCase()}: quantity times price.`,
          hints: es ? [`Multiplica la cantidad (B${r}) por el precio (C${r}).`, 'El signo de multiplicar es *.'] : [`Multiply the quantity (B${r}) by the price (C${r}).`, 'The multiplication sign is *.'],
          solution: es ? `\`${answer}\`: ${o.qty[i]} × ${num(loc, o.price[i])} = ${num(loc, o.qty[i] * o.price[i])}.` : `\`${answer}\`: ${o.qty[i]} × ${num(loc, o.price[i])} = ${num(loc, o.qty[i] * o.price[i])}.`,
          misconceptions: [{ answer: `=B${r}+C${r}`, feedback: es ? 'Eso suma la cantidad y el precio. El importe es cantidad **por** precio: usa *.' : 'That adds the quantity and the price. The cost is quantity **times** price: use *.' }],
        };
      }
      const t = budgetTable(loc, bud);
      const team = TEAMS[loc][bud.teams[i]];
      const left = bud.budget[i] - bud.spent[i];
      if (variant === 1) {
        const answer = `=B${r}-C${r}`;
        return {
          type: 'formula', table: t, target: `D${r}`, answer, checkTables: [bCheck(loc)],
          stem: es ? `En D${r}, escribe una fórmula para lo que le queda del presupuesto a ${team}.` : `In D${r}, write a formula for how much of the ${team} budget is left.`,
          hints: es ? ['Disponible = presupuesto − gastado.', `Usa B${r} y C${r}.`] : ['Left = budget − spent.', `Use B${r} and C${r}.`],
          solution: `\`${answer}\`: ${bud.budget[i]} − ${bud.spent[i]} = ${left}.`,
          misconceptions: [{ answer: `=C${r}-B${r}`, feedback: es ? 'Eso es gastado − presupuesto: el signo sale al revés. Resta lo gastado del presupuesto.' : 'That is spent − budget, the wrong way round. Subtract the amount spent from the budget.' }],
        };
      }
      if (variant === 2) {
        const formula = `=B${r}-C${r}`;
        return {
          type: 'numeric', table: t, answer: left,
          stem: es ? `¿Qué muestra \`${formula}\` con esta tabla?` : `What does \`${formula}\` show for this table?`,
          hints: es ? [`B${r} es el presupuesto de ${team} y C${r} lo que ha gastado.`, `Calcula ${bud.budget[i]} − ${bud.spent[i]}.`] : [`B${r} is the ${team} budget and C${r} what it spent.`, `Work out ${bud.budget[i]} − ${bud.spent[i]}.`],
          solution: es ? `${bud.budget[i]} − ${bud.spent[i]} = ${left}${left < 0 ? `: ${team} se ha pasado del presupuesto en ${-left}` : ''}.` : `${bud.budget[i]} − ${bud.spent[i]} = ${left}${left < 0 ? `: ${team} went ${-left} over budget` : ''}.`,
          misconceptions: left < 0 ? [{ answer: String(-left), feedback: es ? 'Fíjate en el signo: se ha gastado más que el presupuesto, así que el resultado es negativo.' : 'Check the sign: more was spent than the budget, so the result is negative.' }] : [],
        };
      }
      const head: PerLocale<string[]> = { en: ['Item', 'Qty', 'Cost', 'Unit price'], es: ['Artículo', 'Cantidad', 'Coste', 'Precio unitario'] };
      const costs = o.qty.map((q, k) => q * o.price[k]);
      const unit = (l: SheetLocale) => table(head[l], ...o.names.map((p, k) => [PRODUCTS[l][p], o.qty[k], costs[k], null]));
      const answer = `=C${r}/B${r}`;
      return {
        type: 'formula', table: unit(loc), target: `D${r}`, answer, checkTables: [perturb(unit(loc))],
        stem: es ? `En D${r}, escribe una fórmula para el precio de una unidad de ${PRODUCTS[loc][o.names[i]]}: el coste dividido entre la cantidad.` : `In D${r}, write a formula for the price of one unit of ${PRODUCTS[loc][o.names[i]]}: the cost divided by the quantity.`,
        hints: es ? [`Divide el coste (C${r}) entre la cantidad (B${r}).`, 'El signo de dividir es /.'] : [`Divide the cost (C${r}) by the quantity (B${r}).`, 'The division sign is /.'],
        solution: `\`${answer}\`: ${num(loc, costs[i])} ÷ ${o.qty[i]} = ${num(loc, o.price[i])}.`,
        misconceptions: [{ answer: `=B${r}/C${r}`, feedback: es ? 'Así divides la cantidad entre el coste. El precio por unidad es coste ÷ cantidad.' : 'That divides the quantity by the cost. The unit price is cost ÷ quantity.' }],
      };
    });
  },
});

type Pattern = { formula: (a: number, b: number, c: number) => string; wrong: (a: number, b: number, c: number) => number; rule: PerLocale<string> };
const PATTERNS: Pattern[] = [
  { formula: (a, b, c) => `=${a}+${b}*${c}`, wrong: (a, b, c) => (a + b) * c, rule: { en: 'Multiplication goes before addition.', es: 'La multiplicación va antes que la suma.' } },
  { formula: (a, b, c) => `=(${a}+${b})*${c}`, wrong: (a, b, c) => a + b * c, rule: { en: 'The brackets go first.', es: 'Primero se hace lo que está entre paréntesis.' } },
  { formula: (a, b, c) => `=${a * c}-${b}*${c}`, wrong: (a, b, c) => (a * c - b) * c, rule: { en: 'Multiplication goes before subtraction.', es: 'La multiplicación va antes que la resta.' } },
  { formula: (a, b, c) => `=${a}+${b * c}/${c}`, wrong: (a, b, c) => (a + b * c) / c, rule: { en: 'Division goes before addition.', es: 'La división va antes que la suma.' } },
  { formula: (a, b) => `=${a + 10}-${b}^2`, wrong: (a, b) => (a + 10 - b) ** 2, rule: { en: 'A power (^) goes before subtraction.', es: 'La potencia (^) va antes que la resta.' } },
  { formula: (a, b, c) => `=(${a * c}+${b * c})/${c}`, wrong: (a, b, c) => a * c + b, rule: { en: 'The brackets go first, then the division.', es: 'Primero el paréntesis, después la división.' } },
];

const orderOfOperations = defineGenerator({
  kind: 'sheet-order-of-operations',
  summary: 'Order of operations: predict the value of a drawn expression, or write a formula that needs brackets (mean of two cells, discounted line). No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const variant = rng.int(0, 2);
    const [a, b, c] = [rng.int(2, 12), rng.int(2, 9), rng.int(2, 6)];
    const pattern = rng.pick(PATTERNS);
    const n = rng.int(3, 5);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const bud = drawBudgets(rng, n);
    const o = drawOrders(rng, n);
    const discount = o.price.map((p) => Math.min(p - 0.25, rng.int(1, 8) / 4));
    return inLocale(locale, (loc) => {
      const es = loc === 'es';
      if (variant === 0) {
        const formula = pattern.formula(a, b, c);
        const value = Number(shown(table(['x']), formula));
        const wrong = pattern.wrong(a, b, c);
        return {
          type: 'numeric', answer: value,
          stem: es ? `¿Qué resultado da \`${formula}\`?` : `What does \`${formula}\` give?`,
          hints: [pattern.rule[loc], es ? 'Haz primero la operación que va antes y escribe el resultado intermedio.' : 'Do that step first and write down the result before going on.'],
          solution: es ? `${pattern.rule[loc]} Así, \`${formula}\` da ${num(loc, value)}.` : `${pattern.rule[loc]} So \`${formula}\` gives ${num(loc, value)}.`,
          misconceptions: wrong !== value ? [{ answer: num('en', wrong), feedback: es ? `Eso sale operando de izquierda a derecha. ${pattern.rule[loc]}` : `That works left to right. ${pattern.rule[loc]}` }] : [],
        };
      }
      if (variant === 1) {
        const t = budgetTable(loc, bud);
        const answer = `=(B${r}+C${r})/2`;
        return {
          type: 'formula', table: t, target: `D${r}`, answer, checkTables: [perturb(budgetTable(loc, bud))],
          stem: es ? `En D${r}, escribe la **media** del presupuesto y lo gastado por ${TEAMS[loc][bud.teams[i]]}, sin usar ninguna función.` : `In D${r}, write the **mean** of the budget and the amount spent for ${TEAMS[loc][bud.teams[i]]}, without a function.`,
          hints: es ? ['Suma las dos celdas y divide entre 2.', 'Pon la suma entre paréntesis para que se haga primero.'] : ['Add the two cells, then divide by 2.', 'Put brackets round the addition so it happens first.'],
          solution: `\`${answer}\`: (${bud.budget[i]} + ${bud.spent[i]}) ÷ 2 = ${num(loc, (bud.budget[i] + bud.spent[i]) / 2)}.`,
          misconceptions: [{ answer: `=B${r}+C${r}/2`, feedback: es ? `Sin paréntesis solo se divide C${r}. Escribe ${answer}.` : `Without brackets only C${r} is halved. Write ${answer}.` }],
        };
      }
      const head: PerLocale<string[]> = { en: ['Item', 'Qty', 'Price', 'Discount per unit', 'Total'], es: ['Artículo', 'Cantidad', 'Precio', 'Descuento por unidad', 'Total'] };
      const build = (l: SheetLocale) => table(head[l], ...o.names.map((p, k) => [PRODUCTS[l][p], o.qty[k], o.price[k], discount[k], null]));
      const answer = `=B${r}*(C${r}-D${r})`;
      return {
        type: 'formula', table: build(loc), target: `E${r}`, answer, checkTables: [perturb(build(loc))],
        stem: es ? `En E${r}, escribe el total de ${PRODUCTS[loc][o.names[i]]}: la cantidad por el precio ya descontado (precio menos descuento por unidad).` : `In E${r}, write the total for ${PRODUCTS[loc][o.names[i]]}: the quantity times the discounted price (price minus the discount per unit).`,
        hints: es ? [`Precio descontado: C${r}-D${r}. Tiene que calcularse antes de multiplicar.`, `Ponlo entre paréntesis: B${r}*(C${r}-D${r}).`] : [`Discounted price: C${r}-D${r}. It must be worked out before multiplying.`, `Put it in brackets: B${r}*(C${r}-D${r}).`],
        solution: `\`${answer}\`: ${o.qty[i]} × (${num(loc, o.price[i])} − ${num(loc, discount[i])}) = ${num(loc, Number((o.qty[i] * (o.price[i] - discount[i])).toFixed(4)))}.`,
        misconceptions: [{ answer: `=B${r}*C${r}-D${r}`, feedback: es ? 'Sin paréntesis el descuento se resta una sola vez, no en cada unidad. Escribe la resta entre paréntesis.' : 'Without brackets the discount is taken off once, not per unit. Put the subtraction in brackets.' }],
      };
    });
  },
});

export const SHEET_BASIC_GENERATORS = [cellReference, rangeTask, arithmetic, orderOfOperations];
