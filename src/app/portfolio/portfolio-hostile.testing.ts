/**
 * Test support (Node and browser): round two of hostile portfolios. Zips that lie about sizes,
 * CRCs and names, and credentials that are signed but forged (a spoofed DID issuer, twin JSON
 * keys, an impossible date, a signature "made" in 2099). Each case names the sentence an import
 * must refuse it with; the browser test also checks that nothing was stored.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { addDataIntegrityProof, issueCredential } from '../credentials/credential-crypto.ts';
import { generateIssuerKey, sha256Hex, type JsonObject } from '../credentials/index.ts';
import { sampleIssueInput } from '../credentials/sample-credential.testing.ts';
import { crc32 } from './crc32.ts';
import { buildPortfolioZip } from './portfolio-export.ts';
import { FIXTURE_NOW, type MalformedCase } from './portfolio-fixtures.testing.ts';
import { MANIFEST_FORMAT } from './portfolio-format.ts';
import { patchZipEntry } from './zip-surgery.testing.ts';

type Files = Record<string, Uint8Array>;

/** Recomputes the manifest so that only the intended defect remains. */
async function sealed(files: Files): Promise<Uint8Array> {
  const entries = [];
  for (const [path, bytes] of Object.entries(files)) {
    if (path !== 'manifest.json') entries.push({ path, bytes: bytes.length, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>) });
  }
  return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ format: MANIFEST_FORMAT, files: entries })) });
}

const attachmentOf = (zip: Uint8Array) => Object.keys(unzipSync(zip)).find((p) => p.startsWith('attachments/'))!;
const credentialOf = (zip: Uint8Array) => Object.keys(unzipSync(zip)).find((p) => p.startsWith('credentials/'))!;

/** A portfolio holding one credential, signed by whoever made it, and its CLR signed by a fresh key. */
async function portfolioWith(signedJson: string): Promise<Uint8Array> {
  return buildPortfolioZip({
    learner: { displayName: 'Maya', subjectId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c' },
    credentials: [{ signedJson, achievementName: 'Fractions', issuedAt: Date.parse('2026-05-01T09:30:00Z') }],
    projects: [], reflections: [],
  }, { key: await generateIssuerKey(), issuerName: 'Maya' }, FIXTURE_NOW);
}

/** A credential built normally, edited, then signed afresh by `signer` (so the signature holds). */
async function resigned(edit: (credential: JsonObject) => void, { created = new Date('2026-05-01T09:30:00Z'), spoof = false } = {}): Promise<string> {
  const victim = await generateIssuerKey();
  const attacker = spoof ? await generateIssuerKey() : victim;
  const { proof: _proof, ...unsigned } = await issueCredential(sampleIssueInput(), victim, { created });
  edit(unsigned);
  return JSON.stringify(await addDataIntegrityProof(unsigned, attacker, { created }));
}

/** 8 MB of zeros deflate to a few kilobytes: enough to show the reader stops at the first chunk. */
const BOMB = new Uint8Array(8 * 1024 * 1024);

export const HOSTILE_PORTFOLIOS: MalformedCase[] = [
  {
    name: 'an entry that declares 0 bytes but inflates to 8 MB',
    make: (v) => patchZipEntry(zipSync({ ...unzipSync(v), 'attachments/bomb.bin': BOMB }), 'attachments/bomb.bin', { size: 0, crc: 0 }),
    reason: /"attachments\/bomb\.bin" unpacks to more data than it declares: the file is damaged or a zip bomb\./,
  },
  {
    name: 'an attachment that declares 4 bytes and holds 13',
    make: (v) => patchZipEntry(v, attachmentOf(v), { size: 4 }),
    reason: /unpacks to more data than it declares/,
  },
  {
    name: 'an attachment that holds fewer bytes than it declares',
    make: (v) => patchZipEntry(v, attachmentOf(v), { size: 5000 }),
    reason: /is not the size its zip entry declares/,
  },
  {
    name: 'an attachment whose CRC-32 is wrong',
    make: (v) => patchZipEntry(v, attachmentOf(v), { crc: crc32(unzipSync(v)[attachmentOf(v)]) ^ 1 }),
    reason: /fails its CRC-32 check/,
  },
  {
    name: 'a credential whose CRC-32 is wrong only in the directory',
    make: (v) => patchZipEntry(v, credentialOf(v), { crc: 0xdeadbeef, where: 'central' }),
    reason: /fails its CRC-32 check/,
  },
  {
    name: 'two entries with the same name',
    make: (v) => patchZipEntry(zipSync({ ...unzipSync(v), 'index.htmX': strToU8('<p>the other one</p>') }), 'index.htmX', { rename: 'index.html' }),
    reason: /two files named "index\.html"/,
  },
  {
    name: 'an entry named __proto__ that the manifest does not list',
    make: (v) => patchZipEntry(zipSync({ ...unzipSync(v), xxxxxxxxx: strToU8('{}') }), 'xxxxxxxxx', { rename: '__proto__' }),
    reason: /unsafe name \("__proto__"\)/,
  },
  {
    name: 'an entry named constructor',
    make: (v) => patchZipEntry(zipSync({ ...unzipSync(v), 'attachments/ccccccccccc': strToU8('x') }), 'attachments/ccccccccccc', { rename: 'attachments/constructor' }),
    reason: /unsafe name \("attachments\/constructor"\)/,
  },
  {
    name: 'a Windows path with backslashes',
    make: (v) => zipSync({ ...unzipSync(v), 'attachments\\..\\evil.txt': strToU8('x') }),
    reason: /unsafe name/,
  },
  {
    name: 'a drive-letter path',
    make: (v) => zipSync({ ...unzipSync(v), 'C:/evil.txt': strToU8('x') }),
    reason: /unsafe name/,
  },
  {
    name: 'a name with a control character',
    make: (v) => zipSync({ ...unzipSync(v), 'attachments/a\u0007b.txt': strToU8('x') }),
    reason: /unsafe name/,
  },
  {
    name: 'local header and directory naming different files',
    make: (v) => patchZipEntry(v, 'index.html', { rename: 'index.htmx', where: 'local' }),
    reason: /inconsistent: its list of files does not match the files it holds/,
  },
  {
    name: 'an entry in an unknown compression method',
    make: (v) => patchZipEntry(v, 'index.html', { method: 99 }),
    reason: /"index\.html" in the portfolio cannot be unpacked/,
  },
  {
    name: 'a credential with the same key twice (resealed)',
    make: async (v) => {
      const files = unzipSync(v);
      const path = credentialOf(v);
      const text = strFromU8(files[path]);
      // The first "name" a lenient reader keeps can differ from the signed one.
      return sealed({ ...files, [path]: strToU8(text.replace('{', '{"name":"Everything, mastered",')) });
    },
    reason: /names the field "name" twice, so it could be read two ways/,
  },
  {
    name: 'portfolio.json naming its learner twice',
    make: async (v) => {
      const files = unzipSync(v);
      return sealed({ ...files, 'portfolio.json': strToU8(strFromU8(files['portfolio.json']).replace('{', '{"learner":{"displayName":"Someone","subjectId":"x"},')) });
    },
    reason: /portfolio\.json names the field "learner" twice/,
  },
  {
    name: 'a credential whose DID issuer did not sign it (spoof)',
    make: async () => portfolioWith(await resigned(() => undefined, { spoof: true })),
    reason: /cannot be trusted: It claims to come from one issuer \(a DID\) but was signed by the key of another/,
  },
  {
    name: 'a signed credential valid from 30 February',
    make: async () => portfolioWith(await resigned((c) => { c.validFrom = '2026-02-30T09:30:00Z'; })),
    reason: /cannot be trusted: It holds a date that does not exist on the calendar\. \(2026-02-30T09:30:00Z\)/,
  },
  {
    name: 'a signed credential valid until 31 April',
    make: async () => portfolioWith(await resigned((c) => { c.validUntil = '2027-04-31T00:00:00Z'; })),
    reason: /does not exist on the calendar\. \(2027-04-31T00:00:00Z\)/,
  },
  {
    name: 'a signed credential whose proof was made in 2099',
    make: async () => portfolioWith(await resigned(() => undefined, { created: new Date('2099-01-01T00:00:00Z') })),
    reason: /cannot be trusted: Its signature claims to have been made in the future/,
  },
  {
    name: 'a signed credential valid from 25:00 hours',
    make: async () => portfolioWith(await resigned((c) => { c.validFrom = '2026-05-01T25:00:00Z'; })),
    reason: /does not exist on the calendar/,
  },
];
