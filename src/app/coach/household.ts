/**
 * Who is using the app right now. Several learners can share one device (a homeschool family),
 * so every page reads the current learner from here and shows only that learner's data.
 *
 * The current learner's id is a household setting, so the device reopens on the same profile.
 * Coach mode (unlocked by the coach's PIN in the Coach page) is kept in memory only: a reload or
 * a closed tab always returns to the learner's view, never to a coach session someone forgot.
 */
import { appDb, type WayfindDb } from '../../data/db.ts';
import { createLearner, listLearners, updateLearner, type NewLearner } from '../../data/learners.ts';
import { observeQuery, type LiveSubscription } from '../../data/live.ts';
import type { JsonValue, Learner } from '../../data/records.ts';
import { getSetting, setSetting } from '../../data/settings.ts';

export const CURRENT_LEARNER_SETTING = 'currentLearnerId';
export const COACH_PIN_SETTING = 'coachPin';

export interface HouseholdSnapshot {
  /** False until the first read from the database has finished. */
  loaded: boolean;
  learners: readonly Learner[];
  current: Learner | null;
  /** A coach PIN has been set: credentials then need the coach's approval. */
  hasCoach: boolean;
  /** The coach has unlocked coach mode in this tab. */
  coachMode: boolean;
}

/** Fires 'change' whenever the snapshot changes (a profile added, renamed, switched, coach mode). */
export class HouseholdService extends EventTarget {
  #snapshot: HouseholdSnapshot = { loaded: false, learners: [], current: null, hasCoach: false, coachMode: false };
  /** A switch published to the page but not yet read back from the database. */
  #pendingId: string | null = null;
  #subscription: LiveSubscription | undefined;
  readonly ready: Promise<void>;
  #resolveReady!: () => void;

  constructor(readonly db: WayfindDb = appDb()) {
    super();
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  get snapshot(): HouseholdSnapshot {
    return this.#snapshot;
  }

  get current(): Learner | null {
    return this.#snapshot.current;
  }

  /** Starts watching the learners table (in this tab and others). Safe to call more than once. */
  start(): void {
    if (this.#subscription) return;
    const source = observeQuery(async () => ({
      learners: await listLearners(this.db),
      currentId: await getSetting<string | null>(this.db, CURRENT_LEARNER_SETTING, null),
      hasCoach: (await getSetting<JsonValue>(this.db, COACH_PIN_SETTING, null)) !== null,
    }));
    this.#subscription = source.subscribe({
      next: ({ learners, currentId, hasCoach }) => {
        // A read that started before the latest switch was stored must not switch back.
        if (this.#pendingId === currentId) this.#pendingId = null;
        const wanted = this.#pendingId ?? currentId;
        const current = learners.find((learner) => learner.id === wanted) ?? learners[0] ?? null;
        this.#publish({ loaded: true, learners, current, hasCoach, coachMode: this.#snapshot.coachMode && hasCoach });
        this.#resolveReady();
      },
      error: (error) => {
        console.error('Wayfind could not read the household profiles.', error);
        this.#publish({ ...this.#snapshot, loaded: true });
        this.#resolveReady();
      },
    });
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }

  /** Switches to another learner's profile (remembered on this device). */
  async select(learnerId: string): Promise<void> {
    const learner = this.#snapshot.learners.find((candidate) => candidate.id === learnerId);
    if (!learner) throw new Error(`No learner with id ${learnerId}.`);
    // Always stored: what this service last read may already be out of date.
    this.#pendingId = learnerId;
    this.#publish({ ...this.#snapshot, current: learner });
    await setSetting(this.db, CURRENT_LEARNER_SETTING, learnerId);
  }

  /** Adds a profile and makes it the current one. */
  async create(input: NewLearner): Promise<Learner> {
    const learner = await createLearner(this.db, input);
    const learners = [...this.#snapshot.learners, learner];
    this.#pendingId = learner.id;
    this.#publish({ ...this.#snapshot, learners, current: learner });
    await setSetting(this.db, CURRENT_LEARNER_SETTING, learner.id);
    return learner;
  }

  async rename(learnerId: string, changes: Partial<NewLearner>): Promise<void> {
    await updateLearner(this.db, learnerId, changes);
  }

  /** Called by the Coach page once the PIN was verified (or set for the first time). */
  enterCoachMode(): void {
    this.#publish({ ...this.#snapshot, hasCoach: true, coachMode: true });
  }

  leaveCoachMode(): void {
    if (this.#snapshot.coachMode) this.#publish({ ...this.#snapshot, coachMode: false });
  }

  #publish(snapshot: HouseholdSnapshot): void {
    this.#snapshot = snapshot;
    this.dispatchEvent(new Event('change'));
  }
}
