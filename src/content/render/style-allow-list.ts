/**
 * What survives of a `style` attribute in pack content: KaTeX lays math out with inline sizes,
 * margins and vertical shifts, so styles cannot simply all go; anything else is dropped. Kept are
 * only the properties below, with plain lengths bounded by KaTeX's own size limit (20em) or a
 * plain colour: no position, z-index, transform, inset, background, opacity, display, overflow,
 * font or content, so pack text cannot lift itself out of its place, paint over, or hide the app.
 */
const LENGTH = /^-?(\d+(\.\d+)?|\.\d+)(em|ex)?$/;
const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*(0|1|0?\.\d+)\s*)?\))$/i;
/** Largest length kept, in em (KaTeX's maxSize, set in math.ts). */
const MAX_EM = 20;

const LENGTH_PROPERTIES = new Set([
  'height', 'width', 'min-width', 'vertical-align', 'top',
  'margin-left', 'margin-right', 'padding-left',
  'border-bottom-width', 'border-top-width', 'border-right-width',
]);

/** Margins and borders could pull text over its neighbours: they stay small (KaTeX's kerns are). */
const SMALL_EM: Readonly<Record<string, number>> = {
  'margin-left': 2, 'margin-right': 2, 'border-bottom-width': 1, 'border-top-width': 1, 'border-right-width': 1,
};

function keptLength(property: string, value: string): boolean {
  if (!LENGTH.test(value)) return false;
  return Math.abs(Number(value.replace(/(em|ex)$/, ''))) <= (SMALL_EM[property] ?? MAX_EM);
}

/** The allowed declarations of a style attribute, re-serialised; '' when none are left. */
export function filterStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (/[\\/*!]/.test(value)) continue; // escapes, comments and !important are never needed
    if (LENGTH_PROPERTIES.has(property) && keptLength(property, value)) kept.push(`${property}:${value}`);
    else if ((property === 'color' || property === 'border-color') && COLOR.test(value)) kept.push(`${property}:${value}`);
    else if (property === 'border-bottom-style' && /^(solid|dashed)$/.test(value)) kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}
