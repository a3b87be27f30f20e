/**
 * Writes the golden-parity fixture: one simulated learner's answers on a shipped pack model and
 * the DKT's predictions for every skill after each answer, computed here in Node (wasm backend).
 * models/pack-golden.test.ts (Node) and src/ml/worker/kt-worker.browser.test.ts (Chromium) both
 * check their own predictions against it. Re-run it whenever the pack's model is retrained:
 *
 *   npx tsx models/make-golden.ts [--pack fractions-3-6] [--answers 40]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { parsePackModelMetadata } from '../src/ml/dkt/pack-metadata.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { repoRoot } from './kt-data.ts';
import { simulateCohort } from './simulator/cohort.ts';
import { useWasmBackend } from './wasm-backend.ts';

export interface GoldenFixture {
  readonly packId: string;
  /** sha256 of weights.bin, so a fixture left over from an older model fails loudly. */
  readonly weightsSha256: string;
  readonly backend: string;
  readonly attempts: readonly { readonly skillIndex: number; readonly correct: boolean }[];
  /** predictions[t][skill]: P(correct) after answers 0..t. */
  readonly predictions: readonly (readonly number[])[];
}

export const goldenPath = (packId: string): string => path.join(repoRoot, 'models', 'golden', `${packId}.json`);

export async function readPackModelFiles(packId: string): Promise<{ modelJson: unknown; weights: ArrayBuffer; metadata: unknown; sha256: string }> {
  const dir = path.join(repoRoot, 'models', 'packs', packId);
  const bytes = await readFile(path.join(dir, 'weights.bin'));
  return {
    modelJson: JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')),
    weights: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    metadata: JSON.parse(await readFile(path.join(dir, 'metadata.json'), 'utf8')),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { pack: { type: 'string' }, answers: { type: 'string' } } });
  const packId = args.pack ?? 'fractions-3-6';
  const answers = Number(args.answers ?? 40);
  const backend = await useWasmBackend();
  const files = await readPackModelFiles(packId);
  const metadata = parsePackModelMetadata(files.metadata, packId);
  const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as {
    skills: { id: string; prerequisites: string[] }[];
  };
  // A learner the model never saw (seed 99), on the same pack (skill seed 0 as in training).
  const cohort = simulateCohort({ skills: pack.skills }, { learners: 1, sessions: 4, seed: 99, skillSeed: 0 });
  const denseOf = new Map(metadata.skillIds.map((id, i) => [id, i]));
  const attempts = cohort.learners[0]!.slice(0, answers).map((a) => ({ skillIndex: denseOf.get(cohort.skillIds[a.skill]!)!, correct: a.correct }));

  const model = decodeDktModel(files.modelJson, files.weights);
  const stepper = new DktStepper(model);
  let state = stepper.initialState();
  const predictions: number[][] = [];
  for (const attempt of attempts) {
    const next = stepper.step(state, attempt.skillIndex, attempt.correct);
    state = next.state;
    predictions.push(Array.from(next.predictions));
  }
  model.dispose();
  const fixture: GoldenFixture = { packId, weightsSha256: files.sha256, backend, attempts, predictions };
  await mkdir(path.dirname(goldenPath(packId)), { recursive: true });
  await writeFile(goldenPath(packId), JSON.stringify(fixture) + '\n');
  console.log(`wrote ${path.relative(repoRoot, goldenPath(packId))}: ${attempts.length} answers x ${metadata.skillIds.length} skills (${backend})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`make-golden: ${(error as Error).message}`);
    process.exit(1);
  });
}
