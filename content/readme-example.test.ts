/** The complete example in content/README.md passes the full check. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packStats, validatePack } from '../src/content/load.ts';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');

describe('content/README.md example pack', () => {
  it('passes content:check', () => {
    const block = /```json example-pack\n([\s\S]*?)\n```/.exec(readme);
    expect(block).not.toBeNull();
    const result = validatePack(block![1], { generatorSeeds: 200 });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(packStats(result.pack!)).toEqual({ id: 'halves-demo', skills: 2, lessons: 2, items: 6, generators: 1, credentials: 2, stacks: 1 });
    expect(new Set(result.pack!.items!.map((i) => i.type)).size).toBe(6);
  });
});
