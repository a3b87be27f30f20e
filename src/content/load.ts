/**
 * Loading a pack: parse, validate the shape (schema), then the meaning (semantic checks). Every
 * problem comes back with a JSON path and a hint, and nothing is returned as a usable pack while
 * any error remains: a bad pack installs nothing.
 */
import * as v from 'valibot';
import { error, problemFromIssue, type Problem } from './problems.ts';
import { PackSchema, type Pack } from './schema.ts';
import { checkPackMeaning } from './semantic.ts';

export interface PackCheck {
  ok: boolean;
  /** The validated pack (unknown fields rejected, text trimmed); present only when ok. */
  pack?: Pack;
  problems: Problem[];
}

export interface LoadOptions {
  /** Seeds run per generator; content:check uses 200, the in-app import a smaller number. */
  generatorSeeds?: number;
}

/** Largest pack accepted, so a huge file cannot freeze a 4 GB Chromebook. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
/**
 * Largest amount of text (everything but data: images), because checking text is what takes
 * time: every Markdown field is linted and its TeX rendered, about 1.5 s per megabyte on a
 * 2-core machine. The built-in packs hold 95 and 130 KB; a full Spanish translation doubles that.
 */
export const MAX_PACK_TEXT_BYTES = 640 * 1024;

export function validatePack(input: unknown, options: LoadOptions = {}): PackCheck {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PACK_BYTES) {
      return { ok: false, problems: [error([], `The pack is ${(input.length / 1048576).toFixed(1)} MB; the limit is 20 MB.`, 'Shrink or split the pack (large images are the usual cause).')] };
    }
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, problems: [error([], `The file is not valid JSON: ${(e as Error).message}.`, 'Fix the JSON syntax (a JSON validator or editor will point at the line).')] };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [error([], 'A pack must be a JSON object.', 'Start the file with { and see content/README.md for the fields.')] };
  }
  const textBytes = textSize(data);
  if (textBytes > MAX_PACK_TEXT_BYTES) {
    return { ok: false, problems: [error([], `The pack holds ${Math.ceil(textBytes / 1024)} KB of text; the limit is ${MAX_PACK_TEXT_BYTES / 1024} KB (images are not counted).`, 'Split the course into several packs.')] };
  }
  const parsed = v.safeParse(PackSchema, data, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: parsed.issues.map(problemFromIssue) };
  let problems: Problem[];
  try {
    problems = checkPackMeaning(parsed.output, { generatorSeeds: options.generatorSeeds ?? 200 });
  } catch (e) {
    // Whatever goes wrong inside a check is a refusal with a message, never a crash of the caller.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [error([], `The pack could not be checked: ${detail}.`, 'Simplify the part of the pack it names; if it names nothing, report the pack to Wayfind\'s maintainers.')] };
  }
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { ok, pack: parsed.output, problems } : { ok, problems };
}

/** Characters of text in parsed JSON, not counting data: image URLs. Walked with a list, not recursion. */
function textSize(data: object): number {
  let size = 0;
  const todo: unknown[] = [data];
  while (todo.length > 0) {
    const value = todo.pop();
    if (typeof value === 'string') size += value.startsWith('data:image/') ? 0 : value.length + 2;
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) size += 4;
    else if (Array.isArray(value)) for (const inner of value) todo.push(inner);
    else if (typeof value === 'object') for (const [key, inner] of Object.entries(value as object)) { size += key.length + 3; todo.push(inner); }
  }
  return size;
}

export interface PackStats {
  id: string;
  skills: number;
  lessons: number;
  items: number;
  generators: number;
  credentials: number;
  stacks: number;
}

export function packStats(pack: Pack): PackStats {
  return {
    id: pack.id,
    skills: pack.skills.length,
    lessons: pack.skills.filter((s) => s.lesson.explanation && s.lesson.workedExample).length,
    items: pack.items?.length ?? 0,
    generators: pack.generators?.length ?? 0,
    credentials: pack.credentials?.length ?? 0,
    stacks: pack.stacks?.length ?? 0,
  };
}
