/**
 * Author-facing safety lint for Markdown text fields, run without a DOM (Node and browser alike).
 * The renderer sanitizes everything anyway (render/sanitize.ts is the real defence); this lint
 * makes a pack that *tries* to run script or load remote resources fail loudly at check/import
 * time, and enforces that images are pack-internal and have alt text.
 */
import { lexer, walkTokens, type Token } from 'marked';
import { error, type PathPart, type Problem } from './problems.ts';

const FORBIDDEN_ELEMENTS = /<\s*\/?\s*(script|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|style|link|meta|base|svg|math|audio|video|source|track|portal)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const SCRIPT_URL = /(java|vb)script\s*:/i;
const CSS_URL = /url\s*\(|@import/i;
const REMOTE_ATTRIBUTE = /\s(src|srcset|href|xlink:href|poster|background|action|formaction|data)\s*=\s*["']?\s*(https?:)?\/\//i;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;

export type Assets = Readonly<Record<string, string>> | undefined;

/** Whether an image source is inside the pack: a data: image URL or the key of a pack asset. */
export function isPackInternalImage(src: string, assets: Assets): boolean {
  return DATA_IMAGE.test(src) || (assets !== undefined && Object.hasOwn(assets, src));
}

export function lintMarkdown(text: string, path: readonly PathPart[], assets: Assets): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string, hint: string) => problems.push(error(path, message, hint));
  const tokens = lexer(text);
  walkTokens(tokens, (token: Token) => {
    if (token.type === 'image') {
      if (!token.text.trim()) add(`Image "${short(token.href)}" has no alt text.`, 'Describe the image in the brackets: ![a number line from 0 to 1 in quarters](line.svg).');
      if (!isPackInternalImage(token.href, assets)) {
        add(`Image "${short(token.href)}" is not inside the pack.`, 'Images must be data: URLs or files listed in the pack\'s "assets"; remote images would load from the network and track learners.');
      }
    }
    if (token.type === 'link' && !/^(https?:\/\/|#)/i.test(token.href)) {
      add(`Link "${short(token.href)}" is not a web address.`, 'Links may only point to http:// or https:// pages (they open in a new tab when online).');
    }
    if (token.type === 'html') lintHtml(token.raw, assets, add);
  });
  return problems;
}

function lintHtml(raw: string, assets: Assets, add: (message: string, hint: string) => void): void {
  const element = FORBIDDEN_ELEMENTS.exec(raw);
  if (element) add(`Raw HTML element <${element[1].toLowerCase()}> is not allowed.`, 'Use Markdown; for maths write TeX between $...$; scripts, forms, frames and embedded media never run in Wayfind.');
  if (EVENT_HANDLER.test(raw)) add('Raw HTML has an event handler attribute (on...=).', 'Remove it: packs cannot run code.');
  if (SCRIPT_URL.test(raw)) add('Raw HTML contains a javascript: URL.', 'Remove it: packs cannot run code.');
  if (CSS_URL.test(raw)) add('Raw HTML contains a CSS url() or @import.', 'Remove it: styles cannot load resources.');
  if (REMOTE_ATTRIBUTE.test(raw)) add('Raw HTML loads a remote resource.', 'Put images in the pack\'s "assets" (as data: URLs); use a Markdown link for web pages.');
  for (const img of raw.matchAll(/<img\b[^>]*>/gi)) {
    const alt = /\salt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(img[0]);
    if (!alt || !(alt[2] ?? alt[3] ?? '').trim()) add('An <img> has no alt text.', 'Add alt="..." describing the image, or use Markdown: ![description](file.svg).');
    const src = /\ssrc\s*=\s*("([^"]*)"|'([^']*)'|(\S+))/i.exec(img[0]);
    const value = src ? (src[2] ?? src[3] ?? src[4] ?? '') : '';
    if (!isPackInternalImage(value, assets)) add(`Image "${short(value)}" is not inside the pack.`, 'Use a data: URL or a key of the pack\'s "assets".');
  }
}

/** SVG assets are shown through <img> (where SVG cannot script), but a pack should not carry script at all. */
export function lintAsset(name: string, dataUrl: string): Problem[] {
  if (!/^data:image\/svg\+xml/i.test(dataUrl)) return [];
  const comma = dataUrl.indexOf(',');
  const head = dataUrl.slice(0, comma);
  let body = '';
  try {
    body = head.endsWith(';base64') ? atob(dataUrl.slice(comma + 1)) : decodeURIComponent(dataUrl.slice(comma + 1));
  } catch {
    return [error(['assets', name], `Asset "${name}" is not a readable data: URL.`, 'Encode the SVG with encodeURIComponent or base64.')];
  }
  const bad = /<script|\son[a-z]+\s*=|javascript:|<foreignObject|(href|src)\s*=\s*["']?\s*(https?:)?\/\//i.exec(body);
  return bad ? [error(['assets', name], `SVG asset "${name}" contains "${bad[0].trim()}".`, 'Remove scripts, event handlers, foreignObject and remote references from the SVG.')] : [];
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
