/**
 * Parameters of the simulated learners. Every probability a simulated answer depends on comes
 * from these numbers. With the default cohort options (8 sessions of 15 answers, 3 days apart)
 * on a six-skill graph the defaults give about 57% correct answers, clear learning curves and
 * visible forgetting between sessions.
 */
export interface SimulatorParameters {
  /** Spread (standard deviation) of a learner's general ability, in logits. */
  readonly abilitySd: number;
  /** Mean of a learner's general ability, in logits (0 when left out: the default population). */
  readonly abilityMean?: number;
  /** Spread of a learner's skill-specific ability around their general ability, in logits. */
  readonly skillAbilitySd: number;
  /** Spread of skill difficulty, in logits (each skill's difficulty is drawn once per cohort). */
  readonly difficultySd: number;
  /** Logits that full mastery adds to the chance of answering correctly. */
  readonly masteryWeight: number;
  /** Mastery a learner brings to a skill before practising it: a fraction drawn from [0, this]. */
  readonly maxInitialMastery: number;
  /** P(correct) floor from guessing (e.g. multiple choice). */
  readonly guess: number;
  /** P(wrong) even at full mastery from slips. */
  readonly slip: number;
  /** Share of the remaining gap to full mastery closed by one correct answer. */
  readonly learnFromCorrect: number;
  /** Same for a wrong answer with feedback (people learn from errors, but less). */
  readonly learnFromWrong: number;
  /** Same for a hint that is read. */
  readonly learnFromHint: number;
  /**
   * Prerequisites gate learning: the learning rate is multiplied by the mean mastery of the
   * skill's prerequisites raised to this power (0 = no gating).
   */
  readonly prerequisiteGate: number;
  /** Fully mastered prerequisites speed learning up by this factor on top (1 = no speed-up). */
  readonly prerequisiteSpeedup: number;
  /** Days after which unpractised mastery decays to 1/e of itself, for a skill practised once. */
  readonly initialStabilityDays: number;
  /** Each practice multiplies the stability by this (spaced practice makes memories last). */
  readonly stabilityGrowth: number;
}

export const DEFAULT_SIMULATOR_PARAMETERS: SimulatorParameters = {
  abilitySd: 1,
  skillAbilitySd: 0.5,
  difficultySd: 1,
  masteryWeight: 5,
  maxInitialMastery: 0.4,
  guess: 0.2,
  slip: 0.08,
  learnFromCorrect: 0.25,
  learnFromWrong: 0.12,
  learnFromHint: 0.15,
  prerequisiteGate: 1,
  prerequisiteSpeedup: 1.5,
  initialStabilityDays: 7,
  stabilityGrowth: 1.6,
};
