/**
 * A pack's placement calibration: how noisy answers on each skill are and how often each skill
 * is already mastered when a learner arrives, fitted once per pack (models/placement/calibrate.ts)
 * and shipped beside the pack's model as models/packs/<pack-id>/placement.json.
 *
 * Without it the placement falls back to one textbook guess and slip for every skill and a
 * prior shaped by the graph alone (placement-session.ts), which asks more and places worse: the
 * figures are in bench/README.md. Imported packs have no calibration and use that fallback.
 */
import * as v from 'valibot';
import type { KnowledgeSpace } from './knowledge-space.ts';
import { priorFromLogOdds } from './knowledge-space.ts';
import type { PlacementOptions, ResponseNoise } from './placement.ts';

export const PLACEMENT_CALIBRATION_KIND = 'wayfind-placement-calibration';

const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const skillCalibrationSchema = v.object({
  /** P(correct | not mastered) on this skill. */
  guess: probability,
  /** P(wrong | mastered). */
  slip: probability,
  /** Share of arriving learners who have mastered it. */
  mastered: probability,
  /** The prior's fitted log-odds for the skill (knowledge-space.ts, fitPriorWithLogOdds). */
  logOdds: v.pipe(v.number(), v.finite()),
});

const calibrationSchema = v.object({
  kind: v.literal(PLACEMENT_CALIBRATION_KIND),
  packId: v.pipe(v.string(), v.minLength(1)),
  packVersion: v.pipe(v.string(), v.minLength(1)),
  /** Mean guess and slip over skills, for skills added later. */
  guess: probability,
  slip: probability,
  skills: v.record(v.string(), skillCalibrationSchema),
  /** How it was fitted (simulator, seeds, number of learners), for the record. */
  source: v.record(v.string(), v.unknown()),
  createdAt: v.string(),
});

export type PlacementCalibration = v.InferOutput<typeof calibrationSchema>;

/**
 * Checks a parsed placement.json. Throws an Error that says what is wrong, including a
 * calibration for another pack or another version of it (its skills may have changed).
 */
export function parsePlacementCalibration(data: unknown, pack: { id: string; version: string }): PlacementCalibration {
  const result = v.safeParse(calibrationSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new Error(`placement.json is not a placement calibration${where ? ` (${where}: ${issue.message})` : `: ${issue.message}`}.`);
  }
  const calibration = result.output;
  if (calibration.packId !== pack.id || calibration.packVersion !== pack.version) {
    throw new Error(`placement.json is for ${calibration.packId} ${calibration.packVersion}, not ${pack.id} ${pack.version}.`);
  }
  return calibration;
}

/** The Placement settings a calibration gives for a knowledge space of its pack. */
export function placementOptionsFromCalibration(space: KnowledgeSpace, calibration: PlacementCalibration): Partial<PlacementOptions> {
  const skills = Object.entries(calibration.skills);
  const noiseBySkill = new Map<string, ResponseNoise>(skills.map(([id, skill]) => [id, { guess: skill.guess, slip: skill.slip }]));
  return {
    guess: calibration.guess,
    slip: calibration.slip,
    noiseBySkill,
    prior: priorFromLogOdds(space, new Map(skills.map(([id, skill]) => [id, skill.logOdds]))),
  };
}

/**
 * Fetches a built-in pack's calibration, or null when there is none or it does not fit the pack
 * (the placement then uses its fallback; the reason goes to the console for whoever debugs it).
 */
export async function loadPlacementCalibration(
  pack: { id: string; version: string },
  baseUrl = '/models/',
  fetchFile: typeof fetch = fetch,
): Promise<PlacementCalibration | null> {
  try {
    const response = await fetchFile(`${baseUrl}${encodeURIComponent(pack.id)}/placement.json`);
    if (!response.ok) return null;
    return parsePlacementCalibration(await response.json(), pack);
  } catch (error) {
    console.warn('Placement calibration not used:', error);
    return null;
  }
}
