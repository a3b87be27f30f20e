/**
 * A problem found in a pack: where (a JSON path such as $.skills[3].prerequisites[0]), what, and
 * how to fix it. Authors see these in content:check and in the app's import dialog, so every
 * message names the thing and every hint says what to do.
 */
import type * as v from 'valibot';

export interface Problem {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  hint: string;
}

export type PathPart = string | number;

export function jsonPath(parts: readonly PathPart[]): string {
  return parts.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `${out}.${part}` : `${out}[${JSON.stringify(part)}]`;
  }, '$');
}

export const error = (path: readonly PathPart[], message: string, hint: string): Problem => ({
  severity: 'error', path: jsonPath(path), message, hint,
});
export const warning = (path: readonly PathPart[], message: string, hint: string): Problem => ({
  severity: 'warning', path: jsonPath(path), message, hint,
});

/** Turns a valibot issue into a problem an author can act on. */
export function problemFromIssue(issue: v.BaseIssue<unknown>): Problem {
  const parts = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
  const field = parts.length ? String(parts[parts.length - 1]) : 'pack';
  const { message, hint } = describeIssue(issue, field);
  return error(parts, message, hint);
}

function describeIssue(issue: v.BaseIssue<unknown>, field: string): { message: string; hint: string } {
  const isObjectKind = issue.type === 'object' || issue.type === 'strict_object';
  if (isObjectKind && issue.expected === 'never') {
    return {
      message: `Unknown field "${field}".`,
      hint: 'Remove it or correct its spelling; content/README.md lists every field of this object.',
    };
  }
  if (isObjectKind && issue.received === 'undefined') {
    return { message: `Missing required field "${field}".`, hint: `Add "${field}" here (see content/README.md for what it holds).` };
  }
  if (issue.type === 'variant') {
    return { message: `Unknown item type ${issue.received}.`, hint: `Set "type" to one of ${issue.expected}.` };
  }
  if (issue.kind === 'schema') {
    return {
      message: `"${field}" has the wrong kind of value: expected ${readable(issue.expected)}, found ${issue.received}.`,
      hint: hintForExpected(issue.expected),
    };
  }
  // Validation actions (lengths, patterns, ranges) carry a message written for authors.
  return { message: `"${field}" ${issue.message.replace(/^Invalid [\w ]+: /, '')}`, hint: hintForValidation(issue) };
}

function readable(expected: string | null): string {
  if (!expected) return 'a different value';
  return expected.replace(/"/g, "'");
}

function hintForExpected(expected: string | null): string {
  if (expected === 'string') return 'Write this value as text in double quotes.';
  if (expected === 'number') return 'Write this as a number without quotes, such as 3 or 0.8.';
  if (expected === 'boolean') return 'Write true or false, without quotes.';
  if (expected === 'Array') return 'Write a list in square brackets: [ ... ].';
  if (expected === 'Object') return 'Write an object in curly braces: { ... }.';
  return `Use ${readable(expected)} here.`;
}

function hintForValidation(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'min_length': return `Give at least ${String(issue.requirement)} here.`;
    case 'max_length': return `Shorten this to at most ${String(issue.requirement)}.`;
    case 'min_value': case 'max_value': return `Use a value within the allowed range (${issue.message}).`;
    case 'regex': return 'Rewrite the value in the form the message describes.';
    case 'url': return 'Use a complete address such as https://example.org/page.';
    case 'iso_date': return 'Write the date as YYYY-MM-DD, e.g. 2024-03-15.';
    case 'integer': return 'Use a whole number.';
    default: return 'Correct this value as the message describes.';
  }
}
