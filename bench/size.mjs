#!/usr/bin/env node
// `npm run size`: gzip sizes of the built JavaScript. "First paint" is the entry chunk and every
// chunk it imports statically (what the browser must fetch before <wf-app> can draw); everything
// else is a lazy chunk, loaded on demand. Budget: 120 KB gzip before first paint.
// Ends with one JSON line: {"first_paint_kb_gz": N, "chunks": {...}}; exits 1 when over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024;
const round = (kb) => Math.round(kb * 100) / 100;

const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in dist/.vite/manifest.json: run `npm run build` first.');

// Walk the static import graph from the entry.
const firstPaint = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstPaint.has(chunk.file)) return;
  firstPaint.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const allJs = readdirSync('dist/assets').filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`);
const firstPaintKb = [...firstPaint].reduce((sum, file) => sum + gzipKb(file), 0);
const chunks = Object.fromEntries(
  allJs.filter((file) => !firstPaint.has(file)).map((file) => [file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), round(gzipKb(file))]).sort((a, b) => b[1] - a[1]),
);

console.log('Before first paint (gzip):');
for (const file of firstPaint) console.log(`  ${file.padEnd(56)} ${gzipKb(file).toFixed(2).padStart(8)} KB`);
console.log(`  ${'total'.padEnd(56)} ${firstPaintKb.toFixed(2).padStart(8)} KB  (budget ${BUDGET_KB} KB: ${firstPaintKb <= BUDGET_KB ? 'within' : 'OVER'})`);
console.log('Lazy chunks (gzip):');
for (const [name, kb] of Object.entries(chunks)) console.log(`  ${name.padEnd(56)} ${kb.toFixed(2).padStart(8)} KB`);
console.log(JSON.stringify({ first_paint_kb_gz: round(firstPaintKb), chunks }));
// Over budget fails the command, so `npm test` (scripts/test-all.mjs) catches a regression.
if (firstPaintKb > BUDGET_KB) process.exitCode = 1;
