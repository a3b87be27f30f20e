/** Installing and upgrading packs: versions compare numerically; progress stays for kept skills. */
import { describe, expect, it } from 'vitest';
import { compareVersions, planUpgrade, preparePackForInstall } from './install.ts';
import { minimalPack } from './testing/minimal-pack.ts';

const prepared = (mutate: (p: ReturnType<typeof minimalPack>) => void = () => {}) => {
  const p = minimalPack();
  mutate(p);
  const result = preparePackForInstall(p);
  if (!result.ok || !result.pack) throw new Error(JSON.stringify(result.problems));
  return result.pack;
};

describe('pack versions and upgrades', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });

  it('plans a fresh install', () => {
    expect(planUpgrade(undefined, prepared())).toEqual({ action: 'install', keptSkills: [], removedSkills: [], addedSkills: ['halves', 'quarters'] });
  });

  it('upgrades a newer version, keeping skills whose ids remain', () => {
    const installed = prepared();
    const next = prepared((p) => {
      p.version = '1.1.0';
      p.skills[1].id = 'fourths';
      p.generators[0].skill = 'fourths';
      p.credentials[1].requires = { skills: ['fourths'], level: 'mastered' };
    });
    expect(planUpgrade(installed, next)).toEqual({ action: 'upgrade', keptSkills: ['halves'], removedSkills: ['quarters'], addedSkills: ['fourths'] });
  });

  it('recognises the same and an older version', () => {
    expect(planUpgrade(prepared(), prepared()).action).toBe('same');
    expect(planUpgrade(prepared((p) => { p.version = '2.0.0'; }), prepared()).action).toBe('older');
  });
});
