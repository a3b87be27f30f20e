/** Which content packs are installed, at which version and content hash. */
import type { WayfindDb } from './db.ts';
import type { InstalledPack } from './records.ts';
import { guardQuota } from './storage-errors.ts';

/** Records a pack install or update (a pack's id is stable across versions). */
export async function recordPackInstall(db: WayfindDb, pack: InstalledPack): Promise<void> {
  await guardQuota('the content pack record', () => db.packs.put(pack));
}

export function getInstalledPack(db: WayfindDb, packId: string): Promise<InstalledPack | undefined> {
  return db.packs.get(packId);
}

export function listInstalledPacks(db: WayfindDb): Promise<InstalledPack[]> {
  return db.packs.toArray();
}

export function forgetPack(db: WayfindDb, packId: string): Promise<void> {
  return db.packs.delete(packId);
}
