import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutSkillMap, type MapSkill, type PlacedNode } from './skill-map-layout.ts';

/** The built-in packs' skill graphs, as the map draws them. */
function packSkills(file: string): MapSkill[] {
  const pack = JSON.parse(readFileSync(new URL(`../../../../content/packs/${file}`, import.meta.url), 'utf8')) as {
    skills: { id: string; name: string; prerequisites?: string[] }[];
  };
  return pack.skills.map((skill) => ({ id: skill.id, name: skill.name, prerequisites: skill.prerequisites ?? [] }));
}

/** Whether the segment p-q passes through the inside of the node's box (shrunk by 1px so touching the border is allowed). */
function crosses(p: { x: number; y: number }, q: { x: number; y: number }, node: PlacedNode): boolean {
  const left = node.x - node.width / 2 + 1;
  const right = node.x + node.width / 2 - 1;
  const top = node.y - node.height / 2 + 1;
  const bottom = node.y + node.height / 2 - 1;
  // Liang-Barsky clipping: does any part of the segment lie inside the box?
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [edge, delta] of [[p.x - left, -dx], [right - p.x, dx], [p.y - top, -dy], [bottom - p.y, dy]] as const) {
    if (delta === 0) {
      if (edge < 0) return false;
    } else {
      const t = edge / delta;
      if (delta < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

describe('skill map edges', () => {
  for (const file of ['fractions-3-6.json', 'spreadsheet-formulas.json']) {
    it(`never run through another skill's box (${file})`, () => {
      const map = layoutSkillMap(packSkills(file));
      const through: string[] = [];
      const byId = new Map(map.nodes.map((node) => [node.id, node]));
      for (const edge of map.edges) {
        // Each edge leaves its prerequisite from the bottom and enters the skill that needs it from the top.
        const from = byId.get(edge.from)!;
        const to = byId.get(edge.to)!;
        expect(edge.points[0]!.y).toBeCloseTo(from.y + from.height / 2);
        expect(Math.abs(edge.points[0]!.x - from.x)).toBeLessThan(from.width / 2);
        expect(edge.points.at(-1)!.y).toBeCloseTo(to.y - to.height / 2);
        expect(Math.abs(edge.points.at(-1)!.x - to.x)).toBeLessThan(to.width / 2);
        for (const node of map.nodes) {
          if (node.id === edge.from || node.id === edge.to) continue;
          for (let i = 1; i < edge.points.length; i++) {
            if (crosses(edge.points[i - 1]!, edge.points[i]!, node)) through.push(`${edge.from}>${edge.to} through ${node.id}`);
          }
        }
      }
      expect(map.edges.length).toBeGreaterThan(10);
      expect(through).toEqual([]);
    });
  }
});
