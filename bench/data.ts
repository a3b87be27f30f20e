/**
 * The data-layer benchmark, run inside Chromium by bench/data-run.ts (`npm run bench:data`):
 * 100,000 attempts for one learner, the dashboard's queries at that size, and a backup export
 * and restore of it. Everything runs against real IndexedDB.
 */
import { countAttemptsPerSkill, dailyTotals } from '../src/data/attempt-stats.ts';
import { addAttempts, attemptsBetween, recentAttempts, recordAnswer } from '../src/data/attempts.ts';
import { countAttempts } from '../src/data/attempt-stats.ts';
import { learnerAttemptsJson } from '../src/data/attempt-blocks.ts';
import { canonicalJson } from '../src/data/backup/canonical-json.ts';
import { canonicalTextChecksum } from '../src/data/backup/checksum.ts';
import { exportBackup } from '../src/data/backup/export.ts';
import { commitRestore, previewRestore } from '../src/data/backup/restore.ts';
import { parseBackup } from '../src/data/backup/validate.ts';
import { localDay } from '../src/data/day.ts';
import { WayfindDb, newId } from '../src/data/db.ts';
import { createLearner } from '../src/data/learners.ts';
import type { Attempt } from '../src/data/records.ts';

const ATTEMPTS = 100_000;
const SKILLS = 40;
const SPAN_DAYS = 180;
const CHUNK = 5_000;
const QUERY_RUNS = 7;
const DAY = 86_400_000;

export interface DataBenchFigures {
  insert_100k_s: number;
  query_ms_max: number;
  export_100k_s: number;
  restore_100k_s: number;
  kb_per_1000_attempts: number;
}

type Log = (line: string) => void;

function syntheticAttempts(learnerId: string, now: number): Attempt[] {
  const skillIds = Array.from({ length: SKILLS }, (_, index) => `skill-${index}`);
  let seed = 12345;
  // A fixed-seed generator, so every run stores the same data.
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: ATTEMPTS }, (_, index) => {
    const answeredAt = Math.round(now - SPAN_DAYS * DAY + (index / ATTEMPTS) * SPAN_DAYS * DAY);
    const skillId = skillIds[Math.floor(random() * SKILLS)]!;
    return {
      id: newId(),
      learnerId,
      packId: 'pack-arithmetic',
      itemId: `item-${Math.floor(random() * 2_000)}`,
      skillId,
      skillIds: [skillId],
      response: { value: String(Math.floor(random() * 100)) },
      correct: random() < 0.7,
      hintsUsed: random() < 0.2 ? 1 : 0,
      durationMs: 2_000 + Math.floor(random() * 20_000),
      startedAt: answeredAt - 8_000,
      answeredAt,
      sessionId: `session-${Math.floor(index / 20)}`,
      day: localDay(answeredAt),
    };
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

async function queryTimes(name: string, work: () => Promise<unknown>, log: Log): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < QUERY_RUNS; run++) times.push((await timed(work)).ms);
  const sorted = [...times].sort((a, b) => a - b);
  log(`  ${name}: first ${times[0]!.toFixed(1)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
  return sorted.at(-1)!;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * This machine's raw IndexedDB write speed (no Dexie, no indexes), so figures from different
 * machines can be compared: the data layer cannot write faster than the browser does.
 */
function rawWriteCalibration(rows: number): Promise<number> {
  const name = `wayfind-bench-calibration-${crypto.randomUUID()}`;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const start = performance.now();
      const transaction = database.transaction('rows', 'readwrite');
      const store = transaction.objectStore('rows');
      for (let index = 0; index < rows; index++) store.put({ id: index, at: start + index, text: 'calibration' });
      transaction.onerror = () => reject(transaction.error);
      transaction.oncomplete = () => {
        const ms = performance.now() - start;
        database.close();
        indexedDB.deleteDatabase(name);
        resolve(ms);
      };
    };
  });
}

export async function runDataBench(log: Log = console.log): Promise<DataBenchFigures> {
  const suffix = crypto.randomUUID();
  const db = new WayfindDb(`wayfind-bench-${suffix}`);
  const restored = new WayfindDb(`wayfind-bench-restore-${suffix}`);
  try {
    const calibration = await rawWriteCalibration(20_000);
    log(`calibration: raw IndexedDB put of 20,000 small rows in one transaction: ${calibration.toFixed(0)} ms (${((calibration * 1000) / 20_000).toFixed(0)} µs per row)`);
    // Why attempts are stored in blocks: one record per attempt could not commit faster than this.
    log(`  so one record per attempt would put a floor of ${((calibration / 20_000) * ATTEMPTS / 1000).toFixed(1)} s under any commit of ${ATTEMPTS} attempts`);
    const now = Date.now();
    const learner = await createLearner(db, { displayName: 'Bench', avatar: 'fox', ageBand: 'adult', language: 'en' });
    const attempts = syntheticAttempts(learner.id, now);

    const insert = await timed(async () => {
      for (let start = 0; start < attempts.length; start += CHUNK) await addAttempts(db, learner.id, attempts.slice(start, start + CHUNK));
    });
    log(`insert ${ATTEMPTS} attempts (addAttempts, ${CHUNK} per transaction): ${(insert.ms / 1000).toFixed(2)} s`);

    const single = await timed(async () => {
      for (let index = 0; index < 200; index++) {
        const answeredAt = now + index;
        await recordAnswer(
          db,
          { learnerId: learner.id, packId: 'pack-arithmetic', itemId: 'item-x', skillId: 'skill-0', skillIds: ['skill-0'], response: '4', correct: true, hintsUsed: 0, durationMs: 3_000, startedAt: answeredAt - 3_000, answeredAt, sessionId: null },
          [{ skillId: 'skill-0', packId: 'pack-arithmetic', estimate: 0.8, masteryLevel: 'familiar' }],
        );
      }
    });
    log(`recordAnswer at 100k (attempt + skill state, one transaction each): ${(single.ms / 200).toFixed(2)} ms per answer`);

    log(`dashboard queries at ${ATTEMPTS} attempts (${QUERY_RUNS} runs each):`);
    const skills = Array.from({ length: SKILLS }, (_, index) => `skill-${index}`);
    const queryMax = Math.max(
      await queryTimes('last 50 attempts', () => recentAttempts(db, learner.id, 50), log),
      await queryTimes(`per-skill counts (${SKILLS} skills)`, () => countAttemptsPerSkill(db, learner.id, skills), log),
      await queryTimes('per-day totals over 90 days', () => dailyTotals(db, learner.id, 90, now), log),
    );

    const exported = await timed(() => exportBackup(db, { scope: { kind: 'learner', learnerId: learner.id } }));
    const text = exported.result;
    const attemptsInFile = ATTEMPTS + 200;
    const kbPer1000 = new TextEncoder().encode(text).length / 1024 / (attemptsInFile / 1000);
    log(`export (one learner, ${attemptsInFile} attempts): ${(exported.ms / 1000).toFixed(2)} s, ${(text.length / 1024 / 1024).toFixed(1)} MB, ${kbPer1000.toFixed(1)} KB per 1,000 attempts`);

    // Where the export's time goes: reading the stored block text, then its checksum.
    const rawText = await timed(() => learnerAttemptsJson(db, learner.id));
    const checksum = await timed(() => canonicalTextChecksum(rawText.result));
    log(`  of which: reading the stored attempt text ${(rawText.ms / 1000).toFixed(2)} s, SHA-256 of it ${(checksum.ms / 1000).toFixed(2)} s`);
    const read = await timed(() => attemptsBetween(db, learner.id));
    const serialised = await timed(async () => canonicalJson(read.result));
    log(`  (as objects instead: read ${read.result.length} attempts ${(read.ms / 1000).toFixed(2)} s, canonical JSON ${(serialised.ms / 1000).toFixed(2)} s)`);

    const jsonOnly = await timed(async () => JSON.parse(text) as unknown);
    log(`  (JSON.parse alone of the file: ${(jsonOnly.ms / 1000).toFixed(2)} s, part of validation below)`);
    const parsed = await timed(() => parseBackup(text));
    const preview = await timed(() => previewRestore(restored, parsed.result, 'replace'));
    const committed = await timed(() => commitRestore(restored, parsed.result, 'replace'));
    const restoredCount = await countAttempts(restored, learner.id);
    if (restoredCount !== attemptsInFile) throw new Error(`Restore lost attempts: ${restoredCount} of ${attemptsInFile}.`);
    const restoreMs = parsed.ms + preview.ms + committed.ms;
    log(`restore into an empty database: validate ${(parsed.ms / 1000).toFixed(2)} s + preview ${(preview.ms / 1000).toFixed(2)} s + commit ${(committed.ms / 1000).toFixed(2)} s = ${(restoreMs / 1000).toFixed(2)} s (${restoredCount} attempts back)`);

    return {
      insert_100k_s: round(insert.ms / 1000, 2),
      query_ms_max: round(queryMax, 1),
      export_100k_s: round(exported.ms / 1000, 2),
      restore_100k_s: round(restoreMs / 1000, 2),
      kb_per_1000_attempts: round(kbPer1000, 1),
    };
  } finally {
    await db.delete();
    await restored.delete();
  }
}
