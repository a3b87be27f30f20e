/**
 * Personalization on the device: after practice, the pack's model is fine-tuned in the worker on
 * this household's own answers (every learner's, for that pack), and the tuned weights serve
 * only when they predict the learners' latest answers better than the shipped model. This
 * service decides when to do it, feeds the worker, and stores or drops the tuned weights.
 *
 * Nothing here blocks the page: the tuning runs in the worker, which keeps serving answers
 * while it learns; callers need not await `maybePersonalize`.
 */
import type { KtBridge, PersonalizeResult, StoredAttempt, TrainProgress } from '../../ml/bridge.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { deletePackModel, householdAttemptsForPack, savePackModel } from '../../data/pack-models.ts';
import { getSetting, setSetting } from '../../data/settings.ts';
import { knowledgeModel, modelSkillIds, modelStatus, openPackModel, readPackForModel, type PackSkillGraph } from './knowledge-model.ts';

/** Tune again only after this many new answers in the pack: fewer would barely move the slice. */
export const NEW_ATTEMPTS_BEFORE_TUNING = 40;
/** Below this many answers in all, the held-out slice (a fifth) is too small to judge by. */
export const MIN_ATTEMPTS_FOR_TUNING = 100;

/** What the last tuning round of a pack saw and decided (a household setting). */
export interface PersonalizationRound {
  attemptsSeen: number;
  at: number;
  kept: 'personalized' | 'shipped';
  shippedAuc: number | null;
  tunedAuc: number | null;
}

const roundSetting = (packId: string): string => `personalization:${packId}`;

export function lastPersonalization(db: WayfindDb, packId: string): Promise<PersonalizationRound | null> {
  return getSetting(db, roundSetting(packId), null) as Promise<PersonalizationRound | null>;
}

export type PersonalizeOutcome =
  | { ran: false; reason: 'too-few-attempts' | 'not-enough-new' | 'fallback-model' | 'busy'; attempts: number }
  /** Something went wrong (worker, storage); nothing changed, and the next session tries again. */
  | { ran: false; reason: 'failed'; error: string }
  | { ran: true; result: PersonalizeResult }
  | { ran: true; cancelled: true };

const running = new Map<string, Promise<PersonalizeOutcome>>();

export interface PersonalizeOptions {
  db?: WayfindDb;
  bridge?: KtBridge;
  /** The pack's skill graph when the caller has it (else read from the household's packs). */
  pack?: PackSkillGraph;
  /** Tune even without enough new answers (the Settings panel's "learn now"). */
  force?: boolean;
  onProgress?: (progress: TrainProgress) => void;
  signal?: AbortSignal;
}

/**
 * Call when a practice session ends (`void maybePersonalize(packId)`; it never rejects).
 * Fine-tunes the pack's model when the household has given at least NEW_ATTEMPTS_BEFORE_TUNING
 * answers in it since the last round (and MIN_ATTEMPTS_FOR_TUNING in all). One round per pack
 * at a time; a call while one runs resolves 'busy' when it ends.
 */
export function maybePersonalize(packId: string, options: PersonalizeOptions = {}): Promise<PersonalizeOutcome> {
  const busy = running.get(packId);
  if (busy) return busy.then((): PersonalizeOutcome => ({ ran: false, reason: 'busy', attempts: 0 }));
  // Never rejects: callers fire and forget it when a session ends.
  const round = personalize(packId, options)
    .catch((error: unknown): PersonalizeOutcome => ({ ran: false, reason: 'failed', error: (error as Error)?.message ?? String(error) }))
    .finally(() => running.delete(packId));
  running.set(packId, round);
  return round;
}

async function personalize(packId: string, options: PersonalizeOptions): Promise<PersonalizeOutcome> {
  const db = options.db ?? appDb();
  const bridge = options.bridge ?? knowledgeModel();
  const household = await householdAttemptsForPack(db, packId);
  const attempts = household.reduce((sum, learner) => sum + learner.attempts.length, 0);
  const last = await lastPersonalization(db, packId);
  if (!options.force) {
    if (attempts < MIN_ATTEMPTS_FOR_TUNING) return { ran: false, reason: 'too-few-attempts', attempts };
    if (last && attempts - last.attemptsSeen < NEW_ATTEMPTS_BEFORE_TUNING) return { ran: false, reason: 'not-enough-new', attempts };
  }
  // Opened once per tab; after an idle shutdown the bridge reloads it by itself.
  if (!modelStatus(packId)) await openPackModel(options.pack ?? (await readPackForModel(db, packId)), db, bridge);
  const skillIds = modelSkillIds(packId);
  if (modelStatus(packId)?.engine !== 'dkt' || !skillIds) return { ran: false, reason: 'fallback-model', attempts };
  const indexOf = new Map(skillIds.map((id, i) => [id, i]));
  // Answers on skills the model has no slot for (a newer pack version) are left out.
  const learners: StoredAttempt[][] = household
    .map((learner) => learner.attempts.filter((a) => indexOf.has(a.skillId)).map((a) => ({ skillIndex: indexOf.get(a.skillId)!, correct: a.correct })))
    .filter((list) => list.length >= 2);
  const result = await bridge.personalize(packId, learners, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if ('cancelled' in result) return { ran: true, cancelled: true };
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  if (result.kept === 'personalized' && result.weights) {
    await savePackModel(db, packId, {
      baseModelVersion: result.baseModelVersion,
      weights: result.weights,
      attemptsUsed: attempts,
      heldOutAucShipped: result.shippedAuc,
      heldOutAucTuned: result.tunedAuc,
    });
  } else {
    // The shipped model now serves in the worker; stored tuned weights would disagree with it.
    await deletePackModel(db, packId);
  }
  const round: PersonalizationRound = { attemptsSeen: attempts, at: Date.now(), kept: result.kept, shippedAuc: finite(result.shippedAuc), tunedAuc: finite(result.tunedAuc) };
  await setSetting(db, roundSetting(packId), { ...round });
  await openPackModel(options.pack ?? (await readPackForModel(db, packId)), db, bridge).catch(() => undefined);
  return { ran: true, result };
}

/** "Reset to the shipped model": forgets the tuned weights and serves the shipped model again. */
export async function resetToShippedModel(packId: string, options: { db?: WayfindDb; bridge?: KtBridge; pack?: PackSkillGraph } = {}): Promise<void> {
  const db = options.db ?? appDb();
  await running.get(packId)?.catch(() => undefined);
  await deletePackModel(db, packId);
  // Learn again only from answers given after the reset, as the Settings panel promises.
  const attemptsSeen = (await householdAttemptsForPack(db, packId)).reduce((sum, learner) => sum + learner.attempts.length, 0);
  const round: PersonalizationRound = { attemptsSeen, at: Date.now(), kept: 'shipped', shippedAuc: null, tunedAuc: null };
  await setSetting(db, roundSetting(packId), { ...round });
  if (modelStatus(packId)) await openPackModel(options.pack ?? (await readPackForModel(db, packId)), db, options.bridge ?? knowledgeModel());
}
