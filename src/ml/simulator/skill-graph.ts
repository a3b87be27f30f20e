/**
 * The generic skill graph the simulator works over: what a content pack declares, reduced to
 * skills and their prerequisites.
 */
export interface SkillGraph {
  readonly skills: readonly { readonly id: string; readonly prerequisites: readonly string[] }[];
}

/** A checked graph with dense indices: skill i's prerequisites are `prerequisites[i]`. */
export interface IndexedSkillGraph {
  readonly ids: readonly string[];
  readonly prerequisites: readonly (readonly number[])[];
  /** Dense indices with every skill after all of its prerequisites. */
  readonly order: readonly number[];
}

/**
 * Validates and indexes a graph. A duplicate id, an unknown prerequisite, a skill that requires
 * itself or a cycle is an Error that names the skills involved.
 */
export function indexSkillGraph(graph: SkillGraph): IndexedSkillGraph {
  const ids = graph.skills.map((skill) => skill.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (indexOf.has(id)) throw new Error(`skill "${id}" appears twice in the skill graph`);
    indexOf.set(id, i);
  });
  const prerequisites = graph.skills.map((skill) =>
    skill.prerequisites.map((required) => {
      const index = indexOf.get(required);
      if (index === undefined) throw new Error(`skill "${skill.id}" requires "${required}", which is not in the skill graph`);
      if (required === skill.id) throw new Error(`skill "${skill.id}" lists itself as a prerequisite`);
      return index;
    }),
  );
  return { ids, prerequisites, order: topologicalOrder(ids, prerequisites) };
}

function topologicalOrder(ids: readonly string[], prerequisites: readonly (readonly number[])[]): number[] {
  const state = new Uint8Array(ids.length); // 0 unvisited, 1 on the current path, 2 done
  const order: number[] = [];
  const visit = (skill: number, path: number[]): void => {
    if (state[skill] === 2) return;
    if (state[skill] === 1) {
      const cycle = [...path.slice(path.indexOf(skill)), skill].map((i) => ids[i]);
      throw new Error(`the skill graph has a prerequisite cycle: ${cycle.join(' -> ')}`);
    }
    state[skill] = 1;
    for (const required of prerequisites[skill]!) visit(required, [...path, skill]);
    state[skill] = 2;
    order.push(skill);
  };
  ids.forEach((_, skill) => visit(skill, []));
  return order;
}
