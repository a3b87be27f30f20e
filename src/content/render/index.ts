/** Rendering pack text: Markdown + TeX to sanitized HTML, and read-aloud text. */
export { renderInline, renderMarkdown, renderResources } from './markdown.ts';
export { sanitizeHtml } from './sanitize.ts';
export { renderTex } from './math.ts';
export { readAloudText, speakMarkdown, speakTex } from './read-aloud.ts';
