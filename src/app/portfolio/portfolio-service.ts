/**
 * The portfolio's two journeys through the database: export the current learner's credentials,
 * projects, files and shared reflections as one .zip; import one made elsewhere in two steps
 * (check and preview, then store in one transaction, skipping credentials already held).
 */
import type { WayfindDb } from '../../data/db.ts';
import { listCredentials, storePortfolioRows, type PortfolioRows } from '../../data/credentials.ts';
import { listPortfolioJournalEntries } from '../../data/journal.ts';
import { listProjects, listProjectsWithArtifacts } from '../../data/projects.ts';
import type { Learner } from '../../data/records.ts';
import { ensureIssuerKey, issuerName, learnerSubjectId } from '../credentials/index.ts';
import { buildPortfolioZip } from './portfolio-export.ts';
import { safeName } from './portfolio-format.ts';
import { readPortfolio, type PortfolioPreview } from './portfolio-reader.ts';

export interface ExportedPortfolio {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

export async function exportPortfolio(
  db: WayfindDb, learner: Learner, { now = new Date(), skillNames }: { now?: Date; skillNames?: ReadonlyMap<string, string> } = {},
): Promise<ExportedPortfolio> {
  const [credentials, projects, reflections] = await Promise.all([
    listCredentials(db, learner.id), listProjectsWithArtifacts(db, learner.id), listPortfolioJournalEntries(db, learner.id),
  ]);
  const key = await ensureIssuerKey(db, now.getTime());
  const bytes = await buildPortfolioZip({
    learner: { displayName: learner.displayName, subjectId: await learnerSubjectId(learner) },
    // Oldest first, so the numbered files read as a story.
    credentials: [...credentials].reverse(),
    projects: projects.map(({ project, artifacts }) => ({ project, artifacts })),
    reflections: reflections.map((entry) => ({ createdAt: entry.createdAt, text: entry.text })),
    skillNames,
  }, { key, issuerName: (await issuerName(db)) ?? learner.displayName }, now);
  return { bytes, fileName: `portfolio-${safeName(learner.displayName, 'learner')}-${now.toISOString().slice(0, 10)}.zip` };
}

export interface ImportPlan {
  preview: PortfolioPreview;
  /** Ids of the portfolio's credentials this learner already holds (they are skipped). */
  alreadyHeld: ReadonlySet<string>;
  /** Indexes of the portfolio's projects this learner already has (same title and dates; skipped). */
  projectsAlreadyHeld: ReadonlySet<number>;
}

const projectKey = (p: { title: string; startDay: string | null; endDay: string | null }) => JSON.stringify([p.title.trim(), p.startDay, p.endDay]);

/** Step 1: check everything; throws PortfolioImportError with a plain reason. Stores nothing. */
export async function planPortfolioImport(db: WayfindDb, learner: Learner, bytes: Uint8Array, now = new Date()): Promise<ImportPlan> {
  const preview = await readPortfolio(bytes, { now });
  const held = new Set<string>();
  for (const credential of await listCredentials(db, learner.id)) {
    try {
      const id = (JSON.parse(credential.signedJson) as { id?: unknown }).id;
      if (typeof id === 'string') held.add(id);
    } catch {
      // A stored credential that does not parse cannot be a duplicate of a checked one.
    }
  }
  const projects = new Set((await listProjects(db, learner.id)).map(projectKey));
  return {
    preview,
    alreadyHeld: new Set(preview.credentials.filter((c) => held.has(c.id)).map((c) => c.id)),
    projectsAlreadyHeld: new Set(preview.projects.flatMap((p, i) => (projects.has(projectKey(p)) ? [i] : []))),
  };
}

/** Step 2: stores what the plan showed, in one transaction. Returns how much was added. */
export async function commitPortfolioImport(db: WayfindDb, learner: Learner, plan: ImportPlan, now = Date.now()): Promise<{ credentials: number; projects: number }> {
  const rows: PortfolioRows = {
    credentials: plan.preview.credentials.filter((c) => !plan.alreadyHeld.has(c.id)).map((c) => ({
      origin: 'imported', signedJson: c.signedJson, achievementName: c.achievementName, issuedAt: c.issuedAt, packId: c.packId, credentialKey: c.credentialKey,
    })),
    projects: plan.preview.projects.filter((_p, i) => !plan.projectsAlreadyHeld.has(i)).map((p) => ({
      project: { title: p.title, description: p.description, skillIds: p.skillIds, startDay: p.startDay, endDay: p.endDay },
      artifacts: p.attachments.map((a) => ({ name: a.name, note: a.note, file: new Blob([a.bytes], { type: a.type }) })),
    })),
  };
  await storePortfolioRows(db, learner.id, rows, now);
  return { credentials: rows.credentials.length, projects: rows.projects.length };
}
