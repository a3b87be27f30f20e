import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_BENCH_CONFIG, DEFAULT_SKILL_SEED, parsePolicyBenchConfig } from './policy-config.ts';

const configDir = path.join(import.meta.dirname, 'policy-configs');

describe('policy bench config', () => {
  it('reads every shipped config, a population without "world" living in the wayfind world', () => {
    for (const file of readdirSync(configDir)) {
      const json = JSON.parse(readFileSync(path.join(configDir, file), 'utf8')) as { populations: { world?: string; skillSeed?: number }[] };
      const config = parsePolicyBenchConfig(json);
      expect(config.populations.length).toBeGreaterThan(0);
      config.populations.forEach((p, i) => {
        const written = json.populations[i]!;
        expect(p.world).toBe(written.world ?? 'wayfind');
        // Configs written before worlds existed say nothing of skill seeds and meet an unseen one.
        expect(p.skillSeed).toBe(written.skillSeed ?? DEFAULT_SKILL_SEED);
      });
    }
  });

  it('the tuning slice shares no learners and no skill parameters with the default run', () => {
    const tuning = parsePolicyBenchConfig(JSON.parse(readFileSync(path.join(configDir, 'tuning.json'), 'utf8')));
    expect(new Set(tuning.populations.map((p) => p.world))).toEqual(new Set(['wayfind', 'bkt', 'pfa']));
    const reported = DEFAULT_POLICY_BENCH_CONFIG.populations;
    for (const p of tuning.populations) {
      expect(reported.map((r) => r.seed)).not.toContain(p.seed);
      expect(reported.map((r) => r.skillSeed)).not.toContain(p.skillSeed);
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
