import * as tf from '@tensorflow/tfjs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DktModel } from '../src/ml/dkt/model.ts';
import { loadDktDir, saveDktDir } from './dkt-files.ts';
import { datasetsDir, formatFor, loadDataFile, parseRowRange, recordedPath, repoRoot } from './kt-data.ts';

describe('kt-data', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kt-data-'));
    await tf.setBackend('cpu');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('resolves the shared data sets beside the repo unless overridden', () => {
    expect(datasetsDir()).toBe(path.resolve(repoRoot, '../shared/datasets'));
    expect(datasetsDir('/data/kt')).toBe('/data/kt');
  });

  it('records shared data relative to the repo and other files absolutely', () => {
    expect(recordedPath(path.resolve(repoRoot, '../shared/datasets/statics2011/train.csv'))).toBe(path.join('..', 'shared', 'datasets', 'statics2011', 'train.csv'));
    expect(recordedPath('/somewhere/else/data.csv')).toBe('/somewhere/else/data.csv');
  });

  it('parses row ranges and rejects malformed ones', () => {
    expect(parseRowRange('0-2000')).toEqual([0, 2000]);
    expect(parseRowRange(undefined)).toBeUndefined();
    expect(() => parseRowRange('2000-10')).toThrow(/start < end/);
    expect(() => parseRowRange('all')).toThrow(/should look like/);
  });

  it('guesses the format from the file name unless told', () => {
    expect(formatFor('/x/synthetic5/v0.csv', undefined)).toBe('matrix');
    expect(formatFor('/x/statics2011/train.csv', undefined)).toBe('three-line');
    expect(() => formatFor('a.csv', 'json')).toThrow(/three-line or matrix/);
  });

  it('names the file and the line when a data file is malformed', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, '2\n1,2\n1,0\n2\n1,2,3\n0,1\n');
    await expect(loadDataFile(file, 'three-line')).rejects.toThrow(`${file}: line 5: expected 2 skill ids`);
  });

  it('hashes the data, including the row range used', async () => {
    const file = path.join(dir, 'm.csv');
    await writeFile(file, '1,0\n0,1\n1,1\n');
    const all = await loadDataFile(file, 'matrix');
    const part = await loadDataFile(file, 'matrix', [1, 3]);
    expect(all.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(part.hash).toBe(`${all.hash}#rows=1-3`);
    expect(part.sequences).toHaveLength(2);
  });

  it('saves and loads a model directory', async () => {
    const model = new DktModel({ numSkills: 3, hiddenUnits: 4 }, undefined, 2);
    const metadata = {
      skillIds: [4, 9, 12],
      hyperparameters: { hiddenUnits: 4 },
      dataHash: 'abc',
      trainingData: { file: 'x.csv', rows: null, format: 'three-line' },
      metrics: { testAuc: 0.5 },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await saveDktDir(path.join(dir, 'model'), model, metadata);
    const loaded = await loadDktDir(path.join(dir, 'model'));
    expect(loaded.metadata).toEqual(metadata);
    expect(Array.from(loaded.model.weights.outputKernel.dataSync())).toEqual(Array.from(model.weights.outputKernel.dataSync()));
    model.dispose();
    loaded.model.dispose();
  });
});
