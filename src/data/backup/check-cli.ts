/**
 * Checks a backup file from the command line, with the same validation as Restore:
 *   npm run backup:check -- FILE [--passphrase P]
 * Prints "VALID" and the counts per learner and table, or "INVALID: reason" and exits 1.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { StoredCounts } from '../counts.ts';
import { BackupError, DEFAULT_LIMITS } from './format.ts';
import { parseBackup, type ValidBackup } from './validate.ts';

export interface CliArguments {
  file: string;
  passphrase?: string;
}

export function parseArguments(argv: readonly string[]): CliArguments | string {
  let file: string | undefined;
  let passphrase: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--passphrase') {
      passphrase = argv[++index];
      if (passphrase === undefined) return '--passphrase needs a value';
    } else if (argument.startsWith('--passphrase=')) {
      passphrase = argument.slice('--passphrase='.length);
    } else if (argument.startsWith('-')) {
      return `unknown option ${argument}`;
    } else if (file === undefined) {
      file = argument;
    } else {
      return `unexpected argument ${argument}`;
    }
  }
  if (file === undefined) return 'usage: backup:check FILE [--passphrase P]';
  return passphrase === undefined ? { file } : { file, passphrase };
}

function formatCounts(counts: StoredCounts): string[] {
  const lines: string[] = [];
  for (const learner of counts.learners) {
    const tables = Object.entries(learner.counts).map(([table, count]) => `${table}=${count}`);
    lines.push(`learner ${learner.learnerId} (${learner.displayName}): ${tables.join(' ')}`);
  }
  lines.push(`household: ${Object.entries(counts.household).map(([table, count]) => `${table}=${count}`).join(' ')}`);
  return lines;
}

export function describeValid(backup: ValidBackup): string {
  return [
    `VALID: format ${backup.formatVersion}, schema ${backup.sourceSchemaVersion}, ${backup.encrypted ? 'encrypted' : 'not encrypted'}, ` +
      `scope ${backup.scope.kind === 'all' ? 'all learners' : `learner ${backup.scope.learnerId}`}, ${backup.counts.learners.length} learner(s)`,
    ...formatCounts(backup.counts),
  ].join('\n');
}

/** Runs the check; returns the exit code and what to print. */
export async function runCheck(argv: readonly string[]): Promise<{ code: number; output: string }> {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') return { code: 2, output: `INVALID: ${parsed}` };
  try {
    const size = (await stat(parsed.file)).size;
    // Refuse before reading: a hostile file should not be loaded into memory at all.
    if (size > DEFAULT_LIMITS.maxFileChars) {
      return { code: 1, output: `INVALID: The file is ${size} bytes; backups larger than ${DEFAULT_LIMITS.maxFileChars} are refused.` };
    }
    const text = await readFile(parsed.file, 'utf8');
    const backup = await parseBackup(text, parsed.passphrase === undefined ? {} : { passphrase: parsed.passphrase });
    return { code: 0, output: describeValid(backup) };
  } catch (error) {
    if (error instanceof BackupError) return { code: 1, output: `INVALID: ${error.message}` };
    const reason = error instanceof Error ? error.message : String(error);
    return { code: 1, output: `INVALID: cannot read the file (${reason})` };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, output } = await runCheck(process.argv.slice(2));
  console.log(output);
  process.exitCode = code;
}
