/**
 * mulberry32: a tiny seeded PRNG. Generators draw only from this, never from Math.random, so a
 * given seed always yields the same item (on every device, in Node and in the browser).
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
}

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)],
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/** Mixes a generator id into the seed so two generators with the same seed differ. */
export function seedFor(generatorId: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < generatorId.length; i++) h = Math.imul(h ^ generatorId.charCodeAt(i), 16777619);
  return h >>> 0;
}
