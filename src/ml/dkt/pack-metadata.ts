import { MAX_GUESS_OR_SLIP, type BktSkillParams } from '../bkt/bkt.ts';

/**
 * metadata.json of a content pack's shipped model (models/packs/<pack-id>/). Unlike the
 * benchmark models, whose skills are numeric dataset ids, a pack's skills are the pack's own
 * string ids: `skillIds[i]` is the skill behind the model's input/output slot i.
 *
 * It also carries the BKT parameters fitted on the same simulated cohort, so that when the
 * weights cannot be used the app still gets a fitted fallback instead of textbook defaults.
 */
export interface PackModelMetadata {
  readonly kind: 'wayfind-pack-model';
  readonly packId: string;
  readonly packVersion: string;
  /** The pack's skill ids in the model's dense order. */
  readonly skillIds: readonly string[];
  readonly hyperparameters: Readonly<Record<string, number | string>>;
  /** Everything needed to regenerate the training and test cohorts. */
  readonly simulator: {
    readonly parameters: Readonly<Record<string, number>>;
    readonly trainCohort: Readonly<Record<string, number>>;
    readonly testCohort: Readonly<Record<string, number>>;
    /** The app-like cohorts (models/simulator/app-like-cohort.ts), when trained or tested on. */
    readonly trainAppLikeCohort?: Readonly<Record<string, number>>;
    readonly testAppLikeCohort?: Readonly<Record<string, number>>;
    /** App-like cohorts from wider populations, each with the simulator parameters it changes. */
    readonly trainWideCohorts?: readonly { readonly cohort: Readonly<Record<string, number>>; readonly parameters: Readonly<Record<string, number>> }[];
  };
  /** Held-out AUC on the (frontier) test cohort (other simulated learners on the same pack). */
  readonly metrics: {
    readonly dktAuc: number;
    readonly bktAuc: number;
    readonly testPredictions: number;
    readonly validationAuc: number | null;
    readonly bestEpoch: number;
    readonly trainSeconds: number;
  };
  /** Fitted per skill, in `skillIds` order. */
  readonly bkt: readonly BktSkillParams[];
  /**
   * Per skill id, the model estimate the skill can actually reach: min(0.8, peak - 0.02), the
   * peak being the skill's highest prediction within 15 right answers in a row after its
   * prerequisites were answered right (estimate-lines.ts). A mastery rule reads its line here;
   * absent in models trained before it existed (use a fallback).
   */
  readonly estimateLines?: Readonly<Record<string, number>>;
  /** DKT+ weights the model was trained with (absent: plain DKT). */
  readonly dktPlus?: { readonly reconstruction: number; readonly waviness1: number; readonly waviness2: number };
  /** Figures per test cohort and for the scripted-run probe (bench/kt-packs.ts prints them). */
  readonly report?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly createdAt: string;
}

export const PACK_MODEL_KIND = 'wayfind-pack-model';

/**
 * Checks a parsed metadata.json well enough that the worker can rely on it; every failure
 * names the field, because this is what the app shows when it falls back to BKT.
 */
export function parsePackModelMetadata(value: unknown, expectedPackId?: string): PackModelMetadata {
  const meta = value as Partial<PackModelMetadata> | null;
  if (!meta || typeof meta !== 'object' || meta.kind !== PACK_MODEL_KIND) {
    throw new Error(`metadata.json is not a ${PACK_MODEL_KIND} file.`);
  }
  if (expectedPackId !== undefined && meta.packId !== expectedPackId) {
    throw new Error(`metadata.json is for pack "${String(meta.packId)}", not "${expectedPackId}".`);
  }
  const ids = meta.skillIds;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw new Error('metadata.json has no list of skill ids.');
  }
  if (new Set(ids).size !== ids.length) throw new Error('metadata.json lists a skill id twice.');
  if (!Array.isArray(meta.bkt) || meta.bkt.length !== ids.length || !meta.bkt.every(isBktParams)) {
    throw new Error(`metadata.json needs one valid BKT parameter set per skill (${ids.length}).`);
  }
  return meta as PackModelMetadata;
}

function isBktParams(params: unknown): params is BktSkillParams {
  const p = params as Partial<BktSkillParams> | null;
  const probability = (x: unknown): boolean => typeof x === 'number' && x >= 0 && x <= 1;
  return (
    !!p &&
    probability(p.prior) &&
    probability(p.learn) &&
    probability(p.guess) &&
    probability(p.slip) &&
    p.guess! <= MAX_GUESS_OR_SLIP + 1e-9 &&
    p.slip! <= MAX_GUESS_OR_SLIP + 1e-9
  );
}

/**
 * Names one trained model: tuned weights record the version they were tuned from, so weights
 * tuned on an older shipped model are never loaded into a newer one.
 */
export function packModelVersion(meta: Pick<PackModelMetadata, 'packId' | 'packVersion' | 'createdAt'>): string {
  return `${meta.packId}@${meta.packVersion} ${meta.createdAt}`;
}
