/**
 * Knows whether a learner is in the middle of an answer (from showing an item until its attempt is
 * stored). Anything disruptive, such as reloading for an app update, waits until it is idle, so a
 * half-typed answer is never thrown away.
 */
export class AnswerGuard extends EventTarget {
  #open = 0;

  get busy(): boolean {
    return this.#open > 0;
  }

  /** Marks an answer as in progress; call the returned function once it is stored or abandoned. */
  begin(): () => void {
    this.#open += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#open -= 1;
      if (this.#open === 0) this.dispatchEvent(new Event('idle'));
    };
  }

  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.addEventListener('idle', () => resolve(), { once: true }));
  }
}
