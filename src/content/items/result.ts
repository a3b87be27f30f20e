/** What every item checker returns, and the learner's response shape. */

/** Text typed by the learner, or the ids chosen (multiple choice) or arranged (ordering). */
export type LearnerResponse = string | readonly string[];

export interface CheckResult {
  correct: boolean;
  /** Shown to the learner: author misconception feedback, or why an equal answer is not accepted yet. */
  feedback?: string;
  /** True when the feedback is the author's note on a recognised misconception. */
  misconception?: boolean;
  /** True when the response could not be read at all (it should not count as a wrong attempt). */
  unreadable?: boolean;
}

export const asText = (r: LearnerResponse): string => (typeof r === 'string' ? r : r.join(','));
export const asList = (r: LearnerResponse): string[] =>
  typeof r === 'string' ? r.split(',').map((s) => s.trim()).filter(Boolean) : [...r];

/** Finds author feedback for a wrong answer, using the item type's own notion of "same answer". */
export function misconceptionFeedback<T>(
  misconceptions: readonly { answer: string; feedback: string }[] | undefined,
  response: T,
  same: (authored: string, response: T) => boolean,
): CheckResult | undefined {
  const hit = misconceptions?.find((m) => same(m.answer, response));
  return hit ? { correct: false, feedback: hit.feedback, misconception: true } : undefined;
}
