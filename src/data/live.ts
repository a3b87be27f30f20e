/**
 * Live reads for the UI. Components may not import Dexie, so the data layer hands out Dexie's
 * liveQuery behind a small interface: the query re-runs whenever a table it read changes, in
 * this tab or another.
 */
import { liveQuery } from './dexie.ts';

export interface LiveSubscription {
  unsubscribe(): void;
}

export interface LiveObserver<T> {
  next(value: T): void;
  error(error: unknown): void;
}

export interface LiveSource<T> {
  subscribe(observer: LiveObserver<T>): LiveSubscription;
}

/** Watches the result of `query` (which must only read through src/data functions). */
export function observeQuery<T>(query: () => Promise<T> | T): LiveSource<T> {
  const observable = liveQuery(query);
  return {
    subscribe: (observer) => observable.subscribe({ next: (value) => observer.next(value), error: (error) => observer.error(error) }),
  };
}
