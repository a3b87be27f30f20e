/** Projects and their evidence artifacts (files kept as Blobs). */
import { newId, type WayfindDb } from './db.ts';
import type { Artifact, Project } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewProject = Pick<Project, 'learnerId' | 'title' | 'description'> & Partial<Pick<Project, 'skillIds' | 'startDay' | 'endDay'>>;
export type ProjectChanges = Partial<Pick<Project, 'title' | 'description' | 'skillIds' | 'startDay' | 'endDay'>>;

export async function createProject(db: WayfindDb, input: NewProject, now = Date.now()): Promise<Project> {
  const project: Project = {
    skillIds: [], startDay: null, endDay: null,
    ...input, id: newId(), createdAt: now, updatedAt: now,
  };
  await guardQuota('the project', () => db.projects.add(project));
  return project;
}

export function getProject(db: WayfindDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** The learner's projects, most recently changed first. */
export function listProjects(db: WayfindDb, learnerId: string): Promise<Project[]> {
  return db.projects
    .where('[learnerId+updatedAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export async function updateProject(db: WayfindDb, id: string, changes: ProjectChanges, now = Date.now()): Promise<void> {
  await guardQuota('the project', () => db.projects.update(id, { ...changes, updatedAt: now }));
}

/** Deletes a project and its artifacts together. */
export function deleteProject(db: WayfindDb, id: string): Promise<void> {
  return db.transaction('rw', db.projects, db.artifacts, async () => {
    await db.artifacts.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}

export type NewArtifact = Pick<Artifact, 'projectId' | 'name' | 'note' | 'file'>;

/** Attaches a file to a project; the project's updatedAt moves with it. */
export async function addArtifact(db: WayfindDb, input: NewArtifact, now = Date.now()): Promise<Artifact> {
  return guardQuota(`the file "${input.name}"`, () =>
    db.transaction('rw', db.projects, db.artifacts, async () => {
      const project = await db.projects.get(input.projectId);
      if (!project) throw new Error(`Project ${input.projectId} does not exist.`);
      const artifact: Artifact = { ...input, id: newId(), learnerId: project.learnerId, createdAt: now };
      await db.artifacts.add(artifact);
      await db.projects.update(project.id, { updatedAt: now });
      return artifact;
    }),
  );
}

export function listArtifacts(db: WayfindDb, projectId: string): Promise<Artifact[]> {
  return db.artifacts.where('projectId').equals(projectId).sortBy('createdAt');
}

/** Every project of the learner with its files (for the portfolio export and evidence lists). */
export async function listProjectsWithArtifacts(db: WayfindDb, learnerId: string): Promise<{ project: Project; artifacts: Artifact[] }[]> {
  return db.transaction('r', db.projects, db.artifacts, async () => {
    const projects = await listProjects(db, learnerId);
    return Promise.all(projects.map(async (project) => ({ project, artifacts: await listArtifacts(db, project.id) })));
  });
}

export function deleteArtifact(db: WayfindDb, id: string): Promise<void> {
  return db.artifacts.delete(id);
}
