/**
 * Checks free-form JSON (answers, review cards, keys, setting values) from a backup before it is
 * stored: bounded depth, finite numbers, and no keys that could reach an object's prototype when
 * later code copies the value by assignment.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What is wrong with `value` as stored JSON, or null when nothing is. */
export function jsonProblem(value: unknown, maxDepth: number): string | null {
  return inspect(value, maxDepth, 0);
}

function inspect(value: unknown, maxDepth: number, depth: number): string | null {
  if (depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'a number that is not finite';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = inspect(item, maxDepth, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `a forbidden key "${key}"`;
      const problem = inspect((value as Record<string, unknown>)[key], maxDepth, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  return `a value of type ${typeof value}`;
}

/** Any forbidden key anywhere in `value` (used on whole envelopes, before structure checks). */
export function forbiddenKeyIn(value: unknown, maxDepth: number): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.value === null || typeof current.value !== 'object') continue;
    if (current.depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
    if (Array.isArray(current.value)) {
      for (const item of current.value) stack.push({ value: item, depth: current.depth + 1 });
      continue;
    }
    for (const key of Object.keys(current.value)) {
      if (FORBIDDEN_KEYS.has(key)) return `a forbidden key "${key}"`;
      stack.push({ value: (current.value as Record<string, unknown>)[key], depth: current.depth + 1 });
    }
  }
  return null;
}
