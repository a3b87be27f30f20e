import * as tf from '@tensorflow/tfjs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { ESTIMATE_LINE_CAP, estimateLines } from '../src/ml/dkt/estimate-lines.ts';
import { MASTERY_RULE } from '../src/app/practice/index.ts';
import { parsePackModelMetadata } from '../src/ml/dkt/pack-metadata.ts';
import { indexSkillGraph } from '../src/ml/simulator/skill-graph.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { repoRoot } from './kt-data.ts';
import { goldenPath, readPackModelFiles, type GoldenFixture } from './make-golden.ts';
import { useWasmBackend } from './wasm-backend.ts';

const PACKS = ['fractions-3-6', 'spreadsheet-formulas'];

describe('shipped pack models (models/packs)', () => {
  it.each(PACKS)('%s: small, with one output per skill of the pack and a held-out AUC recorded', async (packId) => {
    const files = await readPackModelFiles(packId);
    const metadata = parsePackModelMetadata(files.metadata, packId);
    const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as { skills: { id: string }[] };
    expect([...metadata.skillIds].sort()).toEqual(pack.skills.map((s) => s.id).sort());
    expect((await stat(path.join(repoRoot, 'models', 'packs', packId, 'weights.bin'))).size).toBeLessThan(1024 * 1024);
    await tf.setBackend('cpu');
    const model = decodeDktModel(files.modelJson, files.weights);
    expect(model.config.numSkills).toBe(metadata.skillIds.length);
    model.dispose();
    expect(metadata.metrics.dktAuc).toBeGreaterThan(0.5);
    expect(metadata.metrics.testPredictions).toBeGreaterThan(1000);
  });
});

describe('estimate lines in metadata.json', () => {
  it.each(PACKS)('%s: one line per skill, at most the mastery target, and what the shipped weights give (rerun kt:train-packs if not)', async (packId) => {
    const files = await readPackModelFiles(packId);
    const metadata = parsePackModelMetadata(files.metadata, packId);
    const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as {
      skills: { id: string; prerequisites: string[] }[];
    };
    const graph = indexSkillGraph(pack);
    expect(graph.ids).toEqual(metadata.skillIds);
    await tf.setBackend('cpu');
    const model = decodeDktModel(files.modelJson, files.weights);
    const { lines } = estimateLines(new DktStepper(model), graph.prerequisites);
    model.dispose();
    const shipped = metadata.estimateLines!;
    expect(ESTIMATE_LINE_CAP, 'the lines are capped at the mastery rule\'s target').toBe(MASTERY_RULE.mastered.targetEstimate);
    expect(Object.keys(shipped).sort()).toEqual([...metadata.skillIds].sort());
    metadata.skillIds.forEach((id, s) => {
      expect(shipped[id]).toBeLessThanOrEqual(MASTERY_RULE.mastered.targetEstimate);
      expect(shipped[id]).toBeCloseTo(lines[s]!, 3);
    });
  });
});

describe('golden parity fixture (models/golden), Node side', () => {
  // The browser side is src/ml/worker/kt-worker.browser.test.ts, against the same fixture.
  it.each(['wasm', 'cpu'])('the %s backend reproduces the stored predictions to 1e-5', async (backend) => {
    const fixture = JSON.parse(await readFile(goldenPath('fractions-3-6'), 'utf8')) as GoldenFixture;
    const files = await readPackModelFiles(fixture.packId);
    expect(files.sha256, 'the fixture is from another model: run npx tsx models/make-golden.ts').toBe(fixture.weightsSha256);
    if (backend === 'wasm') await useWasmBackend();
    else await tf.setBackend('cpu');
    const model = decodeDktModel(files.modelJson, files.weights);
    const stepper = new DktStepper(model);
    let state = stepper.initialState();
    let worst = 0;
    fixture.attempts.forEach((attempt, t) => {
      const next = stepper.step(state, attempt.skillIndex, attempt.correct);
      state = next.state;
      next.predictions.forEach((p, skill) => (worst = Math.max(worst, Math.abs(p - fixture.predictions[t]![skill]!))));
      expect(next.predictions.length).toBe(fixture.predictions[t]!.length);
    });
    model.dispose();
    expect(fixture.attempts.length).toBeGreaterThan(10);
    expect(worst).toBeLessThan(1e-5);
  });
});
