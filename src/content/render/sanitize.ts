/**
 * The one place pack HTML is made safe, with DOMPurify. Pack text is untrusted: nothing in it may
 * run (script, event handlers, javascript: URLs) or load (remote images, CSS url(), frames,
 * objects, forms), nor move or cover the app (a style keeps only KaTeX-like lengths and colours).
 * Allowed: ordinary HTML formatting, KaTeX's HTML/MathML/SVG output, images from
 * data: URLs, and links to web pages, which open in a new tab and are marked as needing the network.
 */
import DOMPurify, { type Config } from 'dompurify';
import { filterStyle } from './style-allow-list.ts';

const SAFE_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;
const WEB_LINK = /^https?:\/\//i;
const CSS_LOADS = /url\s*\(|@import|image-set|expression\s*\(|-moz-binding|behavior\s*:/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true, svg: true },
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
    'textarea', 'select', 'option', 'link', 'meta', 'base', 'audio', 'video', 'source', 'track', 'picture', 'portal',
    'image', 'use', 'foreignObject', 'animate', 'set', 'animateMotion', 'animateTransform', 'feImage', 'maction'],
  FORBID_ATTR: ['srcset', 'action', 'formaction', 'background', 'poster', 'ping', 'xlink:href', 'srcdoc', 'lowsrc', 'dynsrc'],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['target'],
};

let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'style') return;
    // Only a short allow-list of layout lengths and colours survives (style-allow-list.ts).
    const kept = CSS_LOADS.test(data.attrValue) ? '' : filterStyle(data.attrValue);
    if (kept) data.attrValue = kept;
    else data.keepAttr = false;
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.tagName) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (WEB_LINK.test(href)) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
        el.setAttribute('class', 'external-link');
        // The UI styles a[data-needs-network] and adds its own (localized) "needs internet" note.
        el.setAttribute('data-needs-network', '');
      } else if (!href.startsWith('#')) {
        el.removeAttribute('href');
        el.removeAttribute('target');
      }
    } else if (el.hasAttribute('href')) {
      // Only links may point anywhere (SVG <a>/<use> hrefs are removed with the elements above).
      el.removeAttribute('href');
    }
    if (tag === 'img') {
      const src = el.getAttribute('src') ?? '';
      const alt = el.getAttribute('alt') ?? '';
      if (!SAFE_IMAGE.test(src) || !alt.trim()) {
        // Replace a refused image by its description so no information is lost, and nothing loads.
        el.replaceWith(el.ownerDocument.createTextNode(alt.trim() ? `[${alt}]` : ''));
        return;
      }
      el.setAttribute('loading', 'lazy');
    } else if (el.hasAttribute('src')) {
      el.removeAttribute('src');
    }
    if (el.hasAttribute('target') && tag !== 'a') el.removeAttribute('target');
  });
}

/** Sanitizes HTML built from pack text. Fails closed where no DOM is available. */
export function sanitizeHtml(html: string): string {
  if (!DOMPurify.isSupported) throw new Error('sanitizeHtml needs a browser DOM: refusing to return unsanitized pack HTML');
  installHooks();
  return DOMPurify.sanitize(html, CONFIG) as string;
}
