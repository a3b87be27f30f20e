import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The built-in avatars a learner picks from. Stored by key (never an uploaded photo, so a profile
 * holds nothing that identifies a child). Drawn as inline SVG rather than emoji: a Chromebook in
 * kiosk mode or a Linux machine without an emoji font shows emoji as empty boxes.
 */
const DRAWINGS: Readonly<Record<string, SVGTemplateResult>> = {
  fox: svg`<path d="M4 4l8 7h8l8-7-1 14-11 11L5 18z" fill="#e8772e"/><path d="M6 18l10 11 10-11-5-1-5 4-5-4z" fill="#fff"/>
    <circle cx="11.5" cy="15" r="1.6" fill="#222"/><circle cx="20.5" cy="15" r="1.6" fill="#222"/><path d="M14 24h4l-2 2.5z" fill="#222"/>`,
  owl: svg`<path d="M6 8l4 3h12l4-3v14a10 8 0 01-20 0z" fill="#8a5a32"/><circle cx="11.5" cy="15" r="4.5" fill="#fff"/>
    <circle cx="20.5" cy="15" r="4.5" fill="#fff"/><circle cx="11.5" cy="15" r="2" fill="#222"/><circle cx="20.5" cy="15" r="2" fill="#222"/>
    <path d="M14.5 19h3L16 22z" fill="#f2a541"/>`,
  turtle: svg`<ellipse cx="26" cy="19" rx="4" ry="3" fill="#6cab45"/><path d="M5 22l-1 4h4l1-3zm18 0l1 4h4l-1-4zM10 22l-1 4h4v-3zm8 1v3h4l-1-4z" fill="#6cab45"/>
    <path d="M3 22a12 11 0 0124 0z" fill="#2f7d4a"/><path d="M9 16l6-4 6 4-2 5h-8z" fill="#4f9d5f"/><circle cx="27" cy="18" r="0.9" fill="#222"/>`,
  cat: svg`<path d="M5 4l6 6h10l6-6v14a11 10 0 01-22 0z" fill="#9aa3ad"/><circle cx="11.5" cy="16" r="1.8" fill="#2d3a1e"/>
    <circle cx="20.5" cy="16" r="1.8" fill="#2d3a1e"/><path d="M14.5 20h3L16 22z" fill="#e48aa0"/>
    <path d="M2 19l8 1M2 23l8-1M30 19l-8 1M30 23l-8-1" stroke="#444" stroke-width="0.8"/>`,
  dog: svg`<ellipse cx="16" cy="17" rx="10" ry="11" fill="#c98d4b"/><path d="M6 7c-4 1-5 9-3 13l5-3zM26 7c4 1 5 9 3 13l-5-3z" fill="#6e4524"/>
    <ellipse cx="16" cy="23" rx="5" ry="4" fill="#f1d3ad"/><circle cx="12" cy="15" r="1.6" fill="#222"/><circle cx="20" cy="15" r="1.6" fill="#222"/>
    <ellipse cx="16" cy="21" rx="2" ry="1.4" fill="#222"/>`,
  panda: svg`<circle cx="7" cy="7" r="4" fill="#222"/><circle cx="25" cy="7" r="4" fill="#222"/><circle cx="16" cy="17" r="12" fill="#fff" stroke="#222" stroke-width="1"/>
    <ellipse cx="11" cy="16" rx="3" ry="4" fill="#222" transform="rotate(-25 11 16)"/><ellipse cx="21" cy="16" rx="3" ry="4" fill="#222" transform="rotate(25 21 16)"/>
    <circle cx="11.5" cy="15.5" r="1" fill="#fff"/><circle cx="20.5" cy="15.5" r="1" fill="#fff"/><ellipse cx="16" cy="22" rx="2" ry="1.4" fill="#222"/>`,
  rocket: svg`<path d="M16 2c5 4 7 10 6 18H10C9 12 11 6 16 2z" fill="#e9edf2" stroke="#51606e" stroke-width="1"/><path d="M10 14l-5 7v3l5-2zM22 14l5 7v3l-5-2z" fill="#d64541"/>
    <circle cx="16" cy="12" r="3" fill="#3d8fd1" stroke="#51606e" stroke-width="1"/><path d="M12 21h8l-2 5-2 4-2-4z" fill="#f2a541"/>`,
  star: svg`<path d="M16 2l4.2 8.8 9.6 1.3-7 6.7 1.7 9.6L16 23.8l-8.5 4.6 1.7-9.6-7-6.7 9.6-1.3z" fill="#f5c518" stroke="#c9961a" stroke-width="1"/>`,
  tree: svg`<rect x="14" y="20" width="4" height="10" fill="#7a4b27"/><circle cx="16" cy="10" r="7" fill="#3f9b48"/><circle cx="10" cy="16" r="6" fill="#2f8a3d"/>
    <circle cx="22" cy="16" r="6" fill="#2f8a3d"/><circle cx="16" cy="17" r="5" fill="#3f9b48"/>`,
  book: svg`<path d="M6 4h18a2 2 0 012 2v22H8a2 2 0 01-2-2z" fill="#2f6db5"/><path d="M8 24h18v4H8a2 2 0 010-4z" fill="#fff" stroke="#2f6db5" stroke-width="1"/>
    <rect x="11" y="8" width="11" height="3" rx="1" fill="#dbe8f7"/>`,
  bike: svg`<circle cx="8" cy="21" r="6" fill="none" stroke="#333" stroke-width="2.2"/><circle cx="24" cy="21" r="6" fill="none" stroke="#333" stroke-width="2.2"/>
    <path d="M8 21l5-10h9l2 10M13 11l5 10 4-10M11 8h5M22 11l-1-4h3" fill="none" stroke="#d64541" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`,
  guitar: svg`<path d="M21 3l3 3-8 9z" fill="#6e4524"/><path d="M22 2l4 4 2-2-4-4z" fill="#333"/>
    <path d="M15 12c2-2 5 1 3 3-1 1-1 3 0 4 3 3-1 10-6 10-5 0-9-4-9-9 0-5 7-9 10-6 1 1 3 1 2-2z" fill="#e08a2c" stroke="#8a4d16" stroke-width="1"/>
    <circle cx="12" cy="19" r="2.2" fill="#5a3212"/><path d="M8 23l3 3" stroke="#5a3212" stroke-width="1.5"/>`,
};

/** Unknown keys (e.g. from a newer version) get a neutral face. */
const FALLBACK = svg`<circle cx="16" cy="16" r="13" fill="#f5c518" stroke="#c9961a" stroke-width="1"/><circle cx="11.5" cy="13" r="1.8" fill="#222"/>
  <circle cx="20.5" cy="13" r="1.8" fill="#222"/><path d="M10 19c3 4 9 4 12 0" fill="none" stroke="#222" stroke-width="1.8" stroke-linecap="round"/>`;

export const AVATAR_KEYS = Object.keys(DRAWINGS);

/**
 * A stored avatar drawn as an inline SVG, one em square (so the surrounding font-size sizes it).
 * Hidden from assistive technology: the places that show it carry the learner's name or the
 * avatar's name (`avatarName`) as text or as the control's label.
 */
export function avatarImage(key: string): TemplateResult {
  return html`<svg class="avatar-image" viewBox="0 0 32 32" width="1em" height="1em" aria-hidden="true" focusable="false" style="vertical-align: -0.15em">
    ${DRAWINGS[key] ?? FALLBACK}
  </svg>`;
}

/** The avatar's name, spoken where the picture is the only thing a control shows. */
export function avatarName(key: string): string {
  const names: Record<string, string> = {
    fox: msg('Fox'),
    owl: msg('Owl'),
    turtle: msg('Turtle'),
    cat: msg('Cat'),
    dog: msg('Dog'),
    panda: msg('Panda'),
    rocket: msg('Rocket'),
    star: msg('Star'),
    tree: msg('Tree'),
    book: msg('Book'),
    bike: msg('Bike'),
    guitar: msg('Guitar'),
  };
  return names[key] ?? key;
}
