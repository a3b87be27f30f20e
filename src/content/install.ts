/**
 * What the Settings import calls: validate, sanitize and version a pack, without touching
 * storage. The UI stores the result only when ok is true, so a bad pack changes nothing.
 */
import { validatePack } from './load.ts';
import type { Problem } from './problems.ts';
import type { Pack } from './schema.ts';

export interface PreparedPack {
  ok: boolean;
  pack?: Pack;
  problems: Problem[];
}

/**
 * Sanitizing happens in two layers: here, the strict schema drops nothing silently (unknown
 * fields are errors) and the safety lint refuses script, event handlers, forms, frames and remote
 * resources; at display time, render/ passes every field through DOMPurify as well.
 */
export function preparePackForInstall(json: unknown): PreparedPack {
  const result = validatePack(json, { generatorSeeds: 50 });
  if (!result.ok || !result.pack) return { ok: false, problems: result.problems };
  // A structured clone detaches the pack from the parsed input (no shared references, no prototypes).
  return { ok: true, pack: structuredClone(result.pack), problems: result.problems };
}

/** -1, 0 or 1 comparing two "major.minor.patch" versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return Math.sign(pa[i] - pb[i]);
  return 0;
}

export interface UpgradePlan {
  /** 'install' (new pack), 'upgrade' (newer version), 'same' or 'older' (refuse or ask). */
  action: 'install' | 'upgrade' | 'same' | 'older';
  /** Skills present in both: the learner's progress on them is kept. */
  keptSkills: string[];
  /** Skills dropped by the new version: their progress is no longer shown. */
  removedSkills: string[];
  addedSkills: string[];
}

/** How a pack relates to the installed version of the same id; progress stays for kept skill ids. */
export function planUpgrade(installed: Pack | undefined, incoming: Pack): UpgradePlan {
  const next = incoming.skills.map((s) => s.id);
  if (!installed) return { action: 'install', keptSkills: [], removedSkills: [], addedSkills: next };
  const previous = new Set(installed.skills.map((s) => s.id));
  const order = compareVersions(incoming.version, installed.version);
  return {
    action: order > 0 ? 'upgrade' : order === 0 ? 'same' : 'older',
    keptSkills: next.filter((id) => previous.has(id)),
    removedSkills: [...previous].filter((id) => !next.includes(id)),
    addedSkills: next.filter((id) => !previous.has(id)),
  };
}
