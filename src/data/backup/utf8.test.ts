import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './utf8.ts';

const reference = (text: string) => new TextEncoder().encode(text);

describe('utf8Bytes', () => {
  it('gives the same bytes as TextEncoder.encode', () => {
    const samples = [
      '',
      'plain ASCII {"a":1}',
      'Zoë wrote ✓ and 数学',
      // Mostly multi-byte: overflows the first buffer and takes the second path.
      '数'.repeat(10_000) + 'tail',
      // Surrogate pairs around the point where the first buffer fills.
      'a'.repeat(4_090) + '😀'.repeat(5_000) + 'end',
      // A lone surrogate becomes U+FFFD, as TextEncoder does.
      'broken \ud800 pair',
    ];
    for (const text of samples) expect(utf8Bytes(text)).toEqual(reference(text));
  });
});
