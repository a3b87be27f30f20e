/**
 * bench:content-check - how long checking a pack takes, for the built-in packs, the hostile
 * formula packs and packs at each size limit. Issue 17 asks that any pack within the size limits
 * be checked in at most 2 s on this machine.
 *
 *   npm run bench:content-check [-- --runs 3]
 *
 * Each pack is checked in a fresh process (cold, as content:check and a fresh import are), with
 * content:check's settings (200 generator seeds) and then the in-app import's (50 seeds, in the
 * same process, so warm). Times are CPU seconds (user + system, all of the process's threads,
 * so JIT and GC threads count too): the machine is shared by several people, and wall time
 * measures their load as much as the check (it is printed as well). Per pack the median over
 * --runs processes is kept; worst_seconds is the worst of those medians for content:check's cold
 * check, the slower of the two.
 *
 * Ends with one JSON line: {"worst_seconds": N, "packs": N, ...}
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchPacks } from './content-check-packs.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const dir = mkdtempSync(path.join(tmpdir(), 'wayfind-bench-packs-'));
const one = path.join(path.dirname(new URL(import.meta.url).pathname), 'content-check-one.ts');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Run { cliSeconds: number; cliWall: number; appSeconds: number; appWall: number; ok: boolean; appOk: boolean; errors: number; first: string | null }

const rows: { label: string; kb: number; cli: number; cliWall: number; app: number; ok: boolean; first: string | null }[] = [];
try {
  for (const [i, pack] of benchPacks().entries()) {
    const file = path.join(dir, `pack-${i}.json`);
    writeFileSync(file, pack.text);
    const results: Run[] = [];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', one, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
      results.push(JSON.parse(out.trim().split('\n').pop()!) as Run);
    }
    const row = { label: pack.label, kb: Math.round(pack.text.length / 1024), cli: median(results.map((x) => x.cliSeconds)), cliWall: median(results.map((x) => x.cliWall)), app: median(results.map((x) => x.appSeconds)), ok: results[0].ok, first: results[0].first };
    rows.push(row);
    console.log(`${row.cli.toFixed(2).padStart(6)} s cold (200 seeds; wall ${row.cliWall.toFixed(2)} s) ${row.app.toFixed(2).padStart(6)} s in-app (50 seeds)  ${String(row.kb).padStart(6)} KB  ${row.ok ? 'accepted' : 'refused '}  ${row.label}${row.first ? `\n${' '.repeat(48)}${row.first}` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const worst = rows.reduce((a, b) => (b.cli > a.cli ? b : a));
console.log(`\nworst: ${worst.label} (${worst.cli.toFixed(2)} s); median of ${runs} runs per pack`);
console.log(JSON.stringify({
  worst_seconds: Number(worst.cli.toFixed(3)),
  worst_in_app_seconds: Number(Math.max(...rows.map((r) => r.app)).toFixed(3)),
  packs: rows.length,
  refused: rows.filter((r) => !r.ok).length,
}));
