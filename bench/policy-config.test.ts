import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_BENCH_CONFIG, DEFAULT_SKILL_SEED, parsePolicyBenchConfig } from './policy-config.ts';

const configDir = path.join(import.meta.dirname, 'policy-configs');

describe('policy bench config', () => {
  it('reads every shipped config, a population without "world" living in the wayfind world', () => {
    for (const file of readdirSync(configDir)) {
      const config = parsePolicyBenchConfig(JSON.parse(readFileSync(path.join(configDir, file), 'utf8')));
      expect(config.populations.length).toBeGreaterThan(0);
      for (const p of config.populations) {
        expect(p.world).toBe('wayfind');
        // Configs written before worlds existed say nothing of skill seeds and meet an unseen one.
        if (file !== 'trained-difficulties.json') expect(p.skillSeed).toBe(DEFAULT_SKILL_SEED);
        else expect(p.skillSeed).toBe(0);
      }
    }
  });

  it('the default run covers every world', () => {
    expect(new Set(DEFAULT_POLICY_BENCH_CONFIG.populations.map((p) => p.world))).toEqual(new Set(['wayfind', 'bkt', 'pfa']));
  });

  it('names what is wrong', () => {
    const population = { name: 'x', learners: 3, seed: 1 };
    expect(() => parsePolicyBenchConfig({ populations: [{ ...population, world: 'afm' }] })).toThrow('populations[0]: "world" must be one of wayfind, bkt, pfa');
    expect(() => parsePolicyBenchConfig({ populations: [{ ...population, world: 'bkt', parameters: { guess: 0.2 } }] })).toThrow('the "bkt" world has no parameter "guess"');
    expect(() => parsePolicyBenchConfig({ populations: [{ ...population, skillSeed: 'one' }] })).toThrow('"skillSeed" must be a number');
    expect(parsePolicyBenchConfig({ populations: [{ ...population, world: 'pfa', skillSeed: 4 }] }).populations[0]).toMatchObject({ world: 'pfa', skillSeed: 4, parameters: {} });
  });
});
