/**
 * Builds the portfolio .zip from what the learner holds. The credentials go in exactly as stored
 * (their signatures cover those bytes); the CLR bundle is signed now with the household key.
 */
import { zipSync, strToU8 } from 'fflate';
import { sha256Hex, formatFingerprint } from '../credentials/index.ts';
import type { IssuerKey } from '../credentials/index.ts';
import type { JsonObject } from '../credentials/index.ts';
import { SELF_ISSUED_DESCRIPTION } from '../credentials/index.ts';
import { renderPortfolioHtml, type HtmlCredential } from './portfolio-html.ts';
import {
  CLR_PATH, HTML_PATH, INDEX_PATH, MANIFEST_FORMAT, MANIFEST_PATH, PORTFOLIO_FORMAT,
  safeName, twoDigits, type PortfolioIndex, type PortfolioManifest,
} from './portfolio-format.ts';

export interface PortfolioContent {
  learner: { displayName: string; subjectId: string };
  credentials: { signedJson: string; achievementName: string; issuedAt: number }[];
  projects: {
    project: { title: string; description: string; skillIds: string[]; startDay: string | null; endDay: string | null };
    artifacts: { name: string; note: string; file: Blob }[];
  }[];
  reflections: { createdAt: number; text: string }[];
  /** Skill ids to names, for the readable page. */
  skillNames?: ReadonlyMap<string, string>;
}

export interface PortfolioSigner {
  key: IssuerKey;
  issuerName: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function describeCredential(parsed: JsonObject, path: string, fingerprint: string, issuedAt: string): HtmlCredential {
  const issuer = (typeof parsed.issuer === 'object' && parsed.issuer && !Array.isArray(parsed.issuer) ? parsed.issuer : {}) as JsonObject;
  const subject = (parsed.credentialSubject ?? {}) as JsonObject;
  const achievement = (subject.achievement ?? {}) as JsonObject;
  const image = achievement.image as JsonObject | undefined;
  return {
    path, fingerprint: formatFingerprint(fingerprint), issuedAt,
    achievementName: text(achievement.name) || text(parsed.name),
    description: text(achievement.description),
    issuerName: text(issuer.name) || text(issuer.id) || text(parsed.issuer),
    selfIssued: issuer.description === SELF_ISSUED_DESCRIPTION,
    id: text(parsed.id),
    image: image ? text(image.id) : null,
  };
}

/** The zip's bytes. Throws only on a stored credential that is not JSON (which cannot happen for a checked one). */
export async function buildPortfolioZip(content: PortfolioContent, signer: PortfolioSigner, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const files = new Map<string, Uint8Array>();
  const createdAt = now.toISOString();
  const htmlCredentials: HtmlCredential[] = [];
  const index: PortfolioIndex = {
    format: PORTFOLIO_FORMAT, createdAt, learner: content.learner, credentials: [], clr: null, projects: [],
    reflections: content.reflections.map((r) => ({ createdAt: new Date(r.createdAt).toISOString(), text: r.text })),
  };
  const parsedCredentials: JsonObject[] = [];
  for (const [i, credential] of content.credentials.entries()) {
    const path = `credentials/${twoDigits(i)}-${safeName(credential.achievementName, 'credential')}.json`;
    const bytes = strToU8(credential.signedJson);
    files.set(path, bytes);
    const issuedAt = new Date(credential.issuedAt).toISOString();
    index.credentials.push({ path, achievementName: credential.achievementName, issuedAt });
    const parsed = JSON.parse(credential.signedJson) as JsonObject;
    parsedCredentials.push(parsed);
    htmlCredentials.push(describeCredential(parsed, path, await sha256Hex(credential.signedJson), issuedAt));
  }
  for (const [i, { project, artifacts }] of content.projects.entries()) {
    const folder = `attachments/${twoDigits(i)}-${safeName(project.title, 'project')}`;
    const attachments = [];
    for (const [j, artifact] of artifacts.entries()) {
      const path = `${folder}/${twoDigits(j)}-${safeName(artifact.name)}`;
      files.set(path, new Uint8Array(await artifact.file.arrayBuffer()));
      attachments.push({ path, name: artifact.name, note: artifact.note, type: artifact.file.type || 'application/octet-stream' });
    }
    index.projects.push({ ...project, skillIds: [...project.skillIds], attachments });
  }
  if (parsedCredentials.length) {
    const { issueClrCredential } = await import('../credentials/credential-crypto.ts');
    const clr = await issueClrCredential({
      name: `Learner record of ${content.learner.displayName}`,
      description: 'The credentials this learner earned with Wayfind, bundled as a Comprehensive Learner Record.',
      issuer: { name: signer.issuerName, selfIssued: false },
      learnerId: content.learner.subjectId,
      validFrom: now,
      credentials: parsedCredentials,
    }, signer.key, { created: now });
    files.set(CLR_PATH, strToU8(JSON.stringify(clr, null, 2)));
    index.clr = CLR_PATH;
  }
  files.set(INDEX_PATH, strToU8(JSON.stringify(index, null, 2)));
  files.set(HTML_PATH, strToU8(renderPortfolioHtml(index, htmlCredentials, content.skillNames ?? new Map())));
  const manifest: PortfolioManifest = { format: MANIFEST_FORMAT, files: [] };
  for (const [path, bytes] of files) {
    manifest.files.push({ path, bytes: bytes.length, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>) });
  }
  files.set(MANIFEST_PATH, strToU8(JSON.stringify(manifest, null, 2)));
  // Credentials and JSON compress well; photos are already compressed, so store them as they are.
  const zippable = Object.fromEntries([...files].map(([path, bytes]) => [path, [bytes, { level: path.startsWith('attachments/') ? 0 : 6 }]]));
  return zipSync(zippable as Parameters<typeof zipSync>[0], { mtime: now });
}
