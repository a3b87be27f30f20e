/**
 * The portfolio file: what export writes (manifest, byte-exact credentials, signed CLR, a page
 * without script) and that import rejects each malformed input with its reason.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyClrCredential, verifyCredentialText } from '../credentials/credential-crypto.ts';
import { sha256Hex } from '../credentials/index.ts';
import { FIXTURE_NOW, MALFORMED_PORTFOLIOS, PHOTO_BYTES, samplePortfolioZip } from './portfolio-fixtures.testing.ts';
import { readPortfolio } from './portfolio-reader.ts';

let zip: Uint8Array;
beforeAll(async () => { zip = await samplePortfolioZip(); });

describe('portfolio export', () => {
  it('writes every part the issue lists, each listed in the manifest with its SHA-256', async () => {
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as { files: { path: string; sha256: string; bytes: number }[] };
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const entry of manifest.files) expect(await sha256Hex(files[entry.path] as Uint8Array<ArrayBuffer>)).toBe(entry.sha256);
    expect(Object.keys(files).filter((p) => p.startsWith('credentials/'))).toHaveLength(2);
    expect(files['attachments/01-Recipe-scaling/01-step-1.png']).toEqual(PHOTO_BYTES);
    for (const path of Object.keys(files).filter((p) => p.startsWith('credentials/'))) {
      expect((await verifyCredentialText(strFromU8(files[path]), { now: FIXTURE_NOW })).verified).toBe(true);
    }
    expect((await verifyClrCredential(JSON.parse(strFromU8(files['learner-record.json'])), { now: FIXTURE_NOW })).verified).toBe(true);
  });

  it('writes a page with no script, escaped text, fingerprints and relative links', () => {
    const html = strFromU8(unzipSync(zip)['index.html']);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).toContain("script-src 'none'");
    expect(html).toContain('Maya &lt;b&gt;Okafor&lt;/b&gt;');
    expect(html).toMatch(/<code>[0-9a-f]{4}( [0-9a-f]{4}){15}<\/code>/);
    expect(html).toContain('href="learner-record.json"');
    expect(html).toContain('<img src="attachments/01-Recipe-scaling/01-step-1.png"');
    expect(html).toContain('@media print');
  });

  it('reads back what it wrote', async () => {
    const preview = await readPortfolio(zip, { now: FIXTURE_NOW });
    expect(preview.credentials.map((c) => c.achievementName)).toEqual(['Fractions: equivalence and comparison', 'Fractions: equivalence and comparison']);
    expect(preview.projects[0]).toMatchObject({ title: 'Recipe scaling', startDay: '2026-04-01', skillIds: ['equivalent-fractions'] });
    expect(preview.projects[0].attachments[0].bytes).toEqual(PHOTO_BYTES);
    expect(preview.reflectionCount).toBe(1);
  });
});

describe('portfolio import rejects malformed input', () => {
  it(`has at least 20 cases (${MALFORMED_PORTFOLIOS.length})`, () => expect(MALFORMED_PORTFOLIOS.length).toBeGreaterThanOrEqual(20));
  for (const bad of MALFORMED_PORTFOLIOS) {
    it(bad.name, async () => {
      await expect(readPortfolio(await bad.make(zip), { now: FIXTURE_NOW })).rejects.toThrow(bad.reason);
    });
  }
});
