/**
 * Ordering: the learner arranges entries with buttons or keys (move up / move down), never only by
 * dragging; the checker compares the submitted order of ids with the correct one.
 */
import { msg, str } from '@lit/localize';
import type { OrderingItem } from '../schema.ts';
import { asList, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function checkOrdering(item: OrderingItem, response: LearnerResponse): CheckResult {
  const order = asList(response);
  const ids = item.entries.map((e) => e.id);
  if (order.length !== ids.length || !ids.every((id) => order.includes(id))) {
    return { correct: false, unreadable: true, feedback: msg('Place every entry exactly once.') };
  }
  if (sameOrder(order, item.correctOrder)) return { correct: true };
  const authored = misconceptionFeedback(item.misconceptions, order, (answer, o) => sameOrder(asList(answer), o));
  if (authored) return authored;
  const inPlace = order.filter((id, i) => item.correctOrder[i] === id).length;
  return { correct: false, feedback: msg(str`${inPlace} of ${ids.length} are in the right place.`) };
}

/** Moves one entry up or down: the keyboard path the item view uses (and tests). */
export function moveEntry(order: readonly string[], id: string, direction: -1 | 1): string[] {
  const next = [...order];
  const from = next.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** The order shown first: the authored entry order, unless that is already the answer. */
export function initialOrder(item: OrderingItem): string[] {
  const ids = item.entries.map((e) => e.id);
  return sameOrder(ids, item.correctOrder) ? [...ids.slice(1), ids[0]] : ids;
}

export const orderingAnswer = (item: OrderingItem): string[] => [...item.correctOrder];
