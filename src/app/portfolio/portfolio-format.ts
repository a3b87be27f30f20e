/**
 * The portable portfolio file (a .zip): what it contains and the limits an import enforces.
 *
 *   index.html               the portfolio to read and print (no script)
 *   portfolio.json           what is inside: learner, credentials, projects and their attachments
 *   credentials/NN-name.json each signed Open Badges credential, byte-exact as stored
 *   learner-record.json      a CLR 2.0 ClrCredential bundling the credentials, signed
 *   attachments/...          the projects' files
 *   manifest.json            every other file with its size and SHA-256
 */
export const PORTFOLIO_FORMAT = 'wayfind-portfolio/1';
export const MANIFEST_FORMAT = 'wayfind-portfolio-manifest/1';
export const MANIFEST_PATH = 'manifest.json';
export const INDEX_PATH = 'portfolio.json';
export const HTML_PATH = 'index.html';
export const CLR_PATH = 'learner-record.json';

/** Far above a real portfolio with photos; stops a zip bomb before it is inflated. */
export const MAX_ZIP_BYTES = 200 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;
export const MAX_FILES = 2000;

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PortfolioManifest {
  format: typeof MANIFEST_FORMAT;
  files: ManifestEntry[];
}

export interface PortfolioAttachmentEntry {
  path: string;
  name: string;
  note: string;
  type: string;
}

export interface PortfolioProjectEntry {
  title: string;
  description: string;
  skillIds: string[];
  startDay: string | null;
  endDay: string | null;
  attachments: PortfolioAttachmentEntry[];
}

export interface PortfolioCredentialEntry {
  path: string;
  achievementName: string;
  issuedAt: string;
}

export interface PortfolioIndex {
  format: typeof PORTFOLIO_FORMAT;
  createdAt: string;
  learner: { displayName: string; subjectId: string };
  credentials: PortfolioCredentialEntry[];
  /** Absent when there is no credential to bundle. */
  clr: string | null;
  projects: PortfolioProjectEntry[];
  reflections: { createdAt: string; text: string }[];
}

/** A file name safe in any file system and in a URL: letters, digits, dot, dash, underscore. */
export function safeName(name: string, fallback = 'file'): string {
  const cleaned = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60);
  return cleaned || fallback;
}

export function twoDigits(index: number): string {
  return String(index + 1).padStart(2, '0');
}
