/** Household settings, one record per setting name. */
import type { WayfindDb } from './db.ts';
import type { JsonValue } from './records.ts';
import { guardQuota } from './storage-errors.ts';

/** The stored value, or `fallback` when the setting was never saved. */
export async function getSetting<T extends JsonValue>(db: WayfindDb, name: string, fallback: T): Promise<T> {
  const setting = await db.settings.get(name);
  return setting === undefined ? fallback : (setting.value as T);
}

export async function setSetting(db: WayfindDb, name: string, value: JsonValue): Promise<void> {
  await guardQuota(`the setting "${name}"`, () => db.settings.put({ id: name, value }));
}

export function clearSetting(db: WayfindDb, name: string): Promise<void> {
  return db.settings.delete(name);
}
