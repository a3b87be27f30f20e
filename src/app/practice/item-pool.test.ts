import { describe, expect, it } from 'vitest';
import { buildItemPool } from './item-pool.ts';
import { T0, testPack } from './testing/session-fixtures.ts';

describe('buildItemPool', () => {
  it('puts items the learner answered longest ago last, and generates instances on demand', () => {
    const pack = testPack();
    const pool = buildItemPool(pack, { seed: 1, lastAnsweredAt: new Map([['h1', T0]]), instancesPerGenerator: 3 });
    const halves = pool.itemsBySkill.get('halves')!;
    expect(halves).toEqual(['h0', 'h2', 'h3', 'h1']);
    const quarters = pool.itemsBySkill.get('quarters')!;
    expect(quarters).toHaveLength(3);
    expect(pool.item(quarters[0]!)).toMatchObject({ id: quarters[0], skill: 'quarters' });
    expect(pool.item('missing')).toBeUndefined();
    // More on demand: fresh seeds, new ids, for generated skills only.
    expect(pool.extend('quarters')).toBe(true);
    const more = pool.itemsBySkill.get('quarters')!;
    expect(more).toHaveLength(6);
    expect(new Set(more).size).toBe(6);
    expect(pool.extend('eighths')).toBe(false);
  });
});
