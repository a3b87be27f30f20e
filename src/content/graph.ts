/**
 * Skill-graph checks: every prerequisite exists, there are no cycles, and every skill can be
 * reached from the skills that need nothing first. Also gives a teaching order (topological).
 */
import { error, type Problem } from './problems.ts';

/** A skill as the graph sees it: its id and the skills it needs first. */
export interface SkillNode { readonly id: string; readonly prerequisites: readonly string[] }

export interface GraphReport {
  problems: Problem[];
  /** Skills whose every prerequisite chain ends at a root: the ones a learner can unlock. */
  reachable: Set<string>;
  /** A teaching order: each skill after its prerequisites (unreachable skills left out). */
  order: string[];
}

export function checkSkillGraph(skills: readonly SkillNode[]): GraphReport {
  const problems: Problem[] = [];
  const index = new Map(skills.map((s, i) => [s.id, i]));

  skills.forEach((skill, i) => {
    skill.prerequisites.forEach((pre, j) => {
      if (pre === skill.id) {
        problems.push(error(['skills', i, 'prerequisites', j], `Skill "${skill.id}" lists itself as a prerequisite.`, 'Remove it from its own prerequisites.'));
      } else if (!index.has(pre)) {
        problems.push(error(['skills', i, 'prerequisites', j], `Prerequisite "${pre}" of skill "${skill.id}" is not a skill in this pack.`,
          `Add a skill with id "${pre}", or correct the id (skill ids: ${[...index.keys()].slice(0, 8).join(', ')}${index.size > 8 ? ', ...' : ''}).`));
      }
    });
  });

  for (const cycle of findCycles(skills, index)) {
    const at = index.get(cycle[0])!;
    problems.push(error(['skills', at, 'prerequisites'], `Prerequisites form a cycle: ${[...cycle, cycle[0]].join(' -> ')}.`,
      'A skill cannot depend on itself through others: remove one link of the cycle.'));
  }

  // Kahn's algorithm: a skill is reachable once all its prerequisites are.
  const reachable = new Set<string>();
  const order: string[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const skill of skills) {
      if (reachable.has(skill.id)) continue;
      if (skill.prerequisites.every((p) => reachable.has(p))) {
        reachable.add(skill.id);
        order.push(skill.id);
        progress = true;
      }
    }
  }
  if (skills.length > 0 && !skills.some((s) => s.prerequisites.length === 0)) {
    problems.push(error(['skills'], 'No skill is a starting point: every skill has prerequisites.', 'Give at least one skill an empty prerequisites list.'));
  }
  skills.forEach((skill, i) => {
    if (!reachable.has(skill.id)) {
      const blocking = skill.prerequisites.filter((p) => !reachable.has(p));
      problems.push(error(['skills', i], `Skill "${skill.id}" can never be reached: its prerequisites ${blocking.map((b) => `"${b}"`).join(', ')} cannot be completed.`,
        'Fix the missing prerequisite or the cycle reported above; a learner must be able to reach every skill.'));
    }
  });
  return { problems, reachable, order };
}

/** Each distinct cycle once, as a list of skill ids. */
function findCycles(skills: readonly SkillNode[], index: Map<string, number>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    for (const pre of skills[index.get(id)!].prerequisites) {
      if (!index.has(pre) || pre === id) continue;
      if (state.get(pre) === 'active') {
        const cycle = stack.slice(stack.indexOf(pre));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) { seen.add(key); cycles.push(cycle); }
      } else if (!state.has(pre)) visit(pre);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const s of skills) if (!state.has(s.id)) visit(s.id);
  return cycles;
}
