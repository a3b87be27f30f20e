/** Learner goals: earn a credential, bring skills to a level, or practise minutes a day. */
import { newId, type WayfindDb } from './db.ts';
import type { Goal } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewGoal = Omit<Goal, 'id' | 'createdAt' | 'completedAt'>;

export async function addGoal(db: WayfindDb, input: NewGoal, now = Date.now()): Promise<Goal> {
  const goal: Goal = { ...input, id: newId(), createdAt: now, completedAt: null };
  await guardQuota('the goal', () => db.goals.add(goal));
  return goal;
}

export function getGoal(db: WayfindDb, id: string): Promise<Goal | undefined> {
  return db.goals.get(id);
}

/** The learner's goals, newest first. */
export function listGoals(db: WayfindDb, learnerId: string): Promise<Goal[]> {
  return db.goals
    .where('[learnerId+createdAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export async function updateGoal(db: WayfindDb, id: string, changes: Partial<NewGoal>): Promise<void> {
  await guardQuota('the goal', () => db.goals.update(id, changes));
}

/** Marks a goal reached (`now`), or open again (null). */
export async function completeGoal(db: WayfindDb, id: string, now: number | null = Date.now()): Promise<void> {
  await guardQuota('the goal', () => db.goals.update(id, { completedAt: now }));
}

export function deleteGoal(db: WayfindDb, id: string): Promise<void> {
  return db.goals.delete(id);
}
