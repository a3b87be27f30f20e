import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HouseholdService, HouseholdSnapshot } from '../../app/coach/index.ts';
import { householdContext } from '../app/contexts.ts';
import type { WayfindDb } from '../../data/db.ts';
import type { Learner } from '../../data/records.ts';
import { LiveQueryController } from './live-query-controller.ts';

const EMPTY: HouseholdSnapshot = { loaded: false, learners: [], current: null, hasCoach: false, coachMode: false };

/**
 * Gives a component the household (learners, the current learner, coach mode) from
 * `householdContext`, and re-renders it whenever any of that changes.
 *
 * ```ts
 * readonly household = new HouseholdController(this);
 * render() { const learner = this.household.current; ... }
 * ```
 */
export class HouseholdController implements ReactiveController {
  #service: HouseholdService | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & ReactiveElement) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: householdContext,
      subscribe: true,
      callback: (service) => {
        this.#service?.removeEventListener('change', this.#onChange);
        this.#service = service;
        service.addEventListener('change', this.#onChange);
        host.requestUpdate();
      },
    });
  }

  /** The service itself (to switch learners, create one, enter coach mode), once provided. */
  get service(): HouseholdService | undefined {
    return this.#service;
  }

  get snapshot(): HouseholdSnapshot {
    return this.#service?.snapshot ?? EMPTY;
  }

  get current() {
    return this.snapshot.current;
  }

  hostConnected(): void {
    this.#service?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#service?.removeEventListener('change', this.#onChange);
  }
}

/**
 * A live read of the current learner's data: null while there is no learner, and read again when
 * the learner switches, the database changes (`db()` is read at each run) or a table it read
 * changes. Pages use it so that each shows only the current learner's rows.
 */
export function currentLearnerQuery<T>(
  host: ReactiveControllerHost & ReactiveElement,
  household: HouseholdController,
  db: () => WayfindDb,
  read: (db: WayfindDb, learner: Learner) => Promise<T>,
): LiveQueryController<T | null> {
  return new LiveQueryController<T | null>(
    host,
    () => {
      const learner = household.current;
      return learner ? read(db(), learner) : null;
    },
    () => [db(), household.current?.id],
  );
}
