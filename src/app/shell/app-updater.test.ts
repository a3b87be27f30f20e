import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerGuard } from './answer-guard.ts';

// A stand-in for workbox-window's Workbox: it records calls and lets the test fire its events.
class FakeWorkbox extends EventTarget {
  static last: FakeWorkbox;
  skipWaitingRequests = 0;
  constructor(readonly url: string) {
    super();
    FakeWorkbox.last = this;
  }
  async register() {}
  messageSkipWaiting() {
    this.skipWaitingRequests += 1;
    this.dispatchEvent(new Event('controlling'));
  }
}
vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

const { AppUpdater } = await import('./app-updater.ts');

describe('AppUpdater', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function registered() {
    vi.stubGlobal('navigator', { serviceWorker: {} });
    const guard = new AnswerGuard();
    const updater = new AppUpdater(guard);
    await updater.register('/sw.js');
    return { guard, updater, workbox: FakeWorkbox.last };
  }

  it('announces an update when a new service worker is waiting', async () => {
    const { updater, workbox } = await registered();
    const announced = vi.fn();
    updater.addEventListener('update-available', announced);
    expect(updater.updateWaiting).toBe(false);
    workbox.dispatchEvent(new Event('waiting'));
    expect(announced).toHaveBeenCalledOnce();
    expect(updater.updateWaiting).toBe(true);
  });

  it('never reloads in the middle of an answer: it waits until the answer is stored', async () => {
    const { guard, updater, workbox } = await registered();
    workbox.dispatchEvent(new Event('waiting'));
    const endAnswer = guard.begin();
    const reload = vi.fn();
    const applying = updater.applyUpdate(reload);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(workbox.skipWaitingRequests).toBe(0);
    expect(reload).not.toHaveBeenCalled();
    endAnswer();
    await applying;
    expect(workbox.skipWaitingRequests).toBe(1);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does nothing when no update is waiting', async () => {
    const { updater, workbox } = await registered();
    const reload = vi.fn();
    await updater.applyUpdate(reload);
    expect(workbox.skipWaitingRequests).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('skips registration in browsers without service workers', async () => {
    vi.stubGlobal('navigator', {});
    const before = FakeWorkbox.last;
    await new AppUpdater(new AnswerGuard()).register();
    expect(FakeWorkbox.last).toBe(before);
  });
});
