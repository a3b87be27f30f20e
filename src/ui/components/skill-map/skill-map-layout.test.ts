import { describe, expect, it } from 'vitest';
import { layoutSkillMap, neighbour, skillTree, type MapSkill } from './skill-map-layout.ts';

// a -> b -> d, a -> c -> d
const skills: MapSkill[] = [
  { id: 'd', name: 'D', prerequisites: ['b', 'c'] },
  { id: 'a', name: 'A', prerequisites: [] },
  { id: 'b', name: 'B', prerequisites: ['a'] },
  { id: 'c', name: 'C', prerequisites: ['a'] },
];

describe('skill map layout', () => {
  const map = layoutSkillMap(skills);
  const y = (id: string) => map.nodes.find((n) => n.id === id)!.y;

  it('puts prerequisites above the skills that need them, with an edge for each', () => {
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('d'));
    expect(y('b')).toBe(y('c'));
    expect(map.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['a>b', 'a>c', 'b>d', 'c>d']);
    expect(map.width).toBeGreaterThan(0);
  });

  it('moves along edges with up and down, and along a row with left and right', () => {
    expect(neighbour(map, skills, 'a', 'down')).toMatch(/^[bc]$/);
    expect(neighbour(map, skills, 'd', 'up')).toMatch(/^[bc]$/);
    expect(neighbour(map, skills, 'a', 'up')).toBeNull();
    const left = map.nodes.find((n) => n.id === 'b')!.x < map.nodes.find((n) => n.id === 'c')!.x ? 'b' : 'c';
    const right = left === 'b' ? 'c' : 'b';
    expect(neighbour(map, skills, left, 'right')).toBe(right);
    expect(neighbour(map, skills, right, 'left')).toBe(left);
    expect(neighbour(map, skills, right, 'right')).toBeNull();
  });

  it('nests the list view by prerequisite order, each skill once', () => {
    const tree = skillTree(skills);
    expect(tree.map((n) => n.skill.id)).toEqual(['a']);
    expect(tree[0]!.children.map((n) => n.skill.id)).toEqual(['b', 'c']);
    expect(tree[0]!.children[1]!.children.map((n) => n.skill.id)).toEqual(['d']);
  });
});

describe('nameLines', () => {
  it('wraps at word boundaries and keeps the whole name when it fits three lines', async () => {
    const { nameLines } = await import('./skill-map-layout.ts');
    const name = 'Add and subtract mixed numbers with unlike denominators';
    const lines = nameLines(name);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(name);
    expect(nameLines('Short')).toEqual(['Short']);
    const long = nameLines('word '.repeat(30).trim());
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
  });
});
