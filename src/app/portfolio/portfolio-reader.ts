/**
 * Reads a portfolio .zip made on another device and checks everything before anything is stored:
 * the archive, the manifest (every file listed, sizes and SHA-256 match, nothing extra), the index,
 * every credential (signature, structure, dates) and the signed learner record. Any problem
 * throws a PortfolioImportError with one plain sentence; nothing is half-read.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { sha256Hex } from '../credentials/index.ts';
import { parseAchievementId } from '../credentials/index.ts';
import type { JsonObject } from '../credentials/index.ts';
import {
  CLR_PATH, HTML_PATH, INDEX_PATH, MANIFEST_FORMAT, MANIFEST_PATH, MAX_FILES, MAX_UNZIPPED_BYTES, MAX_ZIP_BYTES, PORTFOLIO_FORMAT,
  isSafeZipPath, type ManifestEntry, type PortfolioIndex,
} from './portfolio-format.ts';

export class PortfolioImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortfolioImportError';
  }
}

export interface PreviewCredential {
  /** The credential's own id (urn:uuid:...). */
  id: string;
  signedJson: string;
  achievementName: string;
  issuerName: string;
  issuedAt: number;
  packId: string | null;
  credentialKey: string | null;
}

export interface PreviewProject {
  title: string;
  description: string;
  skillIds: string[];
  startDay: string | null;
  endDay: string | null;
  attachments: { name: string; note: string; type: string; bytes: Uint8Array<ArrayBuffer> }[];
}

export interface PortfolioPreview {
  learnerName: string;
  createdAt: string;
  credentials: PreviewCredential[];
  projects: PreviewProject[];
  reflectionCount: number;
}

const fail = (message: string): never => { throw new PortfolioImportError(message); };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length === 0) fail('The file is empty.');
  if (bytes.length > MAX_ZIP_BYTES) fail('The file is too large to be a Wayfind portfolio.');
  let total = 0;
  let count = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      // Checked from the archive's directory before anything is inflated (a zip bomb stops here).
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > MAX_FILES) fail('The portfolio holds far too many files.');
        if (total > MAX_UNZIPPED_BYTES) fail('The portfolio unpacks to far more data than a portfolio can hold.');
        if (!isSafeZipPath(file.name)) fail(`The portfolio contains a file with an unsafe name ("${file.name}").`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PortfolioImportError) throw error;
    return fail('This is not a portfolio file: it is not a readable zip archive.');
  }
  return new Map(Object.entries(unzipped).filter(([name]) => !name.endsWith('/')));
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${what} is not UTF-8 text.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    return fail(`${what} is not valid JSON.`);
  }
}

async function checkManifest(files: Map<string, Uint8Array>): Promise<void> {
  const raw = files.get(MANIFEST_PATH) ?? fail('The portfolio has no manifest.json, so its files cannot be checked.');
  const manifest = parseJson(raw, 'manifest.json');
  if (!isObject(manifest) || manifest.format !== MANIFEST_FORMAT) fail('manifest.json is not a Wayfind portfolio manifest.');
  const entries = (manifest as { files?: unknown }).files;
  if (!Array.isArray(entries)) fail('manifest.json does not list the portfolio\'s files.');
  const listed = new Set<string>();
  for (const entry of entries as unknown[]) {
    if (!isObject(entry) || typeof entry.path !== 'string' || typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)
      || typeof entry.bytes !== 'number' || !Number.isInteger(entry.bytes) || entry.bytes < 0) {
      fail('manifest.json has an entry without a valid path, size and SHA-256.');
    }
    const { path, sha256, bytes } = entry as unknown as ManifestEntry;
    if (listed.has(path)) fail(`manifest.json lists "${path}" twice.`);
    listed.add(path);
    const content = files.get(path) ?? fail(`manifest.json lists "${path}", but the portfolio does not contain it.`);
    if (content.length !== bytes) fail(`"${path}" is not the size the manifest records: it was changed or damaged.`);
    if (await sha256Hex(content as Uint8Array<ArrayBuffer>) !== sha256) fail(`"${path}" does not match its SHA-256 in the manifest: it was changed or damaged.`);
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) fail(`"${path}" is in the portfolio but not in its manifest.`);
  }
  if (!listed.has(INDEX_PATH)) fail('The portfolio has no portfolio.json describing its contents.');
  if (!listed.has(HTML_PATH)) fail('The portfolio has no index.html page.');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkIndex(raw: unknown): PortfolioIndex {
  if (!isObject(raw) || raw.format !== PORTFOLIO_FORMAT) fail('portfolio.json is not a Wayfind portfolio description (unknown format).');
  const index = raw as Record<string, unknown>;
  const learner = index.learner;
  if (!isObject(learner) || typeof learner.displayName !== 'string' || typeof learner.subjectId !== 'string') fail('portfolio.json does not say whose portfolio it is.');
  if (!Array.isArray(index.credentials) || !Array.isArray(index.projects) || !Array.isArray(index.reflections)) fail('portfolio.json does not list credentials, projects and reflections.');
  for (const c of index.credentials as unknown[]) {
    if (!isObject(c) || typeof c.path !== 'string' || typeof c.achievementName !== 'string' || typeof c.issuedAt !== 'string' || Number.isNaN(Date.parse(c.issuedAt))) {
      fail('portfolio.json has a credential entry without a file, a name and an issue date.');
    }
  }
  for (const p of index.projects as unknown[]) {
    const ok = isObject(p) && typeof p.title === 'string' && p.title.trim() !== '' && p.title.length <= 200 && typeof p.description === 'string'
      && Array.isArray(p.skillIds) && p.skillIds.every((id) => typeof id === 'string')
      && (p.startDay === null || (typeof p.startDay === 'string' && DAY.test(p.startDay)))
      && (p.endDay === null || (typeof p.endDay === 'string' && DAY.test(p.endDay)))
      && Array.isArray(p.attachments)
      && p.attachments.every((a) => isObject(a) && typeof a.path === 'string' && typeof a.name === 'string' && typeof a.note === 'string' && typeof a.type === 'string');
    if (!ok) fail('portfolio.json has a project without a title, valid dates or a proper list of files.');
  }
  if (index.clr !== null && index.clr !== CLR_PATH) fail('portfolio.json names an unexpected learner record file.');
  return raw as unknown as PortfolioIndex;
}

function credentialSummary(parsed: JsonObject, text: string, issuedAt: string): PreviewCredential {
  const subject = (parsed.credentialSubject ?? {}) as JsonObject;
  const achievement = (subject.achievement ?? {}) as JsonObject;
  const issuer = parsed.issuer as JsonObject | string;
  const fromPack = typeof achievement.id === 'string' ? parseAchievementId(achievement.id) : null;
  return {
    id: parsed.id as string,
    signedJson: text,
    achievementName: typeof achievement.name === 'string' ? achievement.name : String(parsed.name ?? ''),
    issuerName: typeof issuer === 'string' ? issuer : String(issuer.name ?? issuer.id ?? ''),
    issuedAt: Date.parse(issuedAt),
    packId: fromPack?.packId ?? null,
    credentialKey: fromPack?.key ?? null,
  };
}

/** Checks a portfolio zip completely and returns what it would add. */
export async function readPortfolio(bytes: Uint8Array, { now = new Date() }: { now?: Date } = {}): Promise<PortfolioPreview> {
  const files = unzip(bytes);
  await checkManifest(files);
  const index = checkIndex(parseJson(files.get(INDEX_PATH)!, 'portfolio.json'));
  const { verifyCredential, verifyClrCredential } = await import('../credentials/credential-crypto.ts');
  const credentials: PreviewCredential[] = [];
  const seen = new Set<string>();
  for (const entry of index.credentials) {
    const raw = files.get(entry.path) ?? fail(`The credential file "${entry.path}" is missing.`);
    if (!entry.path.startsWith('credentials/')) fail(`"${entry.path}" is not in the credentials folder.`);
    const parsed = parseJson(raw, `The credential "${entry.path}"`);
    const report = await verifyCredential(parsed, { now });
    if (!report.verified) {
      const reason = report.findings.find((f) => f.severity === 'error')?.message ?? 'it did not pass the checks';
      fail(`The credential "${entry.achievementName}" cannot be trusted: ${reason}`);
    }
    const summary = credentialSummary(parsed as JsonObject, strFromU8(raw), entry.issuedAt);
    if (seen.has(summary.id)) fail(`The credential "${entry.achievementName}" appears twice.`);
    seen.add(summary.id);
    credentials.push(summary);
  }
  if (credentials.length) {
    const clrBytes = index.clr ? files.get(index.clr) : undefined;
    if (!clrBytes) fail('The portfolio has credentials but no signed learner record bundling them.');
    const clr = parseJson(clrBytes!, 'The learner record');
    const clrReport = await verifyClrCredential(clr, { now });
    if (!clrReport.verified) fail(`The learner record cannot be trusted: ${clrReport.problems[0] ?? 'a credential inside it does not verify.'}`);
    const bundled = ((clr as JsonObject).credentialSubject as JsonObject).verifiableCredential as JsonObject[];
    const same = bundled.length === credentials.length
      && bundled.every((inner, i) => JSON.stringify(inner) === JSON.stringify(JSON.parse(credentials[i].signedJson)));
    if (!same) fail('The learner record does not bundle exactly the credentials in the portfolio.');
  }
  const projects: PreviewProject[] = index.projects.map((project) => ({
    title: project.title.trim(), description: project.description, skillIds: project.skillIds, startDay: project.startDay, endDay: project.endDay,
    attachments: project.attachments.map((a) => {
      if (!a.path.startsWith('attachments/')) fail(`"${a.path}" is not in the attachments folder.`);
      const content = files.get(a.path) ?? fail(`The attachment "${a.name}" is missing from the portfolio.`);
      return { name: a.name, note: a.note, type: a.type, bytes: content as Uint8Array<ArrayBuffer> };
    }),
  }));
  if (!credentials.length && !projects.length) fail('The portfolio holds no credentials and no projects: there is nothing to add.');
  return { learnerName: index.learner.displayName, createdAt: index.createdAt, credentials, projects, reflectionCount: index.reflections.length };
}
