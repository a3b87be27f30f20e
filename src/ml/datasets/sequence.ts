/**
 * The shapes every knowledge-tracing reader produces and every model consumes.
 *
 * Readers keep the skill ids exactly as the file spells them (`RawSequence`); a `SkillIndex`
 * then maps those ids to a dense 0..S-1 range, because public data sets number their skills
 * with gaps and the models need one input/output slot per skill.
 */

/** One learner's responses in order, with skill ids as written in the source file. */
export interface RawSequence {
  readonly skills: readonly number[];
  readonly correct: readonly number[];
}

/** One learner's responses in order, with skills mapped to the dense index 0..numSkills-1. */
export interface Sequence {
  readonly skills: Int32Array;
  /** 1 = correct, 0 = wrong. */
  readonly correct: Uint8Array;
}

/** A two-way map between the source file's skill ids and the dense index the models use. */
export interface SkillIndex {
  /** Source ids in dense order: `ids[dense] === source id`. */
  readonly ids: readonly number[];
  readonly denseOf: ReadonlyMap<number, number>;
}

/** Builds a dense index over every skill id seen in the given sequences, in ascending id order. */
export function buildSkillIndex(...sets: readonly (readonly RawSequence[])[]): SkillIndex {
  const seen = new Set<number>();
  for (const set of sets) for (const sequence of set) for (const id of sequence.skills) seen.add(id);
  return skillIndexFromIds([...seen].sort((a, b) => a - b));
}

/** Rebuilds an index from the id list stored with a trained model. */
export function skillIndexFromIds(ids: readonly number[]): SkillIndex {
  const denseOf = new Map<number, number>();
  ids.forEach((id, dense) => {
    if (denseOf.has(id)) throw new Error(`Skill id ${id} appears twice in the skill index.`);
    denseOf.set(id, dense);
  });
  return { ids: [...ids], denseOf };
}

export interface DenseSequences {
  readonly sequences: Sequence[];
  /** Responses whose skill the index does not know (a test file with skills the model never saw). */
  readonly droppedResponses: number;
}

/**
 * Maps raw sequences onto an index. Responses on unknown skills are dropped (and counted) rather
 * than failing, since a model cannot say anything about a skill it has no slot for.
 */
export function toDenseSequences(raw: readonly RawSequence[], index: SkillIndex): DenseSequences {
  let droppedResponses = 0;
  const sequences: Sequence[] = [];
  for (const sequence of raw) {
    const skills: number[] = [];
    const correct: number[] = [];
    sequence.skills.forEach((id, i) => {
      const dense = index.denseOf.get(id);
      if (dense === undefined) {
        droppedResponses++;
        return;
      }
      skills.push(dense);
      correct.push(sequence.correct[i] ?? 0);
    });
    if (skills.length > 0) sequences.push({ skills: Int32Array.from(skills), correct: Uint8Array.from(correct) });
  }
  return { sequences, droppedResponses };
}

/** Number of responses across all sequences. */
export function countResponses(sequences: readonly { readonly skills: ArrayLike<number> }[]): number {
  let total = 0;
  for (const sequence of sequences) total += sequence.skills.length;
  return total;
}
