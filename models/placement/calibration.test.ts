import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlacementCalibration } from '../../src/app/placement/placement-calibration.ts';
import { calibratePack, trainingWorld, type PackFile } from './calibration.ts';

describe('shipped placement calibration', () => {
  it.each(['fractions-3-6', 'spreadsheet-formulas'])('%s: placement.json is what models/placement/calibrate.ts fits today', async (id) => {
    const pack = JSON.parse(readFileSync(`content/packs/${id}.json`, 'utf8')) as PackFile;
    const modelDir = path.join('models', 'packs', id);
    const shipped = parsePlacementCalibration(JSON.parse(readFileSync(path.join(modelDir, 'placement.json'), 'utf8')), pack);
    const { seed, learners } = shipped.source as { seed: number; learners: number };
    // If this fails after a change to the pack, its items or the simulator: npm run placement:calibrate
    const fitted = calibratePack(pack, await trainingWorld(modelDir), learners, seed);
    expect({ ...fitted, createdAt: shipped.createdAt }).toEqual(shipped);
  }, 30_000);
});
