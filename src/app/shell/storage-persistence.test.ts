import { describe, expect, it, vi } from 'vitest';
import { persistenceStatus } from '../../data/storage-health.ts';
import { askForPersistence, ensurePersistenceAsked } from './storage-persistence.ts';

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('storage persistence', () => {
  it('reports unsupported when the browser has no StorageManager', async () => {
    expect(await persistenceStatus(undefined)).toBe('unsupported');
    expect(await askForPersistence(undefined, memoryStore())).toEqual({ state: 'unsupported', askedAt: null });
  });

  it('asks once at first use and records when', async () => {
    const storage = { persist: vi.fn(async () => false), persisted: vi.fn(async () => false) };
    const store = memoryStore();
    const first = await ensurePersistenceAsked(storage, store);
    expect(first.state).toBe('best-effort');
    expect(first.askedAt).not.toBeNull();
    const second = await ensurePersistenceAsked(storage, store);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(storage.persisted).toHaveBeenCalledTimes(1);
    expect(second.askedAt).toBe(first.askedAt);
  });

  it('reports a granted request as persisted', async () => {
    const storage = { persist: async () => true, persisted: async () => true };
    const outcome = await askForPersistence(storage, memoryStore(), new Date('2026-01-02T03:04:05Z'));
    expect(outcome).toEqual({ state: 'persistent', askedAt: '2026-01-02T03:04:05.000Z' });
  });
});
