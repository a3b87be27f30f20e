import { describe, expect, it } from 'vitest';
import { AnswerGuard } from './answer-guard.ts';

describe('AnswerGuard', () => {
  it('is idle until an answer begins, and busy until every open answer ends', () => {
    const guard = new AnswerGuard();
    expect(guard.busy).toBe(false);
    const endFirst = guard.begin();
    const endSecond = guard.begin();
    expect(guard.busy).toBe(true);
    endFirst();
    expect(guard.busy).toBe(true);
    endSecond();
    expect(guard.busy).toBe(false);
  });

  it('ignores a second call to the same end function', () => {
    const guard = new AnswerGuard();
    const endFirst = guard.begin();
    guard.begin();
    endFirst();
    endFirst();
    expect(guard.busy).toBe(true);
  });

  it('resolves whenIdle only after the answer in progress is stored', async () => {
    const guard = new AnswerGuard();
    const end = guard.begin();
    let resolved = false;
    const idle = guard.whenIdle().then(() => { resolved = true; });
    await Promise.resolve();
    expect(resolved).toBe(false);
    end();
    await idle;
    expect(resolved).toBe(true);
  });
});
