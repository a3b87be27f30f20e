/**
 * The tutor's next choice with a fresh item. The policy (tutor-policy.ts) picks a skill and an
 * item; this keeps the pool of generated items ahead of the learner and skips instances whose
 * content was already shown this session (a small generator can draw the same numbers twice), so
 * nothing repeats while the skill has fresh items. A repeat comes only when no skill that may be
 * practised has a fresh item left.
 */
import type { Item, Skill } from '../../content/schema.ts';
import type { ItemPool } from './item-pool.ts';
import { contentKey } from './session-rest.ts';
import type { SessionEntry } from './session-types.ts';
import { chooseNextItem, type PolicyInput, type TutorChoice } from './tutor-policy.ts';

/** Keeps at least two fresh items per generated skill ahead of the learner. */
export function refillPool(pool: ItemPool, skills: readonly Pick<Skill, 'id'>[], seenEntries: readonly SessionEntry[]): void {
  const seen = new Set(seenEntries.map((entry) => entry.itemId));
  for (const skill of skills) {
    const fresh = (pool.itemsBySkill.get(skill.id) ?? []).filter((id) => !seen.has(id)).length;
    if (fresh < 2) pool.extend(skill.id);
  }
}

export interface FreshChoiceInput {
  pool: ItemPool;
  /** This session's items so far, oldest first. */
  entries: readonly SessionEntry[];
  /** The policy's input for this moment; the pool's items and the session's entries are added here. */
  policy: Omit<PolicyInput, 'itemsBySkill' | 'session'>;
}

export function chooseFreshItem({ pool, entries, policy }: FreshChoiceInput): { choice: TutorChoice | null; item: Item | undefined } {
  const shown = new Set(entries.map((entry) => contentKey(pool.item(entry.itemId))));
  const skipped: SessionEntry[] = [];
  let firstDuplicate: { choice: TutorChoice; item: Item } | undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    refillPool(pool, policy.skills, [...entries, ...skipped]);
    // Skipped duplicates first: they count as seen without changing which skill came last.
    const input: PolicyInput = { ...policy, itemsBySkill: pool.itemsBySkill, session: [...skipped, ...entries] };
    const choice = chooseNextItem(input) ?? chooseNextItem({ ...input, allowRepeats: true });
    const item = choice ? pool.item(choice.itemId) : undefined;
    if (!choice || !item) return firstDuplicate ?? { choice, item };
    if (!shown.has(contentKey(item)) || skipped.some((entry) => entry.itemId === item.id)) return { choice, item };
    firstDuplicate ??= { choice, item };
    skipped.push({ skillId: choice.skillId, itemId: item.id, review: false });
  }
  // No fresh content anywhere: a repeat beats running dry.
  return firstDuplicate ?? { choice: null, item: undefined };
}
