/**
 * Helpers for the Spanish text of the spreadsheet pack's hand-written items: the words of the
 * tables in Spanish (numbers, codes and names stay as they are), and formulas as a Spanish
 * spreadsheet writes them (SUMA, SI, ";" between arguments) for the text around them.
 */
import { fx } from '../../../src/content/generators/sheet-locale.ts';
import type { ItemTranslationText } from '../../../src/content/l10n/l10n-schema.ts';
import type { Table } from '../../../src/content/table-schema.ts';

const WORDS: Record<string, string> = {
  Item: 'Artículo', Qty: 'Cantidad', Price: 'Precio', Total: 'Total', Pens: 'Bolígrafos', Paper: 'Papel', Stapler: 'Grapadora', Folders: 'Carpetas',
  Team: 'Equipo', Budget: 'Presupuesto', Spent: 'Gastado', Left: 'Disponible', Sales: 'Ventas', Support: 'Soporte', Design: 'Diseño',
  Name: 'Nombre', Score: 'Puntuación', absent: 'ausente',
  Tax: 'Impuesto', 'Tax rate': 'Tipo impositivo', Lamp: 'Lámpara', Desk: 'Escritorio', Chair: 'Silla', Shelf: 'Estantería',
  Hours: 'Horas', Pay: 'Sueldo', 'Hourly rate': 'Precio por hora', '×': '×',
  Rep: 'Comercial', Office: 'Oficina', Target: 'Objetivo', Ticket: 'Incidencia', Status: 'Estado', Urgent: 'Urgente', Open: 'Abierta', Closed: 'Cerrada',
  Code: 'Código', Product: 'Producto', 'Look up': 'Buscar', Mug: 'Taza', Cap: 'Gorra', 'Tote bag': 'Bolsa de tela', Poster: 'Póster',
  'Full name': 'Nombre completo', 'Employee ID': 'ID de empleado', Email: 'Correo', City: 'Ciudad',
  First: 'Nombre', Last: 'Apellido', 'Display name': 'Nombre visible',
  Project: 'Proyecto', Start: 'Inicio', End: 'Fin', Days: 'Días', Website: 'Web', Audit: 'Auditoría', Training: 'Formación',
  Net: 'Neto', 'VAT 21%': 'IVA 21 %', Gross: 'Bruto', 'Tasks done': 'Tareas hechas', 'Tasks per hour': 'Tareas por hora',
  'In stock': 'En existencias', Find: 'Buscar', Cable: 'Cable', Charger: 'Cargador', Adapter: 'Adaptador',
  Ana: 'Ana', Ben: 'Ben', Cy: 'Cy', Di: 'Di', Ed: 'Ed', Chen: 'Chen', Dana: 'Dana', Eli: 'Eli', Ada: 'Ada', Lopez: 'Lopez', Okafor: 'Okafor', Wei: 'Wei',
  Madrid: 'Madrid', Lima: 'Lima', Denver: 'Denver',
  'new york': 'nueva york', 'LOS ANGELES': 'LOS ÁNGELES', 'San Francisco': 'San Francisco',
};

/** The table with its words in Spanish. A word missing from the list is a mistake in the sources. */
export function esTable(t: Table): Table {
  return {
    ...t,
    rows: t.rows.map((row) => row.map((cell) => {
      if (typeof cell !== 'string' || cell === '' || cell.startsWith('=') || /^[A-Z]{1,3}-\d+$/.test(cell) || /^[\s\p{Lu}][\p{Ll}]+ [\p{Lu}][\p{Ll}]+\s*$/u.test(cell.trim()) || /@/.test(cell)) return cell;
      const word = WORDS[cell];
      if (word === undefined) throw new Error(`no Spanish for table word "${cell}"`);
      return word;
    })),
  };
}

/** A formula as a Spanish spreadsheet shows it. */
export const es = (formula: string): string => fx('es', formula);

/** "What does `formula` show?" in Spanish, with the Spanish spelling of the formula. */
export const showsStem = (formula: string): string => `¿Qué muestra \`${es(formula)}\` en esta tabla?`;

/** An item's Spanish text; `table` is translated from the English one when given. */
export function tx(text: Omit<ItemTranslationText, 'table'>, table?: Table): ItemTranslationText {
  return { ...text, ...(table ? { table: esTable(table) } : {}) };
}
