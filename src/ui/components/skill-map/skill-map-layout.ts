/**
 * The skill map's geometry: dagre lays the prerequisite graph out top to bottom (prerequisites
 * above the skills that need them), and the same layout gives keyboard navigation its
 * neighbours, so what the arrow keys do matches what the eye sees.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { routeEdges } from './edge-routes.ts';

export interface MapSkill {
  id: string;
  name: string;
  prerequisites: readonly string[];
}

export interface PlacedNode {
  id: string;
  /** Centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

export interface SkillMapLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 200;
/** Height of one line of the skill's name, and the frame around the name and the level row. */
export const LINE_HEIGHT = 18;
const NODE_PADDING = 42;
/** Bold 14px text averages under 8.5px a character, and the name has 176px (200 less the band and padding). */
const CHARS_PER_LINE = 20;
const MAX_LINES = 3;

/**
 * The skill's name wrapped at word boundaries to fit a node, up to three lines. The whole name
 * stays visible where it fits, so the node's text matches its accessible name; only a name
 * longer than three lines ends with an ellipsis.
 */
export function nameLines(name: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= CHARS_PER_LINE || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, CHARS_PER_LINE - 1)}…`;
  return kept;
}

export function nodeHeight(name: string): number {
  return NODE_PADDING + nameLines(name).length * LINE_HEIGHT;
}

export function layoutSkillMap(skills: readonly MapSkill[]): SkillMapLayout {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(skills.map((skill) => skill.id));
  for (const skill of skills) graph.setNode(skill.id, { width: NODE_WIDTH, height: nodeHeight(skill.name) });
  for (const skill of skills) {
    for (const prerequisite of skill.prerequisites) if (known.has(prerequisite)) graph.setEdge(prerequisite, skill.id);
  }
  layout(graph);
  const nodes = skills.map((skill) => {
    const node = graph.node(skill.id) as { x: number; y: number; width: number; height: number };
    return { id: skill.id, x: node.x, y: node.y, width: node.width, height: node.height };
  });
  const raw = graph.edges().map((edge) => ({
    from: edge.v,
    to: edge.w,
    points: ((graph.edge(edge) as { points?: { x: number; y: number }[] }).points ?? []).map(({ x, y }) => ({ x, y })),
  }));
  const routes = routeEdges(nodes, raw);
  const edges = raw.map((edge, i) => ({ ...edge, points: routes[i]! }));
  const label = graph.graph() as { width?: number; height?: number };
  return { nodes, edges, width: label.width ?? 0, height: label.height ?? 0 };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node the arrow key moves to from `fromId`: up to a prerequisite, down to a skill that needs
 * it (the nearest one horizontally), left and right to the next node in the same row.
 */
export function neighbour(map: SkillMapLayout, skills: readonly MapSkill[], fromId: string, direction: Direction): string | null {
  const from = map.nodes.find((node) => node.id === fromId);
  if (!from) return null;
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const nearest = (ids: readonly string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((node): node is PlacedNode => node !== undefined)
      .sort((a, b) => Math.abs(a.x - from.x) - Math.abs(b.x - from.x) || a.x - b.x)[0]?.id ?? null;
  if (direction === 'up') return nearest(skills.find((skill) => skill.id === fromId)?.prerequisites ?? []);
  if (direction === 'down') return nearest(skills.filter((skill) => skill.prerequisites.includes(fromId)).map((skill) => skill.id));
  const row = map.nodes.filter((node) => Math.abs(node.y - from.y) < 1).sort((a, b) => a.x - b.x);
  const index = row.findIndex((node) => node.id === fromId);
  return row[index + (direction === 'left' ? -1 : 1)]?.id ?? null;
}

/**
 * The skills as a tree for the list view: each skill sits under the last of its prerequisites
 * in prerequisite order (so it appears once, after everything it needs), roots at the top.
 */
export interface SkillTreeNode {
  skill: MapSkill;
  children: SkillTreeNode[];
}

export function skillTree(skills: readonly MapSkill[]): SkillTreeNode[] {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    byId.get(id)!.prerequisites.forEach(visit);
    order.push(id);
  };
  skills.forEach((skill) => visit(skill.id));
  const position = new Map(order.map((id, i) => [id, i]));
  const nodes = new Map(order.map((id) => [id, { skill: byId.get(id)!, children: [] as SkillTreeNode[] }]));
  const roots: SkillTreeNode[] = [];
  for (const id of order) {
    const parents = byId.get(id)!.prerequisites.filter((p) => byId.has(p));
    const parent = parents.sort((a, b) => position.get(b)! - position.get(a)!)[0];
    (parent ? nodes.get(parent)!.children : roots).push(nodes.get(id)!);
  }
  return roots;
}
