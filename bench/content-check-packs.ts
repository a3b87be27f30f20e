/**
 * The packs bench:content-check times: the built-in packs, the hostile formula packs of the
 * tests, and packs built to sit at each size limit (text, generators, images), where a pack is
 * slowest to check while still within the rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MAX_PACK_TEXT_BYTES } from '../src/content/load.ts';
import { hostileFormulaPacks } from '../src/content/testing/hostile-formula-packs.ts';
import { minimalPack } from '../src/content/testing/minimal-pack.ts';

export interface BenchPack { label: string; text: string }

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function fillToTextLimit(label: string, item: (i: number) => Record<string, unknown>): BenchPack {
  const pack = minimalPack();
  let size = JSON.stringify(pack).length;
  for (let i = 0; ; i++) {
    const next = item(i);
    const length = JSON.stringify(next).length + 1;
    // Stay a little under the limit (the limit counts text a little differently from JSON length).
    if (size + length > MAX_PACK_TEXT_BYTES * 0.9) break;
    pack.items.push(next);
    size += length;
  }
  return { label, text: JSON.stringify(pack) };
}

const base = (id: string) => ({ id, skill: 'halves', hints: ['Look again at the **parts**.', 'Two equal parts: $\\tfrac{1}{2}$.'], solution: 'Half is $\\tfrac{1}{2}$, since $2 \\times \\tfrac{1}{2} = 1$.' });

export function benchPacks(): BenchPack[] {
  const builtIn = readdirSync(path.join(root, 'content/packs')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ label: `built-in ${f}`, text: readFileSync(path.join(root, 'content/packs', f), 'utf8') }));
  const hostile = hostileFormulaPacks().map((h) => ({ label: `hostile: ${h.label}`, text: JSON.stringify(h.pack) }));

  const fractions = JSON.parse(builtIn.find((p) => p.label.includes('fractions'))!.text) as { generators: { id: string; skill: string }[] };
  const fiftyGenerators = minimalPack();
  fiftyGenerators.skills[1].id = 'quarters';
  fiftyGenerators.generators = Array.from({ length: 50 }, (_, i) => ({ ...fractions.generators[i % fractions.generators.length], id: `g${i}`, skill: 'quarters' }));

  const pixel = 'data:image/png;base64,' + 'A'.repeat(9 * 1024 * 1024);
  const bigImage = minimalPack();
  bigImage.assets = { 'big.png': pixel };

  return [
    ...builtIn,
    ...hostile,
    fillToTextLimit('at the text limit: multiple-choice items with TeX', (i) => ({ ...base(`m${i}`), type: 'multiple-choice', stem: `Which is half of ${i}? ${'Think of $\\frac{a}{b}$ and *equal parts*. '.repeat(8)}`, choices: [{ id: 'a', text: '$\\frac{1}{2}$' }, { id: 'b', text: '$\\frac{1}{3}$' }], correct: ['a'] })),
    fillToTextLimit('at the text limit: long Markdown stems', (i) => ({ ...base(`s${i}`), type: 'short-text', stem: `Item ${i}. ${'Long text with *emphasis*, a [link](https://example.org) and $x^2 + \\sqrt{y}$ maths. '.repeat(180)}`, answers: ['x'] })),
    fillToTextLimit('at the text limit: formula items on 26x30 tables', (i) => ({ ...base(`f${i}`), type: 'formula', stem: 'Total?', table: { rows: Array.from({ length: 30 }, (_, r) => Array.from({ length: 26 }, (_, c) => (r === 0 ? `=SUM(A2:Z30)+${c}` : r * c))) }, target: 'A31', answer: '=SUM(A1:Z30)', fillDown: 0, checkTables: [{ rows: [[1, 2], [3, 4]] }] })),
    { label: 'at the generator limit: 50 fraction generators', text: JSON.stringify(fiftyGenerators) },
    { label: 'a 9 MB image asset', text: JSON.stringify(bigImage) },
  ];
}
