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

/**
 * Any forbidden key anywhere in `value` (used on whole envelopes, before structure checks).
 * Recursive without allocating: a 100,000-attempt file has some 1.5 million values, and the
 * recursion is bounded because it stops at `maxDepth`.
 */
export function forbiddenKeyIn(value: unknown, maxDepth: number): string | null {
  return findForbidden(value, maxDepth, 0);
}

function findForbidden(value: unknown, maxDepth: number, depth: number): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = findForbidden(value[index], maxDepth, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (FORBIDDEN_KEYS.has(key)) return `a forbidden key "${key}"`;
    const problem = findForbidden((value as Record<string, unknown>)[key], maxDepth, depth + 1);
    if (problem) return problem;
  }
  return null;
}
