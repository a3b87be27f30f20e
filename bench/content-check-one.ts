/**
 * One pack, timed in a process of its own (so it is checked cold, as `content:check` and a
 * fresh import are): reads a pack file, checks it as content:check does (200 seeds), then as the
 * in-app import does (50 seeds), and prints one JSON line. Used by bench/content-check.ts.
 */
import { readFileSync } from 'node:fs';
import { validatePack } from '../src/content/load.ts';
import { preparePackForInstall } from '../src/content/install.ts';

const text = readFileSync(process.argv[2], 'utf8');
/** Wall time and CPU time (user + system) of a task, in seconds. */
function timed<T>(task: () => T): { result: T; wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = task();
  const used = process.cpuUsage(cpu);
  return { result, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}
const cliRun = timed(() => validatePack(text, { generatorSeeds: 200 }));
// The app parses the text first, then prepares (validatePack accepts the parsed object).
const appRun = timed(() => preparePackForInstall(JSON.parse(text)));
const cli = cliRun.result;
const app = appRun.result;
const errors = cli.problems.filter((p) => p.severity === 'error');
console.log(JSON.stringify({ cliSeconds: cliRun.cpu, cliWall: cliRun.wall, appSeconds: appRun.cpu, appWall: appRun.wall, ok: cli.ok, appOk: app.ok, errors: errors.length, first: errors[0]?.message.slice(0, 140) ?? null }));
