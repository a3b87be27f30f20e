/**
 * Which item a placement question is asked with.
 *
 * Placement has no feedback and every answer moves the belief about many skills, so a lucky
 * guess costs more here than in practice. So among a skill's items it asks one a learner is
 * least likely to guess: typed answers (a number, a fraction, a word, a formula) before choices
 * and orderings, as ALEKS does with its free-response items. A skill with only choice items is
 * asked with those, and the chance of guessing them is part of its calibrated noise.
 */
import { generateItem, type Item, type Pack } from '../../content/index.ts';

/** The chance of answering `item` correctly by guessing blindly. */
export function guessChance(item: Item): number {
  switch (item.type) {
    case 'multiple-choice':
      // One correct choice: 1 in k. Several to select together: one subset of 2^k - 1.
      return item.correct.length === 1 ? 1 / item.choices.length : 1 / (2 ** item.choices.length - 1);
    case 'ordering':
      return 1 / factorial(item.entries.length);
    default:
      return 0;
  }
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** The pack's items for a skill not yet used, authored ones and one freshly generated per generator. */
function candidates(pack: Pick<Pack, 'items' | 'generators'>, skillId: string, used: ReadonlySet<string>, seed: number): Item[] {
  const authored = (pack.items ?? []).filter((item) => item.skill === skillId && !used.has(item.id));
  const generated: Item[] = [];
  (pack.generators ?? []).filter((spec) => spec.skill === skillId).forEach((spec, g) => {
    for (let tries = 0; tries < 5; tries++) {
      const item = generateItem(spec, (seed + g * 7919 + tries * 104_729) >>> 0);
      if (!used.has(item.id)) {
        generated.push(item);
        return;
      }
    }
  });
  return [...authored, ...generated];
}

/**
 * The item to ask about `skillId`: one of the unused items hardest to guess, varied by `seed`
 * (a retake sees other items). Undefined when the skill has no unused item left.
 */
export function placementItem(pack: Pick<Pack, 'items' | 'generators'>, skillId: string, used: ReadonlySet<string>, seed: number): Item | undefined {
  const items = candidates(pack, skillId, used, seed);
  if (items.length === 0) return undefined;
  const lowest = Math.min(...items.map(guessChance));
  const hardest = items.filter((item) => guessChance(item) <= lowest + 1e-12);
  return hardest[Math.abs(seed) % hardest.length];
}

/** The guessing chance of the items placement asks about each skill (by skill id). */
export function placementGuessFloors(pack: Pick<Pack, 'items' | 'generators'> & { skills: readonly { id: string }[] }): Map<string, number> {
  return new Map(pack.skills.map((skill) => {
    const item = placementItem(pack, skill.id, new Set(), 1);
    return [skill.id, item ? guessChance(item) : 0];
  }));
}
