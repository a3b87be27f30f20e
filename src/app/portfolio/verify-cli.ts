/**
 * `npm run credentials:verify -- FILE...`: checks credentials outside the app, offline, with the
 * app's own verifier. One line per file: "FILE: VALID" or "FILE: INVALID: reason". Also accepts a
 * CLR learner record (learner-record.json) and a whole Wayfind portfolio (.zip).
 * Exit code 0 when every file is valid, 1 when any is not, 2 when no file was named.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PortfolioImportError, readPortfolio } from './portfolio-reader.ts';
import { MAX_ZIP_BYTES } from './portfolio-format.ts';
import { verifyClrCredential, verifyCredentialText } from '../credentials/credential-crypto.ts';
import { verdictLine } from '../credentials/index.ts';

/** Larger than any credential or portfolio the app makes; a bigger file is refused unread. */
const MAX_FILE_BYTES = MAX_ZIP_BYTES;

async function verdictFor(file: string, now: Date): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES) return 'INVALID: the file is far too large to be a credential.';
    bytes = await readFile(file);
  } catch (error) {
    return `INVALID: the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
  if (file.toLowerCase().endsWith('.zip')) {
    try {
      const preview = await readPortfolio(new Uint8Array(bytes), { now });
      return `VALID (portfolio: ${preview.credentials.length} credentials, ${preview.projects.length} projects)`;
    } catch (error) {
      return `INVALID: ${error instanceof PortfolioImportError ? error.message : String(error)}`;
    }
  }
  const text = bytes.toString('utf8');
  try {
    const parsed = JSON.parse(text) as { type?: unknown };
    if (Array.isArray(parsed.type) && parsed.type.includes('ClrCredential')) {
      const report = await verifyClrCredential(parsed, { now });
      if (report.verified) return `VALID (learner record bundling ${report.credentials.length} credentials)`;
      const inner = report.credentials.find((r) => !r.verified);
      return `INVALID: ${report.problems[0] ?? (inner ? verdictLine(inner).replace(/^INVALID: /, 'a bundled credential: ') : 'it did not pass the checks.')}`;
    }
  } catch {
    // Not JSON: the credential verifier says so in its own words below.
  }
  return verdictLine(await verifyCredentialText(text, { now }));
}

export async function runVerify(files: readonly string[], now = new Date()): Promise<{ code: number; lines: string[] }> {
  if (files.length === 0) return { code: 2, lines: ['usage: npm run credentials:verify -- FILE...'] };
  const lines: string[] = [];
  let code = 0;
  for (const file of files) {
    const verdict = await verdictFor(file, now);
    if (!verdict.startsWith('VALID')) code = 1;
    lines.push(`${file}: ${verdict}`);
  }
  return { code, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, lines } = await runVerify(process.argv.slice(2).filter((arg) => arg !== '--'));
  for (const line of lines) console.log(line);
  process.exitCode = code;
}
