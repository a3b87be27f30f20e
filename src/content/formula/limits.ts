/**
 * The bounds every formula evaluation runs within. Formulas come from pack authors and learners,
 * and a pack is untrusted: without bounds, a formula nested 10,000 deep blows the stack and a
 * table of range formulas takes minutes. Each bound gives a clear refusal instead.
 *
 * Work is counted in abstract units (a formula node evaluated, a cell read, a range cell
 * expanded, a wildcard step), so the refusal is the same on a fast laptop and a slow Chromebook.
 */
import { msg, str } from '@lit/localize';

/** Longest formula accepted (spreadsheets allow 8,192; no exercise needs more than a few dozen). */
export const MAX_FORMULA_LENGTH = 1000;
/** Deepest nesting of brackets, function calls and signs (the limit Excel uses for functions). */
export const MAX_NESTING = 64;
/** Longest text a formula may build (a spreadsheet cell holds at most 32,767 characters). */
export const MAX_TEXT_LENGTH = 32_767;
/** Work one sheet may do: several times what a 200-row table whose every row sums its column so far needs. */
export const SHEET_WORK_LIMIT = 1_000_000;

/** A bound was reached: the formula is refused with a message, never a crash. */
export class FormulaLimitError extends Error {}

/**
 * Counts work and stops it at a limit. One meter may be shared (a whole pack check shares one).
 * A meter may also carry a deadline (checked every few thousand units), for callers that prefer
 * a time limit; the pack check does not use one, so that a pack is refused or accepted the same
 * way on a busy machine as on an idle one.
 */
export class WorkMeter {
  private used = 0;
  private nextClockCheck = CLOCK_EVERY;
  private readonly deadline: number | undefined;

  constructor(readonly limit: number, budgetMs?: number) {
    this.deadline = budgetMs === undefined ? undefined : performance.now() + budgetMs;
  }

  get spent(): number {
    return this.used;
  }

  /** Adds `units` of work; throws FormulaLimitError once the limit is passed. */
  charge(units: number): void {
    this.used += units;
    if (this.used > this.limit) throw new FormulaLimitError(tooMuchWork());
    if (this.deadline !== undefined && this.used >= this.nextClockCheck) {
      this.nextClockCheck = this.used + CLOCK_EVERY;
      if (performance.now() > this.deadline) {
        this.used = this.limit + 1;
        throw new FormulaLimitError(tooMuchWork());
      }
    }
  }

  get exhausted(): boolean {
    return this.used > this.limit;
  }
}

const CLOCK_EVERY = 4096;

export const tooMuchWork = () => msg('This formula needs too much work to check (its ranges or the cells it depends on are too large).');
export const tooLong = (length: number) => msg(str`The formula is ${length} characters long; the limit is ${MAX_FORMULA_LENGTH}.`);
export const tooDeep = () => msg(str`The formula is nested too deeply (more than ${MAX_NESTING} levels of brackets, functions or signs).`);

let shared: WorkMeter | undefined;

/**
 * Runs `task` with every sheet it creates charging one shared meter (a pack check uses this, so a
 * pack of many items cannot add up to minutes of work). Outside, each sheet has its own meter.
 */
export function withSharedMeter<T>(meter: WorkMeter, task: () => T): T {
  const previous = shared;
  shared = meter;
  try {
    return task();
  } finally {
    shared = previous;
  }
}

/** The shared meter of a running pack check, if any (a new sheet charges it besides its own). */
export function sharedMeter(): WorkMeter | undefined {
  return shared;
}
