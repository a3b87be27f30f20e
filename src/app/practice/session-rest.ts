/**
 * Two small judgements the practice session makes when it picks the next item: which skills are
 * "resting" (they have every piece of evidence for "mastered" except a correct answer in another
 * session, and already have one today, so more of the same today adds nothing), and when two
 * items are the same question for a learner (a small generator can draw the same numbers twice).
 */
import type { Item, Skill } from '../../content/schema.ts';
import type { MasteryLevel } from '../../data/records.ts';
import { masteryLevel, summariseEvidence, type PracticeAnswer } from './mastery.ts';

export interface RestingInput {
  skills: readonly Pick<Skill, 'id'>[];
  levelOf(skillId: string): MasteryLevel;
  /** Every answer of the learner on the pack, this session's included. */
  history: readonly PracticeAnswer[];
  /** Skills answered right in this session. */
  rightToday: ReadonlySet<string>;
  predictedFor(skillId: string): number;
  lineFor(skillId: string): number;
}

export function restingSkills(input: RestingInput): Set<string> {
  const resting = new Set<string>();
  for (const skill of input.skills) {
    if (input.levelOf(skill.id) === 'mastered' || !input.rightToday.has(skill.id)) continue;
    const answers = input.history.filter((a) => a.skillId === skill.id);
    if (answers.length === 0) continue;
    const evidence = { ...summariseEvidence(answers), sessionsCorrect: Number.POSITIVE_INFINITY };
    if (masteryLevel(evidence, input.predictedFor(skill.id), input.lineFor(skill.id)) === 'mastered') resting.add(skill.id);
  }
  return resting;
}

/** What makes two items the same question for a learner: skill, stem, choices, table. */
export function contentKey(item: Item | undefined): string {
  if (!item) return '';
  const choices = item.type === 'multiple-choice' ? item.choices.map((c) => c.text).join('|') : item.type === 'ordering' ? item.entries.map((e) => e.text).join('|') : '';
  return JSON.stringify([item.skill, item.stem, choices, (item as { table?: unknown }).table ?? null]);
}
