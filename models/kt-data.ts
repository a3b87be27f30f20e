import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMatrix } from '../src/ml/datasets/matrix.ts';
import type { RawSequence } from '../src/ml/datasets/sequence.ts';
import { readThreeLine } from '../src/ml/datasets/three-line.ts';

export type DataFormat = 'three-line' | 'matrix';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared benchmark data beside the repo; WAYFIND_DATASETS (or a CLI flag) overrides it. */
export function datasetsDir(override?: string): string {
  return path.resolve(override ?? process.env.WAYFIND_DATASETS ?? path.resolve(repoRoot, '../shared/datasets'));
}

export interface LoadedData {
  readonly sequences: RawSequence[];
  /** sha256 of the file bytes, plus the row range when only part of a matrix file is used. */
  readonly hash: string;
}

/** Reads a data file; errors from the readers are prefixed with the file name. */
export async function loadDataFile(file: string, format: DataFormat, rows?: readonly [number, number]): Promise<LoadedData> {
  const text = await readFile(file, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex') + (rows ? `#rows=${rows[0]}-${rows[1]}` : '');
  try {
    const sequences = format === 'matrix' ? readMatrix(text, rows ? { rows } : {}) : readThreeLine(text);
    return { sequences, hash };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Parses "START-END" (half-open row range, 0-based), as in `--train-rows 0-2000`. */
export function parseRowRange(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)-(\d+)$/.exec(text.trim());
  if (!match || Number(match[1]) >= Number(match[2])) throw new Error(`row range "${text}" should look like 0-2000 (start < end)`);
  return [Number(match[1]), Number(match[2])];
}

export function formatFor(file: string, explicit: string | undefined): DataFormat {
  if (explicit === 'three-line' || explicit === 'matrix') return explicit;
  if (explicit !== undefined) throw new Error(`--format must be three-line or matrix, not "${explicit}"`);
  return /synthetic/i.test(file) ? 'matrix' : 'three-line';
}

/**
 * How a data file is recorded in metadata.json: relative to the repo for the repo and the shared
 * data beside it (so the record works on any checkout), absolute for anything else.
 */
export function recordedPath(file: string): string {
  const relative = path.relative(repoRoot, path.resolve(file));
  return relative.startsWith(`..${path.sep}..`) ? path.resolve(file) : relative;
}
