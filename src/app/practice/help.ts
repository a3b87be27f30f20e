/**
 * Help on an item, one level at a time: each hint in turn, then the worked solution (which counts
 * as one more hint). The count is stored with the answer and lowers the evidence of mastery.
 */
import type { Item } from '../../content/schema.ts';
import type { HelpShown } from './session-types.ts';

export const noHelp = (): HelpShown => ({ hints: [], solution: null, more: false });

/** The hint count after asking for more help (it stops at the worked solution). */
export function nextHintCount(item: Pick<Item, 'hints'>, hintsUsed: number): number {
  return Math.min(hintsUsed + 1, item.hints.length + 1);
}

/** What `hintsUsed` levels of help show on `item`. */
export function helpShown(item: Pick<Item, 'hints' | 'solution'>, hintsUsed: number): HelpShown {
  const { hints, solution } = item;
  return {
    hints: hints.slice(0, Math.min(hintsUsed, hints.length)),
    solution: hintsUsed > hints.length ? solution : null,
    more: hintsUsed <= hints.length,
  };
}
