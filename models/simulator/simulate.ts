/**
 * Writes a simulated cohort over a skill graph as a three-line knowledge-tracing file, ready
 * for models/kt-train.ts.
 *
 *   npx tsx models/simulator/simulate.ts --graph GRAPH.json --out FILE.csv
 *     [--learners N] [--sessions N] [--attempts N] [--days X] [--seed N] [--skill-seed N]
 *
 * GRAPH.json is {"skills": [{"id": "...", "prerequisites": ["..."]}, ...]}. Skill ids in the
 * output are the dense indices of the graph's skills, in the order the graph lists them.
 * --seed picks the learners; --skill-seed the skill difficulties (keep it to simulate other
 * learners on the same pack).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { simulateCohort, type CohortOptions } from './cohort.ts';
import type { SkillGraph } from './skill-graph.ts';

const { values: args } = parseArgs({
  options: {
    graph: { type: 'string' },
    out: { type: 'string' },
    learners: { type: 'string' },
    sessions: { type: 'string' },
    attempts: { type: 'string' },
    days: { type: 'string' },
    seed: { type: 'string' },
    'skill-seed': { type: 'string' },
  },
});

async function main(): Promise<void> {
  if (!args.graph || !args.out) throw new Error('usage: simulate --graph GRAPH.json --out FILE.csv [--learners N] ...');
  const graph = JSON.parse(await readFile(args.graph, 'utf8')) as SkillGraph;
  if (!Array.isArray(graph?.skills)) throw new Error(`${args.graph}: expected {"skills": [{"id", "prerequisites"}, ...]}`);
  const options: Partial<CohortOptions> = {
    ...(args.learners ? { learners: Number(args.learners) } : {}),
    ...(args.sessions ? { sessions: Number(args.sessions) } : {}),
    ...(args.attempts ? { attemptsPerSession: Number(args.attempts) } : {}),
    ...(args.days ? { daysBetweenSessions: Number(args.days) } : {}),
    ...(args.seed ? { seed: Number(args.seed) } : {}),
    ...(args['skill-seed'] ? { skillSeed: Number(args['skill-seed']) } : {}),
  };
  const cohort = simulateCohort(graph, options);
  const lines = cohort.learners.flatMap((attempts) => [
    String(attempts.length),
    attempts.map((a) => a.skill).join(','),
    attempts.map((a) => (a.correct ? 1 : 0)).join(','),
  ]);
  await writeFile(args.out, lines.join('\n') + '\n');
  const answers = cohort.learners.flat();
  const correct = answers.filter((a) => a.correct).length;
  console.log(`${cohort.learners.length} learners, ${answers.length} answers (${((100 * correct) / answers.length).toFixed(1)}% correct) over ${cohort.skillIds.length} skills -> ${args.out}`);
}

main().catch((error: unknown) => {
  console.error(`simulate: ${(error as Error).message}`);
  process.exit(1);
});
