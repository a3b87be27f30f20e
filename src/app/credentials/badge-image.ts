/**
 * A badge picture for a credential without its own image: a small SVG as a `data:` URI, so the
 * credential stays self-contained (no server to host the image, nothing to fetch when viewing).
 */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Up to three initials of the name's significant words ("Fraction Foundations" -> "FF"). */
export function badgeInitials(name: string): string {
  const words = name.split(/[\s:,-]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word) && !/^(and|of|the|for|de|y|la|el)$/i.test(word));
  return words.slice(0, 3).map((word) => [...word][0]!.toUpperCase()).join('') || '★';
}

/** A hexagonal badge with the initials, in colours that read in print and greyscale. */
export function badgeSvg(name: string, { stack = false } = {}): string {
  const fill = stack ? '#7a3e9d' : '#1f6f8b';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img" aria-label="${escapeXml(name)}">`
    + `<polygon points="60,4 110,32 110,88 60,116 10,88 10,32" fill="${fill}" stroke="#0b2a35" stroke-width="4"/>`
    + `<polygon points="60,16 100,38 100,82 60,104 20,82 20,38" fill="none" stroke="#ffffff" stroke-width="2" opacity="0.7"/>`
    + `<text x="60" y="70" font-family="Arial, Helvetica, sans-serif" font-size="30" font-weight="700" text-anchor="middle" fill="#ffffff">${escapeXml(badgeInitials(name))}</text>`
    + `</svg>`;
}

export function badgeImageUri(name: string, options: { stack?: boolean } = {}): string {
  return `data:image/svg+xml;base64,${base64(badgeSvg(name, options))}`;
}
