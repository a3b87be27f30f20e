import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KtRequestHandler } from './kt-handler.ts';
import type { KtOperations, KtRequestMessage } from './protocol.ts';

/**
 * The worker's request handler in Node on the cpu backend, reading the shipped model files from
 * disk: the DKT path end to end (load, rebuild, step, predict, dispose) without a browser. The
 * same checks in Chromium, on the bundled worker, are in bench/kt-browser.test.ts.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const fromDisk = async (url: string): Promise<Response> => {
  const file = path.join(repoRoot, 'models', 'packs', url.replace(/^\/models\//, ''));
  try {
    return new Response(await readFile(file));
  } catch {
    return new Response(null, { status: 404 });
  }
};

interface GoldenFixture {
  packId: string;
  attempts: { skillIndex: number; correct: boolean }[];
  predictions: number[][];
}

let nextId = 1;
async function call<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, args: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
  const response = await handler.handle({ id: nextId++, op, args } as KtRequestMessage);
  if (!response.ok) throw new Error(response.error);
  return response.result as KtOperations[K]['result'];
}

describe('KtRequestHandler (Node, cpu backend)', () => {
  let fixture: GoldenFixture;
  let skillIds: string[];
  beforeAll(async () => {
    await tf.setBackend('cpu');
    fixture = JSON.parse(await readFile(path.join(repoRoot, 'models', 'golden', 'fractions-3-6.json'), 'utf8')) as GoldenFixture;
    const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'fractions-3-6.json'), 'utf8')) as { skills: { id: string }[] };
    skillIds = pack.skills.map((s) => s.id);
  });

  it('loads the shipped DKT, steps the golden sequence to 1e-5, and frees every tensor on dispose', async () => {
    const handler = new KtRequestHandler({ fetchFile: fromDisk });
    const before = tf.memory().numTensors;
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds, backends: ['cpu'] });
    expect(loaded.engine, JSON.stringify(loaded)).toBe('dkt');
    let { state } = await call(handler, 'rebuild', { packId: 'fractions-3-6', attempts: [] });
    const loadedTensors = (await call(handler, 'stats', {})).numTensors;
    let worst = 0;
    let lastStep: Float32Array = new Float32Array(0);
    for (const [t, attempt] of fixture.attempts.entries()) {
      const next = await call(handler, 'step', { packId: 'fractions-3-6', state, ...attempt });
      state = next.state;
      lastStep = next.predictions;
      next.predictions.forEach((p, skill) => (worst = Math.max(worst, Math.abs(p - fixture.predictions[t]![skill]!))));
    }
    expect(worst).toBeLessThan(1e-5);
    expect((await call(handler, 'stats', {})).numTensors).toBe(loadedTensors);
    // predict() reads the state without changing it: the same numbers as the last step gave.
    const predicted = await call(handler, 'predict', { packId: 'fractions-3-6', state });
    expect(Array.from(predicted.predictions)).toEqual(Array.from(lastStep));
    expect((await call(handler, 'dispose', {})).disposed).toEqual(['fractions-3-6']);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('falls back to BKT when the weights do not match model.json, with fitted parameters', async () => {
    const handler = new KtRequestHandler({
      fetchFile: async (url) => (url.endsWith('weights.bin') ? new Response(new Uint8Array(12)) : fromDisk(url)),
    });
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds, backends: ['cpu'] });
    expect(loaded.engine).toBe('bkt');
    if (loaded.engine !== 'bkt') return;
    expect(loaded.parameters).toBe('fitted');
    expect(loaded.reason).toContain('The weights file has 12 bytes');
  });

  it('falls back to BKT when the weights are the right size but hold no numbers', async () => {
    const handler = new KtRequestHandler({
      fetchFile: async (url) => {
        if (!url.endsWith('weights.bin')) return fromDisk(url);
        const size = (await (await fromDisk(url)).arrayBuffer()).byteLength;
        return new Response(new Float32Array(size / 4).fill(Number.NaN).buffer);
      },
    });
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds, backends: ['cpu'] });
    expect(loaded.engine).toBe('bkt');
    if (loaded.engine === 'bkt') expect(loaded.reason).toContain('damaged weights');
  });
});
