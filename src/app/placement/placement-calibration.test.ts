import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeSpace, stateMarginals } from './knowledge-space.ts';
import { loadPlacementCalibration, parsePlacementCalibration, placementOptionsFromCalibration } from './placement-calibration.ts';

const packIds = ['fractions-3-6', 'spreadsheet-formulas'];

function readPack(id: string) {
  return JSON.parse(readFileSync(`content/packs/${id}.json`, 'utf8')) as { id: string; version: string; skills: { id: string; prerequisites: string[] }[] };
}

function readCalibration(id: string): unknown {
  return JSON.parse(readFileSync(`models/packs/${id}/placement.json`, 'utf8'));
}

describe('shipped placement calibrations', () => {
  it.each(packIds)('%s: fits the pack it ships with, one entry per skill', (id) => {
    const pack = readPack(id);
    // If this fails after a pack changed: npm run placement:calibrate
    const calibration = parsePlacementCalibration(readCalibration(id), pack);
    expect(Object.keys(calibration.skills).sort()).toEqual(pack.skills.map((skill) => skill.id).sort());
  });

  it('gives a prior whose skill chances are the measured shares of learners who mastered them', () => {
    const pack = readPack('fractions-3-6');
    const calibration = parsePlacementCalibration(readCalibration('fractions-3-6'), pack);
    const space = buildKnowledgeSpace(pack.skills);
    const { prior, noiseBySkill } = placementOptionsFromCalibration(space, calibration);
    const marginals = stateMarginals(space, prior!);
    space.ids.forEach((skillId, s) => expect(marginals[s]).toBeCloseTo(calibration.skills[skillId]!.mastered, 1));
    expect(noiseBySkill!.get('unit-fractions')).toEqual({ guess: calibration.skills['unit-fractions']!.guess, slip: calibration.skills['unit-fractions']!.slip });
  });
});

describe('parsePlacementCalibration', () => {
  const pack = { id: 'fractions-3-6', version: '1.0.0' };
  const valid = () => structuredClone(readCalibration('fractions-3-6')) as { skills: Record<string, { slip: number }> };

  it('rejects a file of another kind, saying so', () => {
    expect(() => parsePlacementCalibration({ ...valid(), kind: 'wayfind-pack-model' }, pack)).toThrow(/not a placement calibration \(kind/);
  });

  it('rejects a chance outside 0..1 and names the field', () => {
    const bad = valid();
    bad.skills['unit-fractions'].slip = 1.5;
    expect(() => parsePlacementCalibration(bad, pack)).toThrow(/skills\.unit-fractions\.slip/);
  });

  it('rejects a calibration for another version of the pack', () => {
    expect(() => parsePlacementCalibration(valid(), { id: 'fractions-3-6', version: '2.0.0' })).toThrow(/is for fractions-3-6 1\.0\.0, not fractions-3-6 2\.0\.0/);
  });

  it('rejects something that is not an object', () => {
    expect(() => parsePlacementCalibration('placement', pack)).toThrow(/not a placement calibration/);
  });
});

describe('loadPlacementCalibration', () => {
  const pack = { id: 'fractions-3-6', version: '1.0.0' };
  const serve = (status: number, body: unknown): typeof fetch => async (url) => {
    expect(String(url)).toBe('/models/fractions-3-6/placement.json');
    return new Response(JSON.stringify(body), { status });
  };

  it('returns the checked calibration of a built-in pack', async () => {
    const calibration = await loadPlacementCalibration(pack, '/models/', serve(200, readCalibration('fractions-3-6')));
    expect(calibration?.packId).toBe('fractions-3-6');
  });

  it('returns null for a pack without one (an imported pack)', async () => {
    expect(await loadPlacementCalibration(pack, '/models/', serve(404, {}))).toBeNull();
  });

  it('returns null, and warns, for a file that does not fit the pack', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...items: unknown[]) => void warnings.push(items);
    try {
      expect(await loadPlacementCalibration({ id: 'fractions-3-6', version: '9.9.9' }, '/models/', serve(200, readCalibration('fractions-3-6')))).toBeNull();
    } finally {
      console.warn = original;
    }
    expect(warnings).toHaveLength(1);
  });
});
