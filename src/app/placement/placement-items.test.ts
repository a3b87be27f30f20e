import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item, Pack } from '../../content/index.ts';
import { guessChance, placementGuessFloors, placementItem } from './placement-items.ts';

const fractions = JSON.parse(readFileSync('content/packs/fractions-3-6.json', 'utf8')) as Pack;
const base = { skill: 's', stem: 'q', hints: ['a', 'b'], solution: 'x' };

describe('guessChance', () => {
  it.each<[string, Item, number]>([
    ['a typed number', { ...base, id: 'n', type: 'numeric', answer: 3 }, 0],
    ['a fraction', { ...base, id: 'f', type: 'fraction', answer: '1/2' }, 0],
    ['one of three choices', { ...base, id: 'm', type: 'multiple-choice', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correct: ['b'] }, 1 / 3],
    ['two of three choices together', { ...base, id: 'm2', type: 'multiple-choice', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correct: ['a', 'b'] }, 1 / 7],
    ['an order of three', { ...base, id: 'o', type: 'ordering', entries: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correctOrder: ['a', 'b', 'c'] }, 1 / 6],
  ])('%s', (_, item, chance) => expect(guessChance(item)).toBeCloseTo(chance, 10));
});

describe('placementItem', () => {
  it('asks a typed item when the skill has one besides choice items', () => {
    // equivalent-fractions-models has an authored multiple-choice item and a numeric generator.
    for (let seed = 0; seed < 20; seed++) {
      const item = placementItem(fractions, 'equivalent-fractions-models', new Set(), seed)!;
      expect(item.skill).toBe('equivalent-fractions-models');
      expect(guessChance(item)).toBe(0);
    }
  });

  it('asks a choice item when that is all the skill has', () => {
    const item = placementItem(fractions, 'compare-same-denominator', new Set(), 1)!;
    expect(item.type).toBe('multiple-choice');
  });

  it('never repeats a used item, and says when a skill has none left', () => {
    const numeric = (id: string): Item => ({ ...base, id, skill: 'only', type: 'numeric', answer: 1 });
    const pack = { items: [numeric('one'), numeric('two')], generators: [] };
    const first = placementItem(pack, 'only', new Set(), 4)!;
    const second = placementItem(pack, 'only', new Set([first.id]), 4)!;
    expect(second.id).not.toBe(first.id);
    expect(placementItem(pack, 'only', new Set(['one', 'two']), 4)).toBeUndefined();
  });

  it('gives each Fractions skill the guessing floor of the items it asks', () => {
    const floors = placementGuessFloors(fractions);
    expect(floors.size).toBe(fractions.skills.length);
    expect(floors.get('add-like')).toBe(0);
    expect(floors.get('compare-decimals')).toBeCloseTo(1 / 3, 10);
  });
});
