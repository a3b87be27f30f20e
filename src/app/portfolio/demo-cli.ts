/**
 * `npm run credentials:demo -- --out DIR`: issues a sample credential and builds a sample
 * portfolio .zip through the app's own code path (the issuing service's input builder, the
 * lazily loaded signer, the portfolio exporter) with a fresh did:key, so both can be checked
 * with outside tools. Writes DIR/sample-credential.json, DIR/sample-stack-credential.json,
 * DIR/sample-portfolio.zip and DIR/issuer.txt (the did:key; the private key is never written).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../../content/index.ts';
import type { Credential, SkillState } from '../../data/records.ts';
import { buildPortfolioZip } from './portfolio-export.ts';
import { buildIssueInput } from '../credentials/index.ts';
import { learnerSubjectId } from '../credentials/index.ts';
import { generateIssuerKey } from '../credentials/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function parseOut(argv: readonly string[]): string | null {
  const args = argv.filter((arg) => arg !== '--');
  const at = args.indexOf('--out');
  if (at !== -1) return args[at + 1] ?? null;
  const inline = args.find((arg) => arg.startsWith('--out='));
  return inline ? inline.slice('--out='.length) || null : null;
}

export async function runDemo(outDir: string, now = new Date()): Promise<string[]> {
  const pack = JSON.parse(await readFile(path.join(repoRoot, 'content/packs/fractions-3-6.json'), 'utf8')) as Pack;
  const key = await generateIssuerKey();
  const learner = { id: crypto.randomUUID(), displayName: 'Sample Learner' };
  const states: SkillState[] = pack.skills.map((skill) => ({
    id: crypto.randomUUID(), learnerId: learner.id, skillId: skill.id, packId: pack.id, estimate: 0.97, masteryLevel: 'mastered',
    evidence: { attempts: 14, correct: 13 }, reviewCard: null, updatedAt: now.getTime() - 86_400_000,
  }));
  const record = { subjectId: await learnerSubjectId(learner), states, events: [], held: [] as Credential[] };
  const { issueCredential } = await import('../credentials/credential-crypto.ts');
  const project = {
    project: { id: crypto.randomUUID(), learnerId: learner.id, title: 'Fraction pizza', description: 'Cut paper pizzas into halves, quarters and eighths and compared the slices.', skillIds: [pack.skills[0].id], startDay: '2026-04-01', endDay: '2026-04-03', createdAt: 0, updatedAt: 0 },
    artifacts: [{ name: 'notes.txt' }],
  };
  const credentials: { signedJson: string; achievementName: string; issuedAt: number }[] = [];
  for (const packCredential of pack.credentials ?? []) {
    const input = buildIssueInput({ pack, key: packCredential.id, record, projects: credentials.length === 0 ? [project] : [], issuer: { name: learner.displayName, selfIssued: true }, validFrom: now });
    const signedJson = JSON.stringify(await issueCredential(input, key, { created: now }));
    credentials.push({ signedJson, achievementName: input.achievement.name, issuedAt: now.getTime() });
    record.held.push({ id: crypto.randomUUID(), learnerId: learner.id, origin: 'issued', signedJson, achievementName: input.achievement.name, issuedAt: now.getTime(), storedAt: now.getTime(), packId: pack.id, credentialKey: packCredential.id });
  }
  const stack = pack.stacks?.[0];
  if (stack) {
    const input = buildIssueInput({ pack, key: stack.id, record, projects: [], issuer: { name: learner.displayName, selfIssued: true }, validFrom: now });
    credentials.push({ signedJson: JSON.stringify(await issueCredential(input, key, { created: now })), achievementName: input.achievement.name, issuedAt: now.getTime() });
  }
  const zip = await buildPortfolioZip({
    learner: { displayName: learner.displayName, subjectId: record.subjectId },
    credentials,
    projects: [{ project: project.project, artifacts: [{ name: 'notes.txt', note: 'What I found', file: new Blob(['Two quarters make a half.\n'], { type: 'text/plain' }) }] }],
    reflections: [{ createdAt: now.getTime(), text: 'Comparing fractions with different denominators finally clicked.' }],
    skillNames: new Map(pack.skills.map((s) => [s.id, s.name])),
  }, { key, issuerName: learner.displayName }, now);
  await mkdir(outDir, { recursive: true });
  const written = {
    credential: path.join(outDir, 'sample-credential.json'),
    stack: path.join(outDir, 'sample-stack-credential.json'),
    zip: path.join(outDir, 'sample-portfolio.zip'),
    issuer: path.join(outDir, 'issuer.txt'),
  };
  await writeFile(written.credential, credentials[0].signedJson);
  if (stack) await writeFile(written.stack, credentials.at(-1)!.signedJson);
  await writeFile(written.zip, zip);
  await writeFile(written.issuer, `${key.did}\n`);
  return [
    `issuer did:key: ${key.did}`,
    `wrote ${written.credential}`,
    ...(stack ? [`wrote ${written.stack}`] : []),
    `wrote ${written.zip} (${zip.length} bytes, ${credentials.length} credentials)`,
    `check them with: npm run credentials:verify -- ${written.credential} ${written.zip}`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = parseOut(process.argv.slice(2));
  if (!out) {
    console.error('usage: npm run credentials:demo -- --out DIR');
    process.exitCode = 2;
  } else {
    for (const line of await runDemo(out)) console.log(line);
  }
}
