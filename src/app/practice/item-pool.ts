/**
 * The items a session can offer per skill: the pack's own items plus fresh instances from its
 * generators. Generated instances are made on demand from (generator, seed), so a session with
 * dozens of generators costs nothing until an item is shown.
 *
 * Order within a skill: items the learner never answered come first, then the ones answered
 * longest ago, so successive sessions do not open with the same question. Each session draws
 * new generator seeds, which also gives mastery its "different items" evidence.
 */
import { generateItem } from '../../content/generators/registry.ts';
import type { Item, Pack } from '../../content/schema.ts';

/** Generated instances per generator and session (more than any learner answers in one sitting). */
export const INSTANCES_PER_GENERATOR = 8;

export interface ItemPool {
  /** Item ids per skill, in the order they should be offered. */
  readonly itemsBySkill: ReadonlyMap<string, readonly string[]>;
  /** The item with this id (generated on first use), or undefined when the pool has none. */
  item(itemId: string): Item | undefined;
  /**
   * Adds fresh generator instances for a skill (new seeds, so new items); false when the skill
   * has no generator. A session calls it before a skill runs out, so practice never runs dry.
   */
  extend(skillId: string): boolean;
}

export function buildItemPool(
  pack: Pack,
  options: { seed: number; lastAnsweredAt?: ReadonlyMap<string, number>; instancesPerGenerator?: number },
): ItemPool {
  const makers = new Map<string, () => Item>();
  const bySkill = new Map<string, string[]>();
  const add = (skillId: string, itemId: string, make: () => Item) => {
    if (makers.has(itemId)) return;
    makers.set(itemId, make);
    const list = bySkill.get(skillId) ?? [];
    list.push(itemId);
    bySkill.set(skillId, list);
  };
  for (const item of pack.items ?? []) add(item.skill, item.id, () => item);
  const count = options.instancesPerGenerator ?? INSTANCES_PER_GENERATOR;
  const rounds = new Map<string, number>();
  const generate = (skillId: string | null): boolean => {
    let added = false;
    for (const [g, spec] of (pack.generators ?? []).entries()) {
      if (skillId !== null && spec.skill !== skillId) continue;
      const round = rounds.get(spec.id) ?? 0;
      rounds.set(spec.id, round + 1);
      for (let k = round * count; k < (round + 1) * count; k++) {
        // Spread seeds so two generators of one skill never share a seed sequence.
        const seed = (options.seed + k * 7919 + g * 104_729) >>> 0;
        const before = makers.size;
        add(spec.skill, `${spec.id}.s${seed}`, () => generateItem(spec, seed));
        added ||= makers.size > before;
      }
    }
    return added;
  };
  generate(null);
  const last = options.lastAnsweredAt ?? new Map<string, number>();
  for (const [skillId, ids] of bySkill) {
    // Stable sort: never-answered items keep pack order, ahead of the rest.
    bySkill.set(skillId, [...ids].sort((a, b) => (last.get(a) ?? -Infinity) - (last.get(b) ?? -Infinity)));
  }
  const cache = new Map<string, Item>();
  return {
    itemsBySkill: bySkill,
    item(itemId) {
      const cached = cache.get(itemId);
      if (cached) return cached;
      const make = makers.get(itemId);
      if (!make) return undefined;
      const item = make();
      cache.set(itemId, item);
      return item;
    },
    extend: (skillId) => generate(skillId),
  };
}
