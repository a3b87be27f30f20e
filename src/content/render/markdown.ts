/**
 * Renders pack Markdown (with TeX math) to safe HTML for the item and lesson views. Pack-internal
 * image names are resolved to their data: URLs; everything is sanitized last (sanitize.ts).
 */
import { Marked } from 'marked';
import { mathExtension } from './math.ts';
import { sanitizeHtml } from './sanitize.ts';

export type Assets = Readonly<Record<string, string>> | undefined;

function markedFor(assets: Assets): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false }, mathExtension);
  marked.use({
    walkTokens(token) {
      if (token.type === 'image' && assets && Object.hasOwn(assets, token.href)) token.href = assets[token.href];
    },
  });
  return marked;
}

/** Block Markdown (paragraphs, lists, tables, display math) to sanitized HTML. */
export function renderMarkdown(markdown: string, assets?: Assets): string {
  return sanitizeHtml(markedFor(assets).parse(markdown) as string);
}

/** Inline Markdown (a choice or an ordering entry) to sanitized HTML, without a wrapping <p>. */
export function renderInline(markdown: string, assets?: Assets): string {
  return sanitizeHtml(markedFor(assets).parseInline(markdown) as string);
}

/** A lesson's open resources as a list of external links (they need the network). */
export function renderResources(resources: readonly { title: string; url: string }[]): string {
  if (resources.length === 0) return '';
  const escape = (s: string) => s.replace(/[[\]()\\]/g, '\\$&');
  return renderMarkdown(resources.map((r) => `- [${escape(r.title)}](${r.url.replace(/[()\s]/g, encodeURIComponent)})`).join('\n'));
}
