/** The fixed set of spreadsheet functions the evaluator knows; anything else is #NAME?. */
import type { Value } from './values.ts';
import { MATH_FUNCTIONS } from './functions-math.ts';
import { LOGIC_FUNCTIONS } from './functions-logic.ts';
import { TEXT_FUNCTIONS } from './functions-text.ts';
import { LOOKUP_FUNCTIONS } from './functions-lookup.ts';
import { DATE_FUNCTIONS } from './functions-date.ts';

/** `charge` adds work a function does beyond reading its arguments (see limits.ts). */
export type SheetFunction = (args: Value[], charge: (units: number) => void) => Value;

export const FUNCTIONS: Readonly<Record<string, SheetFunction>> = {
  ...MATH_FUNCTIONS,
  ...LOGIC_FUNCTIONS,
  ...TEXT_FUNCTIONS,
  ...LOOKUP_FUNCTIONS,
  ...DATE_FUNCTIONS,
};
