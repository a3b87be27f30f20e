/**
 * The portfolio's index.html: one self-contained page that opens from the file system in any
 * browser, prints cleanly, and runs no script (its Content-Security-Policy forbids any). Every
 * value is escaped; only `data:image/` badge images and the zip's own attachments are shown.
 */
import type { PortfolioIndex } from './portfolio-format.ts';

export interface HtmlCredential {
  path: string;
  achievementName: string;
  description: string;
  issuerName: string;
  selfIssued: boolean;
  issuedAt: string;
  id: string;
  fingerprint: string;
  image: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root { color-scheme: light; --ink: #1c2530; --muted: #55606b; --accent: #1f6f8b; --line: #d5dde3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #f4f7f9; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 4px solid var(--accent); margin-bottom: 1.5rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; color: var(--accent); }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.muted { color: var(--muted); }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 1rem; break-inside: avoid; }
.badge { display: flex; gap: .75rem; align-items: flex-start; }
.badge img { width: 64px; height: 64px; flex: none; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0 0; font-size: .9rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
code { font-size: .8rem; }
.thumbs { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .5rem; }
.thumbs img { max-width: 10rem; max-height: 8rem; border-radius: 6px; border: 1px solid var(--line); }
a { color: var(--accent); }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .card { border-color: #999; }
  a { color: inherit; text-decoration: none; }
}`;

function date(iso: string): string {
  return escapeHtml(iso.slice(0, 10));
}

function credentialCard(c: HtmlCredential): string {
  const image = c.image && /^data:image\/(svg\+xml|png|jpeg|gif|webp)[;,]/.test(c.image) ? `<img src="${escapeHtml(c.image)}" alt="">` : '';
  return `<article class="card badge">${image}<div>
<h3>${escapeHtml(c.achievementName)}</h3>
<p>${escapeHtml(c.description)}</p>
<dl>
<dt>Issued by</dt><dd>${escapeHtml(c.issuerName)}${c.selfIssued ? ' (self-issued)' : ''}</dd>
<dt>Date</dt><dd>${date(c.issuedAt)}</dd>
<dt>Credential id</dt><dd><code>${escapeHtml(c.id)}</code></dd>
<dt>Fingerprint (SHA-256)</dt><dd><code>${escapeHtml(c.fingerprint)}</code></dd>
<dt>File</dt><dd><a href="${escapeHtml(c.path)}">${escapeHtml(c.path)}</a></dd>
</dl></div></article>`;
}

export function renderPortfolioHtml(index: PortfolioIndex, credentials: HtmlCredential[], skillNames: ReadonlyMap<string, string>): string {
  const name = escapeHtml(index.learner.displayName);
  const projects = index.projects.map((p) => {
    const dates = [p.startDay, p.endDay].filter(Boolean).map((d) => escapeHtml(d!)).join(' – ');
    const images = p.attachments.filter((a) => a.type.startsWith('image/'));
    const files = p.attachments.map((a) => `<li><a href="${escapeHtml(a.path)}">${escapeHtml(a.name)}</a>${a.note ? ` – ${escapeHtml(a.note)}` : ''}</li>`).join('');
    return `<article class="card"><h3>${escapeHtml(p.title)}</h3>
${dates ? `<p class="muted">${dates}</p>` : ''}
<p>${escapeHtml(p.description)}</p>
${p.skillIds.length ? `<p class="muted">Skills: ${p.skillIds.map((id) => escapeHtml(skillNames.get(id) ?? id)).join(', ')}</p>` : ''}
${images.length ? `<div class="thumbs">${images.map((a) => `<img src="${escapeHtml(a.path)}" alt="${escapeHtml(a.note || a.name)}">`).join('')}</div>` : ''}
${files ? `<ul>${files}</ul>` : ''}</article>`;
  }).join('\n');
  const reflections = index.reflections.map((r) => `<article class="card"><p class="muted">${date(r.createdAt)}</p><p>${escapeHtml(r.text)}</p></article>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data: file: 'self'">
<title>Portfolio of ${name}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>Portfolio of ${name}</h1><p class="muted">Made with Wayfind on ${date(index.createdAt)}. Learner id: <code>${escapeHtml(index.learner.subjectId)}</code></p></header>
<section><h2>Credentials</h2>
${credentials.length ? `<div class="grid">${credentials.map(credentialCard).join('\n')}</div>` : '<p>No credentials yet.</p>'}
${index.clr ? `<p class="muted">All credentials are also bundled, signed, in the Comprehensive Learner Record <a href="${escapeHtml(index.clr)}">${escapeHtml(index.clr)}</a>.</p>` : ''}
</section>
<section><h2>Projects</h2>
${projects ? `<div class="grid">${projects}</div>` : '<p>No projects yet.</p>'}
</section>
${reflections ? `<section><h2>Reflections</h2><div class="grid">${reflections}</div></section>` : ''}
<footer>Each credential is an Open Badges 3.0 file signed on the learner's device. Any Open Badges verifier can check it; the fingerprint above is the SHA-256 of the file, listed again in manifest.json.</footer>
</main>
</body>
</html>
`;
}
