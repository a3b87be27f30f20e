/**
 * Fraction pictures drawn as SVG data URLs, so generated items carry their own images (no
 * network, nothing outside the pack). Colours avoid parentheses so the URL stays Markdown-safe.
 */
const encode = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg).replace(/'/g, '%27')}`;

/** A bar cut into `parts` equal parts with the first `shaded` shaded. */
export function barModel(parts: number, shaded: number): string {
  const width = 300;
  const part = width / parts;
  const cells = Array.from({ length: parts }, (_, i) =>
    `<rect x="${10 + i * part}" y="10" width="${part}" height="40" fill="${i < shaded ? '#2f6fb2' : '#ffffff'}" stroke="#1b1b1b" stroke-width="2"/>`).join('');
  return encode(`<svg xmlns="http://www.w3.org/2000/svg" width="320" height="60" viewBox="0 0 320 60">${cells}</svg>`);
}

/** A number line from 0 to `wholes`, each whole cut into `parts` equal spaces, with point P at tick `at`. */
export function numberLine(parts: number, wholes: number, at: number): string {
  const left = 20;
  const length = 300;
  const step = length / (parts * wholes);
  const ticks = Array.from({ length: parts * wholes + 1 }, (_, i) => {
    const x = left + i * step;
    const major = i % parts === 0;
    const label = major ? `<text x="${x}" y="62" font-size="14" text-anchor="middle" font-family="sans-serif">${i / parts}</text>` : '';
    return `<line x1="${x}" y1="${major ? 22 : 28}" x2="${x}" y2="${major ? 48 : 42}" stroke="#1b1b1b" stroke-width="2"/>${label}`;
  }).join('');
  const px = left + at * step;
  const point = `<circle cx="${px}" cy="35" r="6" fill="#c0392b"/><text x="${px}" y="16" font-size="14" text-anchor="middle" font-family="sans-serif" font-weight="bold">P</text>`;
  return encode(`<svg xmlns="http://www.w3.org/2000/svg" width="340" height="70" viewBox="0 0 340 70"><line x1="${left}" y1="35" x2="${left + length}" y2="35" stroke="#1b1b1b" stroke-width="2"/>${ticks}${point}</svg>`);
}
