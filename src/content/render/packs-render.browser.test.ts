/**
 * The built-in packs render cleanly in Chromium: every lesson and a sample of items (authored
 * and generated) produce no KaTeX errors, and every picture survives sanitizing with its alt text.
 */
import { expect } from '@open-wc/testing';
import { generateItem } from '../generators/registry.ts';
import type { Item, Pack } from '../schema.ts';
import { renderInline, renderMarkdown } from './markdown.ts';

async function loadPack(file: string): Promise<Pack> {
  const response = await fetch(new URL(`../../../content/packs/${file}`, import.meta.url));
  return (await response.json()) as Pack;
}

function itemTexts(item: Item): string[] {
  const texts = [item.stem, item.solution, ...item.hints, ...(item.misconceptions ?? []).map((m) => m.feedback)];
  if (item.type === 'multiple-choice') texts.push(...item.choices.map((c) => c.text));
  if (item.type === 'ordering') texts.push(...item.entries.map((e) => e.text));
  return texts;
}

function expectClean(markdown: string, inline = false): void {
  const host = document.createElement('div');
  host.innerHTML = inline ? renderInline(markdown) : renderMarkdown(markdown);
  expect(host.querySelector('.katex-error'), markdown).to.equal(null);
  const images = markdown.match(/!\[[^\]]+\]\(/g)?.length ?? 0;
  expect(host.querySelectorAll('img[alt]').length, markdown).to.equal(images);
}

for (const file of ['fractions-3-6.json', 'spreadsheet-formulas.json']) {
  describe(`render: built-in pack ${file}`, () => {
    it('renders every lesson without math errors', async () => {
      const pack = await loadPack(file);
      for (const skill of pack.skills) {
        expectClean(skill.lesson.explanation);
        expectClean(skill.lesson.workedExample);
      }
    });

    it('renders authored and generated items without math errors, pictures kept', async () => {
      const pack = await loadPack(file);
      const generated = (pack.generators ?? []).flatMap((g) => [0, 1, 2].map((seed) => generateItem(g, seed)));
      for (const item of [...(pack.items ?? []), ...generated]) {
        for (const text of itemTexts(item)) expectClean(text);
        if (item.type === 'multiple-choice') item.choices.forEach((c) => expectClean(c.text, true));
      }
    });
  });
}
