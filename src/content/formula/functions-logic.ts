/** IF, AND, OR, NOT, IFERROR and the IS- tests. Arguments arrive evaluated; errors are values. */
import { err, flatten, isError, isRange, toBoolean, toScalar, type Value } from './values.ts';

type Fn = (args: Value[], charge: (units: number) => void) => Value;

function logicalAll(args: Value[], combine: 'and' | 'or'): Value {
  if (args.length === 0) return err('#VALUE!');
  const bools: boolean[] = [];
  for (const arg of args) {
    // Inside ranges, text and empty cells are skipped; typed directly, they must be logical.
    const cells = isRange(arg) ? flatten(arg).filter((c) => typeof c !== 'string' && c !== null) : [arg];
    for (const cell of cells) {
      const b = toBoolean(cell);
      if (isError(b)) return b;
      bools.push(b);
    }
  }
  if (bools.length === 0) return err('#VALUE!');
  return combine === 'and' ? bools.every(Boolean) : bools.some(Boolean);
}

export const LOGIC_FUNCTIONS: Record<string, Fn> = {
  IF: (args) => {
    if (args.length < 2 || args.length > 3) return err('#VALUE!');
    const test = toBoolean(args[0]);
    if (isError(test)) return test;
    if (test) return toScalar(args[1]) ?? 0;
    return args.length === 3 ? toScalar(args[2]) ?? 0 : false;
  },
  AND: (args) => logicalAll(args, 'and'),
  OR: (args) => logicalAll(args, 'or'),
  NOT: (args) => {
    if (args.length !== 1) return err('#VALUE!');
    const b = toBoolean(args[0]);
    return isError(b) ? b : !b;
  },
  IFERROR: (args) => {
    if (args.length !== 2) return err('#VALUE!');
    const v = toScalar(args[0]);
    return isError(v) ? toScalar(args[1]) ?? 0 : v ?? 0;
  },
  IFNA: (args) => {
    if (args.length !== 2) return err('#VALUE!');
    const v = toScalar(args[0]);
    return isError(v) && v.code === '#N/A' ? toScalar(args[1]) ?? 0 : v ?? 0;
  },
  ISERROR: (args) => isError(toScalar(args[0] ?? null)),
  ISNUMBER: (args) => typeof toScalar(args[0] ?? null) === 'number',
  ISBLANK: (args) => toScalar(args[0] ?? null) === null,
};
