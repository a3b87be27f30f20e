import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeQuery, type LiveSubscription } from '../../data/live.ts';

/**
 * Keeps a component in step with a database read: the query runs while the host is connected and
 * runs again whenever a table it read changes (in this tab or another), and each new result
 * re-renders the host.
 *
 * ```ts
 * readonly attempts = new LiveQueryController(this, () => recentAttempts(appDb(), this.learnerId), () => [this.learnerId]);
 * render() { return this.attempts.loading ? spinner : list(this.attempts.value) }
 * ```
 *
 * `dependencies` (optional) names the host properties the query reads: when they change, call
 * `refresh()` or let `hostUpdate` notice it, and the query starts over with the new values.
 */
export class LiveQueryController<T> implements ReactiveController {
  /** The latest result, undefined until the first one arrives. */
  value: T | undefined = undefined;
  /** The error of the latest run, cleared by the next result. */
  error: unknown = undefined;
  /** True until the first result or error after (re)subscribing. */
  loading = true;

  readonly #host: ReactiveControllerHost;
  readonly #query: () => Promise<T> | T;
  readonly #dependencies: (() => readonly unknown[]) | undefined;
  #subscription: LiveSubscription | undefined;
  #lastDependencies: readonly unknown[] | undefined;

  constructor(host: ReactiveControllerHost, query: () => Promise<T> | T, dependencies?: () => readonly unknown[]) {
    this.#host = host;
    this.#query = query;
    this.#dependencies = dependencies;
    host.addController(this);
  }

  hostConnected(): void {
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#unsubscribe();
  }

  /** Restarts the query when the properties it depends on changed since the last run. */
  hostUpdate(): void {
    if (!this.#dependencies || !this.#subscription) return;
    const next = this.#dependencies();
    const previous = this.#lastDependencies;
    if (!previous || next.length !== previous.length || next.some((value, index) => !Object.is(value, previous[index]))) {
      this.refresh();
    }
  }

  /** Runs the query again from scratch (for example after its inputs changed). */
  refresh(): void {
    this.#unsubscribe();
    this.#subscribe();
  }

  #subscribe(): void {
    this.#lastDependencies = this.#dependencies?.();
    this.loading = true;
    this.#subscription = observeQuery(this.#query).subscribe({
      next: (value) => {
        this.value = value;
        this.error = undefined;
        this.loading = false;
        this.#host.requestUpdate();
      },
      error: (error) => {
        this.error = error;
        this.loading = false;
        this.#host.requestUpdate();
      },
    });
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }
}
