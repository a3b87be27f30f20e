/**
 * Edge routes for the skill map that never cross a skill's box. Dagre's own edge lines run
 * straight from border to border, so a steep fan-out leaves a node through its side and across its
 * neighbours' names. Here every edge leaves its prerequisite from the bottom, runs sideways only in
 * the empty channel between two rows, passes each row it skips through the gap dagre reserved for
 * it (its dummy node), and enters the skill that needs it from the top. Edges sharing a channel get
 * their own lane, and edges meeting at a node get their own point on its border, so no two read
 * as one.
 */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface RawEdge {
  from: string;
  to: string;
  /** Dagre's points: border, one per skipped row (the gap it kept free), border. */
  points: Point[];
}

/** Spreads `count` attachment points across the middle of a node's side. */
function spread(box: Box, index: number, count: number): number {
  if (count <= 1) return box.x;
  const span = Math.min(box.width * 0.6, (count - 1) * 16);
  return box.x - span / 2 + (span * index) / (count - 1);
}

export function routeEdges(nodes: readonly Box[], edges: readonly RawEdge[]): Point[][] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Rows: dagre puts every skill of a row at the same y.
  const rowYs = [...new Set(nodes.map((node) => Math.round(node.y)))].sort((a, b) => a - b);
  const rowOf = (node: Box) => rowYs.indexOf(Math.round(node.y));
  const rowTop = rowYs.map((y) => Math.min(...nodes.filter((n) => Math.round(n.y) === y).map((n) => n.y - n.height / 2)));
  const rowBottom = rowYs.map((y) => Math.max(...nodes.filter((n) => Math.round(n.y) === y).map((n) => n.y + n.height / 2)));

  // The columns each edge takes: its source, the gap in every row it skips, its target.
  const plans = edges.map((edge) => {
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    const inner = edge.points.slice(1, -1);
    const xs: number[] = [];
    for (let row = rowOf(from) + 1; row < rowOf(to); row++) {
      const nearest = inner.reduce<Point | null>((best, p) => (!best || Math.abs(p.y - rowYs[row]!) < Math.abs(best.y - rowYs[row]!) ? p : best), null);
      xs.push(nearest?.x ?? to.x);
    }
    return { edge, from, to, xs };
  });

  // Attachment points: ordered by where the edge heads, so lines leaving or entering a node do not cross there.
  const startX = new Map<RawEdge, number>();
  const endX = new Map<RawEdge, number>();
  for (const node of nodes) {
    const out = plans.filter((p) => p.from === node).sort((a, b) => (a.xs[0] ?? a.to.x) - (b.xs[0] ?? b.to.x));
    out.forEach((p, i) => startX.set(p.edge, spread(node, i, out.length)));
    const into = plans.filter((p) => p.to === node).sort((a, b) => (a.xs.at(-1) ?? a.from.x) - (b.xs.at(-1) ?? b.from.x));
    into.forEach((p, i) => endX.set(p.edge, spread(node, i, into.length)));
  }

  // Lanes: each edge crossing the channel under row r gets its own height in it.
  const lanes = new Map<number, RawEdge[]>();
  for (const plan of plans) {
    for (let row = rowOf(plan.from); row < rowOf(plan.to); row++) lanes.set(row, [...(lanes.get(row) ?? []), plan.edge]);
  }
  const laneY = (row: number, edge: RawEdge) => {
    const users = lanes.get(row)!;
    const top = rowBottom[row]!;
    const bottom = rowTop[row + 1]!;
    return top + ((bottom - top) * (users.indexOf(edge) + 1)) / (users.length + 1);
  };

  return plans.map(({ edge, from, to, xs }) => {
    const columns = [startX.get(edge)!, ...xs, endX.get(edge)!];
    const points: Point[] = [{ x: columns[0]!, y: from.y + from.height / 2 }];
    for (let step = 0; step < columns.length - 1; step++) {
      const y = laneY(rowOf(from) + step, edge);
      points.push({ x: columns[step]!, y }, { x: columns[step + 1]!, y });
    }
    points.push({ x: columns.at(-1)!, y: to.y - to.height / 2 });
    return points;
  });
}
