/**
 * Text functions on freshly drawn staff lists: taking parts of an employee ID (LEFT, RIGHT, MID,
 * LEN), and cleaning and joining names (TRIM, UPPER, LOWER, &). Names and IDs are the same in every
 * locale; only the headings and the words around them are translated.
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';
import { fx, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PEOPLE, inLocale, shown, table } from './sheet-shared.ts';

const SURNAMES = ['Lopez', 'Okafor', 'Wei', 'Silva', 'Novak', 'Haddad', 'Kim', 'Moreno', 'Dubois', 'Rossi', 'Tanaka', 'Mensah'];
const OFFICES = ['NY', 'LA', 'SF', 'MAD', 'BCN', 'MEX', 'BOG', 'LIM', 'TX', 'SCL'];

interface Staff { first: string[]; last: string[]; ids: string[]; letters: number; digits: number; pads: [number, number][] }
function drawStaff(rng: Rng, n: number): Staff {
  const letters = rng.int(2, 3);
  const digits = rng.int(3, 5);
  const offices = OFFICES.filter((o) => o.length === letters);
  return {
    first: rng.shuffle(PEOPLE).slice(0, n),
    last: rng.shuffle(SURNAMES).slice(0, n),
    ids: Array.from({ length: n }, () => `${rng.pick(offices)}-${rng.int(10 ** (digits - 1), 10 ** digits - 1)}`),
    letters, digits,
    pads: Array.from({ length: n }, () => [rng.int(0, 3), rng.int(0, 2)] as [number, number]),
  };
}
const ID_HEAD: PerLocale<string[]> = { en: ['Full name', 'Employee ID'], es: ['Nombre completo', 'ID de empleado'] };
const idTable = (loc: SheetLocale, s: Staff, padded: boolean): Table =>
  table(ID_HEAD[loc], ...s.first.map((f, i) => [`${padded ? ' '.repeat(s.pads[i][0]) : ''}${f} ${s.last[i]}${padded ? ' '.repeat(s.pads[i][1]) : ''}`, s.ids[i]]));
const NAME_HEAD: PerLocale<string[]> = { en: ['First name', 'Last name', 'Result'], es: ['Nombre', 'Apellido', 'Resultado'] };
const nameTable = (loc: SheetLocale, s: Staff): Table => table(NAME_HEAD[loc], ...s.first.map((f, i) => [f, s.last[i], null]));
/** Check table: the same layout with the names and IDs of other people. */
const otherStaff = (s: Staff): Staff => ({ ...s, first: [...s.first.slice(1), s.first[0]], last: [s.last[s.last.length - 1], ...s.last.slice(0, -1)], ids: s.ids.map((id) => id.replace(/\d/g, (d) => String((Number(d) + 3) % 10)).replace(/-0/, '-1')) });

const textExtract = defineGenerator({
  kind: 'sheet-text-extract',
  summary: 'LEFT/RIGHT/MID/LEN on employee IDs like "MAD-2041": write the part-taking formula filled down, or give what MID or LEN shows. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 5);
    const s = drawStaff(rng, n);
    const variant = rng.int(0, 4);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const start = rng.int(1, s.letters + 2);
    const len = rng.int(1, s.letters + 1 + s.digits - start + 1);
    const other = otherStaff(s);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const L = s.letters;
      const D = s.digits;
      if (variant <= 2) {
        const t = idTable(loc, s, false);
        const answer = [`=LEFT(B2,${L})`, `=RIGHT(B2,${D})`, `=MID(B2,${L + 2},${D})`][variant];
        const fnName = ['LEFT', 'RIGHT', 'MID'][variant];
        const wrong = [`=RIGHT(B2,${L})`, `=LEFT(B2,${D})`, `=MID(B2,${L + 1},${D})`][variant];
        const part = variant === 0 ? (es ? `el código de oficina (las ${L} letras del principio)` : `the office code (the ${L} letters at the start)`) : es ? `el número (las ${D} cifras del final)` : `the number (the ${D} digits at the end)`;
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, requireFunctions: [fnName], checkTables: [idTable(loc, other, false)],
          stem: es
            ? `En C2, escribe una fórmula con ${fx(loc, fnName)} que saque de B2 ${part}. Se copiará hasta C${n + 1}.`
            : `In C2, write a formula with ${fnName} that takes ${part} out of B2. It will be filled down to C${n + 1}.`,
          hints: variant === 2
            ? (es ? [`Las cifras empiezan justo después del guion: en la posición ${L + 2}.`, `${fx(loc, 'MID')}(B2; ${L + 2}; ${D}).`] : [`The digits start right after the dash: at position ${L + 2}.`, `MID(B2, ${L + 2}, ${D}).`])
            : (es ? [`${variant === 0 ? 'El código está al principio' : 'El número está al final'} del ID.`, `Usa ${fx(loc, fnName)} con ${variant === 0 ? L : D} caracteres.`] : [`The ${variant === 0 ? 'code is at the start' : 'number is at the end'} of the ID.`, `Use ${fnName} with ${variant === 0 ? L : D} characters.`]),
          solution: es ? `\`${fx(loc, answer)}\` devuelve ${shown(t, answer)} para ${s.ids[0]}.` : `\`${answer}\` returns ${shown(t, answer)} for ${s.ids[0]}.`,
          misconceptions: [{ answer: wrong, feedback: variant === 2 ? (es ? `La posición ${L + 1} es el guion; las cifras empiezan en la ${L + 2}.` : `Position ${L + 1} is the dash; the digits start at ${L + 2}.`) : (es ? `${fx(loc, fnName === 'LEFT' ? 'RIGHT' : 'LEFT')} toma caracteres del otro extremo del texto.` : `${fnName === 'LEFT' ? 'RIGHT' : 'LEFT'} takes characters from the other end of the text.`) }],
        };
      }
      if (variant === 3) {
        const t = idTable(loc, s, false);
        const formula = `=MID(B${r},${start},${len})`;
        const value = String(shown(t, formula));
        return {
          type: 'short-text', table: t, answers: [value],
          stem: es ? `¿Qué texto muestra \`${fx(loc, formula)}\`?` : `What text does \`${formula}\` show?`,
          hints: es ? [`B${r} es ${s.ids[i]}. El primer carácter es la posición 1.`, `Empieza en el carácter ${start} y toma ${len}.`] : [`B${r} is ${s.ids[i]}. The first character is position 1.`, `Start at character ${start} and take ${len}.`],
          solution: es ? `Desde la posición ${start} de "${s.ids[i]}", ${len} ${len === 1 ? 'carácter' : 'caracteres'}: **${value}**.` : `From position ${start} of "${s.ids[i]}", ${len} ${len === 1 ? 'character' : 'characters'}: **${value}**.`,
          misconceptions: start > 1 ? [{ answer: s.ids[i].slice(start, start + len), feedback: es ? 'Se cuenta desde 1: el primer carácter es la posición 1, no la 0.' : 'Count from 1: the first character is position 1, not 0.' }].filter((m) => m.answer !== value && m.answer !== '') : [],
        };
      }
      const t = idTable(loc, s, true);
      const text = String(t.rows[r - 1][0]);
      const trimmed = text.trim().length;
      return {
        type: 'numeric', table: t, answer: text.length,
        stem: es ? `¿Qué muestra \`${fx(loc, `=LEN(A${r})`)}\`? (La celda puede tener espacios al principio o al final.)` : `What does \`=LEN(A${r})\` show? (The cell may have spaces at the start or end.)`,
        hints: es ? [`${fx(loc, 'LEN')} cuenta todos los caracteres, espacios incluidos.`, `"${s.first[i]} ${s.last[i]}" tiene ${trimmed} caracteres; suma los espacios de más.`] : ['LEN counts every character, spaces included.', `"${s.first[i]} ${s.last[i]}" has ${trimmed} characters; add any extra spaces.`],
        solution: es ? `${trimmed} caracteres del nombre más ${text.length - trimmed} espacios de más: ${text.length}.` : `${trimmed} characters of the name plus ${text.length - trimmed} extra spaces: ${text.length}.`,
        misconceptions: text.length !== trimmed ? [{ answer: String(trimmed), feedback: es ? `${fx(loc, 'LEN')} también cuenta los espacios del principio y del final.` : 'LEN counts the spaces at the start and end too.' }] : [],
      };
    });
  },
});

const DOMAINS = ['example.com', 'example.org', 'company.example', 'office.example'];

const textCleanJoin = defineGenerator({
  kind: 'sheet-text-clean-join',
  summary: 'Joining and cleaning names: "First Last", "LAST, First", e-mail addresses, initials, and what TRIM shows. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 5);
    const s = drawStaff(rng, n);
    const variant = rng.int(0, 4);
    const domain = rng.pick(DOMAINS);
    const i = rng.int(0, n - 1);
    const sep = rng.pick([' ', '_']);
    const other = otherStaff(s);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const t = nameTable(loc, s);
      const check = [nameTable(loc, other)];
      const ex = (formula: string) => String(shown(t, formula));
      if (variant === 0) {
        const answer = `=A2&"${sep}"&B2`;
        const desc = sep === ' ' ? (es ? 'un espacio' : 'a space') : (es ? 'un guion bajo (_)' : 'an underscore (_)');
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, checkTables: check,
          stem: es ? `En C2, escribe una fórmula que una el nombre y el apellido con ${desc} en medio ("${ex(answer)}"). Se copiará hacia abajo.` : `In C2, write a formula that joins the first and last name with ${desc} between them ("${ex(answer)}"). It will be filled down.`,
          hints: es ? ['Usa & para unir textos.', `Une A2, "${sep}" entre comillas y B2.`] : ['Use & to join text.', `Join A2, "${sep}" in quotes, and B2.`],
          solution: es ? `\`${answer}\` (o \`${fx(loc, `=CONCAT(A2,"${sep}",B2)`)}\`) da ${ex(answer)}.` : `\`${answer}\` (or \`=CONCAT(A2,"${sep}",B2)\`) gives ${ex(answer)}.`,
          misconceptions: [{ answer: '=A2&B2', feedback: es ? `Así sale "${s.first[0]}${s.last[0]}", todo junto: añade el separador entre comillas.` : `That gives "${s.first[0]}${s.last[0]}", run together: add the separator in quotes.` }],
        };
      }
      if (variant === 1) {
        const answer = '=UPPER(B2)&", "&A2';
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, requireFunctions: ['UPPER'], checkTables: check,
          stem: es ? `En C2, escribe una fórmula que muestre el nombre así: "${ex(answer)}" (apellido en mayúsculas, coma y espacio, y el nombre). Se copiará hacia abajo.` : `In C2, write a formula for the name in the form "${ex(answer)}" (last name in capitals, a comma and a space, then the first name). It will be filled down.`,
          hints: es ? [`${fx(loc, 'UPPER(B2)')} da el apellido en mayúsculas.`, 'Únelo con ", " y A2 usando &.'] : ['UPPER(B2) gives the last name in capitals.', 'Join it with ", " and A2 using &.'],
          solution: es ? `\`${fx(loc, answer)}\` da ${ex(answer)}.` : `\`${answer}\` gives ${ex(answer)}.`,
        };
      }
      if (variant === 2) {
        const answer = `=LOWER(A2)&"."&LOWER(B2)&"@${domain}"`;
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, requireFunctions: ['LOWER'], checkTables: check,
          stem: es ? `En C2, escribe una fórmula para el correo electrónico, todo en minúsculas: nombre, punto, apellido y "@${domain}" (por ejemplo \`${ex(answer)}\`). Se copiará hacia abajo.` : `In C2, write a formula for the e-mail address, all in lower case: first name, a dot, last name and "@${domain}" (e.g. \`${ex(answer)}\`). It will be filled down.`,
          hints: es ? [`${fx(loc, 'LOWER')} pasa un texto a minúsculas.`, `Une ${fx(loc, 'LOWER(A2)')}, ".", ${fx(loc, 'LOWER(B2)')} y "@${domain}" con &.`] : ['LOWER turns text into lower case.', `Join LOWER(A2), ".", LOWER(B2) and "@${domain}" with &.`],
          solution: es ? `\`${fx(loc, answer)}\` da \`${ex(answer)}\`.` : `\`${answer}\` gives \`${ex(answer)}\`.`,
        };
      }
      if (variant === 3) {
        const answer = '=LEFT(A2,1)&LEFT(B2,1)';
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, requireFunctions: ['LEFT'], checkTables: check,
          stem: es ? `En C2, escribe una fórmula para las iniciales (primera letra del nombre y primera del apellido, como "${ex(answer)}"). Se copiará hacia abajo.` : `In C2, write a formula for the initials (first letter of the first name and of the last name, like "${ex(answer)}"). It will be filled down.`,
          hints: es ? [`${fx(loc, 'LEFT(A2,1)')} da la primera letra del nombre.`, 'Haz lo mismo con B2 y únelos con &.'] : ['LEFT(A2,1) gives the first letter of the first name.', 'Do the same with B2 and join them with &.'],
          solution: es ? `\`${fx(loc, answer)}\` da ${ex(answer)}.` : `\`${answer}\` gives ${ex(answer)}.`,
        };
      }
      const padded = idTable(loc, s, true);
      const cell = String(padded.rows[i + 1][0]);
      return {
        type: 'short-text', table: padded, answers: [cell.trim().toUpperCase()], caseSensitive: true,
        stem: es ? `¿Qué muestra \`${fx(loc, `=UPPER(TRIM(A${i + 2}))`)}\`?` : `What does \`=UPPER(TRIM(A${i + 2}))\` show?`,
        hints: es ? [`${fx(loc, 'TRIM')} quita los espacios del principio y del final.`, `${fx(loc, 'UPPER')} pasa el resultado a mayúsculas.`] : ['TRIM removes the spaces at the start and end.', 'UPPER then turns it into capitals.'],
        solution: es ? `Sin los espacios de más y en mayúsculas: **${cell.trim().toUpperCase()}**.` : `Without the extra spaces and in capitals: **${cell.trim().toUpperCase()}**.`,
      };
    });
  },
});

export const SHEET_TEXT_GENERATORS = [textExtract, textCleanJoin];
