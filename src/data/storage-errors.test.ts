import { describe, expect, it } from 'vitest';
import { guardQuota, isQuotaError, StorageFullError } from './storage-errors.ts';

describe('quota errors', () => {
  it('recognises the browser error, Dexie wrapping it, and nothing else', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError(new DOMException('nope', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('turns a quota failure into StorageFullError and lets other errors through', async () => {
    const full = await guardQuota('this answer', () => Promise.reject(new DOMException('full', 'QuotaExceededError'))).catch((error: unknown) => error);
    expect(full).toBeInstanceOf(StorageFullError);
    expect((full as StorageFullError).kind).toBe('storage-full');
    expect((full as StorageFullError).message).toMatch(/^Storage is full, so this answer was not saved and nothing was changed\. Free space by/);
    const other = new TypeError('bug');
    await expect(guardQuota('x', () => Promise.reject(other))).rejects.toBe(other);
    await expect(guardQuota('x', async () => 7)).resolves.toBe(7);
  });
});
