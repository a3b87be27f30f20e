/**
 * Test support (Node and browser): a valid portfolio zip made through the app's export code, and
 * malformed variants of it, each with the reason an import must give. Variants that break a
 * deeper layer re-seal the manifest so that the earlier checks pass and the intended one fires.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { issueCredential } from '../credentials/credential-crypto.ts';
import { sha256Hex } from '../credentials/index.ts';
import { generateIssuerKey, type IssuerKey } from '../credentials/index.ts';
import { sampleIssueInput } from '../credentials/sample-credential.testing.ts';
import { buildPortfolioZip, type PortfolioContent } from './portfolio-export.ts';
import { MANIFEST_FORMAT } from './portfolio-format.ts';

export const FIXTURE_NOW = new Date('2026-06-01T12:00:00Z');
export const PHOTO_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);

export async function sampleSignedCredentials(key: IssuerKey): Promise<string[]> {
  const first = await issueCredential(sampleIssueInput(), key, { created: FIXTURE_NOW });
  const second = await issueCredential(sampleIssueInput({ id: 'urn:uuid:2b6f5d3e-6a4f-4c7e-9a51-3f1c2b8d9e10' }), key, { created: FIXTURE_NOW });
  return [JSON.stringify(first), JSON.stringify(second)];
}

export async function samplePortfolioZip(): Promise<Uint8Array<ArrayBuffer>> {
  const key = await generateIssuerKey();
  const [first, second] = await sampleSignedCredentials(key);
  const content: PortfolioContent = {
    learner: { displayName: 'Maya <b>Okafor</b>', subjectId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c' },
    credentials: [
      { signedJson: first, achievementName: 'Fractions: equivalence and comparison', issuedAt: Date.parse('2026-05-01T09:30:00Z') },
      { signedJson: second, achievementName: 'Fractions again', issuedAt: Date.parse('2026-05-02T09:30:00Z') },
    ],
    projects: [{
      project: { title: 'Recipe scaling', description: 'Halved and tripled recipes.', skillIds: ['equivalent-fractions'], startDay: '2026-04-01', endDay: '2026-04-05' },
      artifacts: [{ name: 'step 1.png', note: 'The first cut', file: new Blob([PHOTO_BYTES], { type: 'image/png' }) }],
    }],
    reflections: [{ createdAt: Date.parse('2026-04-06T10:00:00Z'), text: 'Halving was easier than tripling.' }],
  };
  return buildPortfolioZip(content, { key, issuerName: 'Maya Okafor' }, FIXTURE_NOW);
}

type Files = Record<string, Uint8Array>;

async function seal(files: Files): Promise<Files> {
  const entries = [];
  for (const [path, bytes] of Object.entries(files)) {
    if (path !== 'manifest.json') entries.push({ path, bytes: bytes.length, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>) });
  }
  return { ...files, 'manifest.json': strToU8(JSON.stringify({ format: MANIFEST_FORMAT, files: entries })) };
}

const json = (bytes: Uint8Array) => JSON.parse(strFromU8(bytes)) as Record<string, unknown>;
const bytesOf = (value: unknown) => strToU8(JSON.stringify(value));
const credentialPath = (files: Files) => Object.keys(files).find((p) => p.startsWith('credentials/'))!;

function editJson(files: Files, path: string, edit: (value: Record<string, unknown>) => void): Files {
  const value = json(files[path]);
  edit(value);
  return { ...files, [path]: bytesOf(value) };
}

export interface MalformedCase {
  name: string;
  make: (valid: Uint8Array) => Promise<Uint8Array> | Uint8Array;
  reason: RegExp;
}

/** Rewrites the archive; `sealed` recomputes the manifest after the edit. */
function variant(edit: (files: Files) => Files, sealed: boolean) {
  return async (valid: Uint8Array) => {
    const edited = edit(unzipSync(valid));
    return zipSync(sealed ? await seal(edited) : edited);
  };
}

export const MALFORMED_PORTFOLIOS: MalformedCase[] = [
  { name: 'empty file', make: () => new Uint8Array(0), reason: /empty/ },
  { name: 'random bytes', make: () => crypto.getRandomValues(new Uint8Array(512)), reason: /not a readable zip/ },
  { name: 'truncated zip', make: (v) => v.slice(0, Math.floor(v.length / 2)), reason: /not a readable zip/ },
  { name: 'a JSON file instead of a zip', make: () => strToU8('{"format":"wayfind-portfolio/1"}'), reason: /not a readable zip/ },
  { name: 'path escaping the folder', make: variant((f) => ({ ...f, '../evil.txt': strToU8('x') }), false), reason: /unsafe name/ },
  { name: 'absolute path', make: variant((f) => ({ ...f, '/etc/passwd': strToU8('x') }), false), reason: /unsafe name/ },
  { name: 'far too many files', make: variant((f) => ({ ...f, ...Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`junk/${i}.txt`, strToU8('x')])) }), false), reason: /too many files/ },
  { name: 'no manifest', make: variant(({ 'manifest.json': _m, ...rest }) => rest, false), reason: /no manifest\.json/ },
  { name: 'manifest not JSON', make: variant((f) => ({ ...f, 'manifest.json': strToU8('{files: oops') }), false), reason: /manifest\.json is not valid JSON/ },
  { name: 'manifest not UTF-8', make: variant((f) => ({ ...f, 'manifest.json': new Uint8Array([0xff, 0xfe, 0x7b]) }), false), reason: /manifest\.json is not UTF-8/ },
  { name: 'manifest of another format', make: variant((f) => editJson(f, 'manifest.json', (m) => { m.format = 'zip-manifest/9'; }), false), reason: /not a Wayfind portfolio manifest/ },
  { name: 'manifest without a file list', make: variant((f) => editJson(f, 'manifest.json', (m) => { m.files = 'all of them'; }), false), reason: /does not list/ },
  { name: 'manifest entry with a bad hash', make: variant((f) => editJson(f, 'manifest.json', (m) => { (m.files as { sha256: string }[])[0].sha256 = 'abc'; }), false), reason: /without a valid path, size and SHA-256/ },
  { name: 'manifest lists a file twice', make: variant((f) => editJson(f, 'manifest.json', (m) => { const list = m.files as unknown[]; list.push(list[0]); }), false), reason: /twice/ },
  { name: 'manifest lists a missing file', make: variant((f) => editJson(f, 'manifest.json', (m) => { (m.files as unknown[]).push({ path: 'credentials/99-ghost.json', bytes: 2, sha256: '0'.repeat(64) }); }), false), reason: /does not contain it/ },
  { name: 'file not in the manifest', make: variant((f) => ({ ...f, 'extra.txt': strToU8('hello') }), false), reason: /not in its manifest/ },
  { name: 'credential changed, same size', make: variant((f) => { const p = credentialPath(f); const b = f[p].slice(); b[b.length - 3] = b[b.length - 3] === 0x61 ? 0x62 : 0x61; return { ...f, [p]: b }; }, false), reason: /does not match its SHA-256/ },
  { name: 'file grown after the manifest', make: variant((f) => ({ ...f, 'index.html': new Uint8Array([...f['index.html'], 0x20]) }), false), reason: /not the size/ },
  { name: 'no portfolio.json', make: variant(({ 'portfolio.json': _p, ...rest }) => rest, true), reason: /no portfolio\.json/ },
  { name: 'no index.html', make: variant(({ 'index.html': _p, ...rest }) => rest, true), reason: /no index\.html/ },
  { name: 'portfolio.json not JSON', make: variant((f) => ({ ...f, 'portfolio.json': strToU8('<xml/>') }), true), reason: /portfolio\.json is not valid JSON/ },
  { name: 'portfolio.json of another format', make: variant((f) => editJson(f, 'portfolio.json', (p) => { p.format = 'other/1'; }), true), reason: /unknown format/ },
  { name: 'portfolio.json without a learner', make: variant((f) => editJson(f, 'portfolio.json', (p) => { delete p.learner; }), true), reason: /whose portfolio/ },
  { name: 'credential entry without a date', make: variant((f) => editJson(f, 'portfolio.json', (p) => { (p.credentials as Record<string, unknown>[])[0].issuedAt = 'soon'; }), true), reason: /credential entry/ },
  { name: 'credential file missing', make: variant((f) => { const { [credentialPath(f)]: _c, ...rest } = f; return rest; }, true), reason: /credential file .* is missing/ },
  { name: 'credential not JSON', make: variant((f) => ({ ...f, [credentialPath(f)]: strToU8('not json') }), true), reason: /credential .* is not valid JSON/ },
  { name: 'credential tampered and re-sealed', make: variant((f) => editJson(f, credentialPath(f), (c) => { c.name = 'Everything, mastered'; }), true), reason: /cannot be trusted: The signature does not match/ },
  { name: 'credential without its proof', make: variant((f) => editJson(f, credentialPath(f), (c) => { delete c.proof; }), true), reason: /cannot be trusted: It is not signed/ },
  { name: 'not an Open Badge', make: variant((f) => ({ ...f, [credentialPath(f)]: bytesOf({ hello: 'world' }) }), true), reason: /cannot be trusted/ },
  { name: 'the same credential twice', make: variant((f) => editJson(f, 'portfolio.json', (p) => { const list = p.credentials as unknown[]; list[1] = list[0]; }), true), reason: /appears twice/ },
  { name: 'learner record missing', make: variant(({ 'learner-record.json': _c, ...rest }) => rest, true), reason: /no signed learner record/ },
  { name: 'learner record tampered', make: variant((f) => editJson(f, 'learner-record.json', (c) => { c.name = 'Someone else'; }), true), reason: /learner record cannot be trusted/ },
  { name: 'learner record bundles other credentials', make: variant((f) => editJson(f, 'portfolio.json', (p) => { (p.credentials as unknown[]).pop(); }), true), reason: /does not bundle exactly/ },
  { name: 'project without a title', make: variant((f) => editJson(f, 'portfolio.json', (p) => { (p.projects as Record<string, unknown>[])[0].title = ''; }), true), reason: /project without a title/ },
  { name: 'project with an impossible date', make: variant((f) => editJson(f, 'portfolio.json', (p) => { (p.projects as Record<string, unknown>[])[0].startDay = 'last spring'; }), true), reason: /valid dates/ },
  { name: 'attachment missing', make: variant((f) => { const p = Object.keys(f).find((k) => k.startsWith('attachments/'))!; const { [p]: _a, ...rest } = f; return rest; }, true), reason: /attachment .* is missing/ },
];
