import type { Workbox } from 'workbox-window';
import type { AnswerGuard } from './answer-guard.ts';

/**
 * Registers the service worker through workbox-window and handles updates the learner agrees to.
 *
 * A new version waits (it never takes over by itself); the shell shows "Update available" and,
 * when the learner chooses Reload, we wait for any answer in progress to be stored, then let the
 * new worker take control and reload. Events: `update-available`.
 */
export class AppUpdater extends EventTarget {
  #workbox: Workbox | undefined;
  #updateWaiting = false;

  constructor(private readonly guard: AnswerGuard) {
    super();
  }

  get updateWaiting(): boolean {
    return this.#updateWaiting;
  }

  async register(scriptUrl = '/sw.js'): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(scriptUrl, { scope: '/' });
    workbox.addEventListener('waiting', () => {
      this.#updateWaiting = true;
      this.dispatchEvent(new Event('update-available'));
    });
    this.#workbox = workbox;
    await workbox.register();
  }

  /** Applies a waiting update once no answer is in progress. */
  async applyUpdate(reload: () => void = () => location.reload()): Promise<void> {
    const workbox = this.#workbox;
    if (!workbox || !this.#updateWaiting) return;
    await this.guard.whenIdle();
    workbox.addEventListener('controlling', () => reload());
    workbox.messageSkipWaiting();
  }
}
