/** Read-aloud text derived from stems (Node: no DOM needed). */
import { describe, expect, it } from 'vitest';
import type { Item } from '../schema.ts';
import { readAloudText, speakMarkdown, speakTex } from './read-aloud.ts';

describe('read-aloud', () => {
  it.each([
    ['\\tfrac{3}{4}', '3 over 4'],
    ['2\\tfrac{1}{3}', '2 and 1 over 3'],
    ['6 \\times \\tfrac{2}{3} = 4', '6 times 2 over 3 equals 4'],
    ['\\tfrac{1}{2} \\div 3', '1 over 2 divided by 3'],
    ['\\tfrac{a}{b} \\;\\square\\; \\tfrac{c}{d}', 'a over b blank c over d'],
    ['10-2^2', '10 minus 2 squared'],
  ])('speaks %s', (tex, words) => expect(speakTex(tex)).toBe(words));

  it('reduces Markdown to words and images to their alt text', () => {
    expect(speakMarkdown('**Look:** ![a bar cut into 4 parts](x.svg)\n\nWhat is *shaded*?')).toBe('Look: a bar cut into 4 parts. What is shaded?');
  });

  it('prefers the author\'s read-aloud text, else derives it with choices and tables', () => {
    const mc = { id: 'm', skill: 's', type: 'multiple-choice', stem: 'Pick $\\tfrac{1}{2}$', hints: ['a', 'b'], solution: 's', choices: [{ id: 'a', text: 'yes' }, { id: 'b', text: 'no' }], correct: ['a'], table: { header: true, rows: [['Item', 'Qty'], ['Pen', 3]] } } as Item;
    expect(readAloudText(mc)).toBe('Pick 1 over 2. The table has 1 row, with the columns Item, Qty. The choices are: yes; no.');
    expect(readAloudText({ ...mc, readAloud: 'Custom.' })).toBe('Custom.');
  });
});

describe('read aloud in Spanish', () => {
  it('speaks TeX in Spanish words for a Spanish item', () => {
    expect(speakTex('2\\tfrac{1}{3} + \\tfrac{3}{4} = 0{,}5', 'es')).toBe('2 y 1 sobre 3 más 3 sobre 4 es igual a 0,5');
    expect(speakMarkdown('Halla $\\tfrac{3}{4} \\div 2$.', 'es')).toBe('Halla 3 sobre 4 entre 2.');
  });
});
