/**
 * Fits every built-in pack's placement calibration and writes models/packs/<pack-id>/placement.json
 * (read by src/app/placement/placement-calibration.ts, copied and precached with the pack's model).
 *
 *   npx tsx models/placement/calibrate.ts [--packs DIR] [--only PACK-ID] [--learners 600] [--seed 1000]
 *
 * The learners are simulated (models/placement/population.ts) with the simulator parameters and
 * skill difficulties of the cohort the pack's DKT was trained on (its metadata.json), as many as
 * that cohort had; the benchmark's learners (bench/placement.ts) are other draws. From them:
 * each skill's guess and slip (answering the kind of item placement asks: placement-items.ts),
 * each skill's share of learners who have mastered it, and the
 * prior's log-odds that match those shares (knowledge-space.ts).
 *
 * Ends with one JSON line: {"packs": N, "learners": N, "guess_mean": N, "slip_mean": N, "seconds": N}
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PlacementCalibration } from '../../src/app/placement/placement-calibration.ts';
import { repoRoot } from '../kt-data.ts';
import { calibratePack, trainingWorld, type PackFile } from './calibration.ts';

const { values: args } = parseArgs({
  options: {
    packs: { type: 'string' },
    only: { type: 'string' },
    learners: { type: 'string', default: '600' },
    seed: { type: 'string', default: '1000' },
  },
});

async function main(): Promise<void> {
  const started = performance.now();
  const packsDir = path.resolve(args.packs ?? path.join(repoRoot, 'content', 'packs'));
  const learners = Number(args.learners);
  const seed = Number(args.seed);
  const files = (await readdir(packsDir)).filter((name) => name.endsWith('.json')).sort();
  const written: PlacementCalibration[] = [];
  for (const file of files) {
    const pack = JSON.parse(await readFile(path.join(packsDir, file), 'utf8')) as PackFile;
    if (!Array.isArray(pack.skills) || (args.only && pack.id !== args.only)) continue;
    const modelDir = path.join(repoRoot, 'models', 'packs', pack.id);
    if (!existsSync(path.join(modelDir, 'metadata.json'))) {
      console.log(`${pack.id}: no trained model, skipped (train it first: models/train-pack-models.ts)`);
      continue;
    }
    const calibration = calibratePack(pack, await trainingWorld(modelDir), learners, seed);
    await writeFile(path.join(modelDir, 'placement.json'), `${JSON.stringify(calibration, null, 1)}\n`);
    console.log(`${pack.id}: ${Object.keys(calibration.skills).length} skills, guess ${calibration.guess}, slip ${calibration.slip} -> ${path.relative(repoRoot, modelDir)}/placement.json`);
    written.push(calibration);
  }
  const mean = (f: (c: PlacementCalibration) => number) => (written.length ? Math.round((written.reduce((sum, c) => sum + f(c), 0) / written.length) * 1e4) / 1e4 : null);
  console.log(JSON.stringify({ packs: written.length, learners, guess_mean: mean((c) => c.guess), slip_mean: mean((c) => c.slip), seconds: Math.round((performance.now() - started) / 100) / 10 }));
}

await main();
