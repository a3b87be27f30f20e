/**
 * Open Badges credentials, issued here or imported. The signed JSON is stored as the exact
 * string that was signed: parsing and re-serialising could reorder keys and break the proof.
 */
import { newId, type WayfindDb } from './db.ts';
import type { Artifact, Credential, Project } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewCredential = Omit<Credential, 'id' | 'storedAt'>;

export async function storeCredential(db: WayfindDb, input: NewCredential, now = Date.now()): Promise<Credential> {
  const credential: Credential = { ...input, id: newId(), storedAt: now };
  await guardQuota('the credential', () => db.credentials.add(credential));
  return credential;
}

export function getCredential(db: WayfindDb, id: string): Promise<Credential | undefined> {
  return db.credentials.get(id);
}

/** The learner's credentials, most recently issued first. */
export function listCredentials(db: WayfindDb, learnerId: string): Promise<Credential[]> {
  return db.credentials
    .where('[learnerId+issuedAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export function deleteCredential(db: WayfindDb, id: string): Promise<void> {
  return db.credentials.delete(id);
}

/** What an imported portfolio adds for one learner (rows without ids; ids are made here). */
export interface PortfolioRows {
  credentials: Omit<NewCredential, 'learnerId'>[];
  projects: {
    project: Omit<Project, 'id' | 'learnerId' | 'createdAt' | 'updatedAt'>;
    artifacts: Pick<Artifact, 'name' | 'note' | 'file'>[];
  }[];
}

/**
 * Stores an imported portfolio in ONE transaction: either everything is added or nothing is
 * (a quota error half-way leaves the database as it was).
 */
export async function storePortfolioRows(db: WayfindDb, learnerId: string, rows: PortfolioRows, now = Date.now()): Promise<void> {
  await guardQuota('the imported portfolio', () =>
    db.transaction('rw', db.credentials, db.projects, db.artifacts, async () => {
      for (const credential of rows.credentials) {
        await db.credentials.add({ ...credential, learnerId, id: newId(), storedAt: now });
      }
      for (const { project, artifacts } of rows.projects) {
        const projectId = newId();
        await db.projects.add({ ...project, id: projectId, learnerId, createdAt: now, updatedAt: now });
        for (const artifact of artifacts) {
          await db.artifacts.add({ ...artifact, id: newId(), learnerId, projectId, createdAt: now });
        }
      }
    }),
  );
}
