import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArguments, runCheck } from './check-cli.ts';
import { writeBackupText } from './write.ts';
import { TEST_ITERATIONS, TEST_PASSPHRASE } from '../testing/hostile-backups.ts';
import { ADA, SAMPLE_START, sampleTables } from '../testing/sample-household.ts';

const run = promisify(execFile);
const cliPath = resolve(import.meta.dirname, 'check-cli.ts');
let folder: string;
let goodFile: string;
let encryptedFile: string;
let damagedFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wayfind-backup-check-'));
  const text = await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: SAMPLE_START });
  goodFile = join(folder, 'good.json');
  await writeFile(goodFile, text);
  encryptedFile = join(folder, 'encrypted.json');
  await writeFile(encryptedFile, await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: SAMPLE_START, passphrase: TEST_PASSPHRASE, iterations: TEST_ITERATIONS }));
  damagedFile = join(folder, 'damaged.json');
  await writeFile(damagedFile, text.replace('"correct":false', '"correct":true'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('backup:check arguments', () => {
  it('reads a file and an optional passphrase in either spelling', () => {
    expect(parseArguments(['a.json'])).toEqual({ file: 'a.json' });
    expect(parseArguments(['a.json', '--passphrase', 'p q'])).toEqual({ file: 'a.json', passphrase: 'p q' });
    expect(parseArguments(['--passphrase=x', 'a.json'])).toEqual({ file: 'a.json', passphrase: 'x' });
  });

  it('explains missing or unexpected arguments', () => {
    expect(parseArguments([])).toMatch(/usage/);
    expect(parseArguments(['a.json', '--passphrase'])).toMatch(/needs a value/);
    expect(parseArguments(['a.json', 'b.json'])).toMatch(/unexpected argument b.json/);
    expect(parseArguments(['--force', 'a.json'])).toMatch(/unknown option --force/);
  });
});

describe('backup:check', () => {
  it('prints VALID with counts for a good file', async () => {
    const { code, output } = await runCheck([goodFile]);
    expect(code).toBe(0);
    expect(output).toMatch(/^VALID/);
    expect(output).toContain(`learner ${ADA} (Ada): attempts=6`);
    expect(output).toContain('household: packs=1 keys=1 settings=2');
  });

  it('needs the passphrase for an encrypted file and says when it is wrong', async () => {
    expect((await runCheck([encryptedFile])).output).toBe('INVALID: This backup is encrypted: enter its passphrase to restore it.');
    const wrong = await runCheck([encryptedFile, '--passphrase', 'nope']);
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(/^INVALID: The passphrase is wrong/);
    const right = await runCheck([encryptedFile, '--passphrase', TEST_PASSPHRASE]);
    expect(right.code).toBe(0);
    expect(right.output).toMatch(/^VALID: format 1, schema 3, encrypted/);
  });

  it('reports a damaged file and a missing file as INVALID', async () => {
    expect((await runCheck([damagedFile])).output).toMatch(/^INVALID: The checksum does not match/);
    const missing = await runCheck([join(folder, 'nothing-here.json')]);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/^INVALID: cannot read the file/);
  });

  it('runs as a command with tsx and exits non-zero when invalid', async () => {
    const good = await run('npx', ['tsx', cliPath, goodFile]);
    expect(good.stdout).toMatch(/^VALID/);
    const bad = await run('npx', ['tsx', cliPath, damagedFile]).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stdout).toMatch(/^INVALID: The checksum does not match/);
  });
});
