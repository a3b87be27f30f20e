import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateCohort } from '../models/simulator/cohort.ts';
import { encodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktModel } from '../src/ml/dkt/model.ts';
import { openKtBrowserSession, packSkillIds, type KtBrowserSession } from './kt-browser-harness.ts';

/**
 * The DKT in Chromium through the app's bridge and its Vite-built worker (the unbundled
 * @web/test-runner cannot load tfjs; see src/ml/worker/kt-worker.browser.test.ts):
 * - golden parity: the predictions after every answer of the fixture that models/make-golden.ts
 *   computed in Node match to 1e-5 on the wasm and cpu backends;
 * - a damaged weights file makes the worker fall back to BKT and say so.
 */
interface GoldenFixture {
  packId: string;
  attempts: { skillIndex: number; correct: boolean }[];
  predictions: number[][];
}

const repoRoot = path.resolve(import.meta.dirname, '..');

describe('knowledge-tracing worker in Chromium (bundled)', () => {
  let session: KtBrowserSession;
  let fixture: GoldenFixture;
  let skillIds: string[];
  beforeAll(async () => {
    fixture = JSON.parse(await readFile(path.join(repoRoot, 'models', 'golden', 'fractions-3-6.json'), 'utf8')) as GoldenFixture;
    skillIds = await packSkillIds(fixture.packId);
    session = await openKtBrowserSession();
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it.each(['wasm', 'cpu'] as const)('%s: matches the Node golden predictions to 1e-5 after every answer', async (backend) => {
    const parity = await session.call('parity', { packId: fixture.packId, skillIds }, backend, fixture);
    expect(parity.result.engine, JSON.stringify(parity.result)).toBe('dkt');
    if (parity.result.engine === 'dkt') expect(parity.result.backend).toBe(backend);
    expect(parity.compared).toBe(fixture.attempts.length * skillIds.length);
    expect(parity.worstDifference).not.toBeNull();
    expect(parity.worstDifference!).toBeLessThan(1e-5);
  }, 60_000);

  it('falls back to fitted BKT with a reason when weights.bin is cut short', async () => {
    const parity = await session.call('parity', { packId: fixture.packId, skillIds }, 'wasm', fixture, '/broken-models/');
    expect(parity.result.engine).toBe('bkt');
    if (parity.result.engine !== 'bkt') return;
    expect(parity.result.parameters).toBe('fitted');
    expect(parity.result.reason).toMatch(/simpler estimates \(BKT\).*weights file has \d+ bytes/);
    expect(parity.worstDifference).toBeNull();
  }, 60_000);

  it('trains a model for an imported pack in the worker, with progress, and reloads it from the returned files', async () => {
    const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'spreadsheet-formulas.json'), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
    const skills = pack.skills.map(({ id, prerequisites }) => ({ id, prerequisites }));
    const run = await session.call('trainInWorker', { packId: 'imported-test', skills, learners: 60, sessions: 4, epochs: 2 }, false);
    expect(run.cancelled).toBe(false);
    expect(run.progress.some((p) => p.validationAuc !== undefined && p.epoch === 2)).toBe(true);
    expect(run.progress.filter((p) => p.batch !== undefined).length).toBeGreaterThan(0);
    expect(run.installedEngine).toBe('dkt');
    expect(run.reloaded?.engine).toBe('dkt');
    expect(run.worstReloadDifference).toBeLessThan(1e-6);
    expect(run.metrics?.testPredictions).toBeGreaterThan(0);
  }, 120_000);

  it('cancels a training run after its current batch and installs nothing', async () => {
    const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'spreadsheet-formulas.json'), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
    const skills = pack.skills.map(({ id, prerequisites }) => ({ id, prerequisites }));
    const run = await session.call('trainInWorker', { packId: 'imported-test', skills, learners: 200, sessions: 8, epochs: 50 }, true);
    expect(run.cancelled).toBe(true);
    // Cancelled at the first batch of fifty epochs: far fewer progress events than a full run.
    expect(run.progress.length).toBeLessThan(5);
    expect(run.nothingInstalled).toBe(true);
  }, 120_000);

  it('personalizes in the worker: an untrained model is replaced by a tuned one, whose weights reload only onto their own base model', async () => {
    await tf.setBackend('cpu');
    const packJson = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'spreadsheet-formulas.json'), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
    const metadata = JSON.parse(await readFile(path.join(repoRoot, 'models', 'packs', 'spreadsheet-formulas', 'metadata.json'), 'utf8')) as { skillIds: string[] };
    // Untrained weights stand in for a model that does not fit this household at all.
    const untrained = new DktModel({ numSkills: metadata.skillIds.length, hiddenUnits: 16 }, undefined, 3);
    const { modelJson, weightData } = await encodeDktModel(untrained);
    untrained.dispose();
    const cohort = simulateCohort({ skills: packJson.skills }, { learners: 6, sessions: 16, seed: 23, skillSeed: 0 });
    const denseOf = new Map(metadata.skillIds.map((id, i) => [id, i]));
    const learners = cohort.learners.map((attempts) => attempts.map((a) => ({ skillIndex: denseOf.get(cohort.skillIds[a.skill]!)!, correct: a.correct })));
    const files = { modelJson, weights: Array.from(new Float32Array(weightData)), metadata };
    const run = await session.call('personalizeInWorker', { packId: 'spreadsheet-formulas', skillIds: metadata.skillIds }, files, learners, 'wasm');
    expect(run.loaded.engine).toBe('dkt');
    expect(run.result.kept).toBe('personalized');
    expect(run.result.tunedAuc).toBeGreaterThan(run.result.shippedAuc);
    expect(run.reloaded).toMatchObject({ engine: 'dkt', personalized: true });
    expect(run.mismatched).toMatchObject({ engine: 'dkt', personalized: false });
    expect(run.mismatched && 'tunedIgnored' in run.mismatched ? run.mismatched.tunedIgnored : '').toContain('earlier model');
  }, 120_000);
});
