import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { CoachPinService, dbSettingsStore, type CoachUnlockResult, type SetPinResult } from '../../../app/coach/index.ts';
import { controlStyles } from '../../styles/controls.ts';
import { visuallyHidden } from '../../styles/visually-hidden.ts';
import { coachLockStyles, formStyles } from './coach-lock.styles.ts';

export interface CoachUnlockedDetail {
  /** True when the coach has just set the PIN for the first time. */
  firstTime: boolean;
}

/** "m:ss" for a wait, rounded up so it never shows 0:00 while still locked. */
export function formatWait(waitMs: number): string {
  const seconds = Math.max(0, Math.ceil(waitMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * `<wf-coach-lock>`: the door to coach mode. The first time it asks the coach to choose a PIN
 * (4 to 12 digits, typed twice); afterwards it asks for the PIN. After five wrong tries it
 * refuses tries for a growing delay, shown as a live countdown; the lockout is stored in the
 * household settings, so reloading the page does not reset it.
 *
 * @property db - the database holding the PIN (defaults to the app's).
 * @property clock - the time source (tests move it forward; defaults to Date.now).
 * @fires wf-coach-unlocked - CustomEvent<CoachUnlockedDetail> once the PIN was set or accepted.
 */
export class WfCoachLock extends LitElement {
  static override properties = {
    db: { attribute: false },
    clock: { attribute: false },
    mode: { state: true },
    busy: { state: true },
    problem: { state: true },
    lockedUntil: { state: true },
    remainingMs: { state: true },
  };
  static override styles = [controlStyles, visuallyHidden, formStyles, coachLockStyles];

  declare db: WayfindDb;
  declare clock: () => number;
  /** 'loading' until the stored PIN was read. */
  declare mode: 'loading' | 'set' | 'unlock';
  declare busy: boolean;
  declare problem: string;
  declare lockedUntil: number | null;
  declare remainingMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.clock = Date.now;
    this.mode = 'loading';
    this.busy = false;
    this.problem = '';
    this.lockedUntil = null;
    this.remainingMs = 0;
  }

  #pins(): CoachPinService {
    return new CoachPinService(dbSettingsStore(this.db), { clock: () => this.clock() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
  }

  /** Re-reads the PIN and lockout from storage (also after the wait runs out). */
  async refresh(): Promise<void> {
    const status = await this.#pins().status();
    this.mode = status.hasPin ? 'unlock' : 'set';
    this.#showLock(status.locked ? status.waitMs : 0);
  }

  /** Call after moving `clock` (tests) to update the countdown at once. */
  tick(): void {
    if (this.lockedUntil === null) return;
    this.remainingMs = Math.max(0, this.lockedUntil - this.clock());
    if (this.remainingMs === 0) {
      this.lockedUntil = null;
      this.#stopTimer();
      void this.refresh();
    }
  }

  #showLock(waitMs: number): void {
    if (waitMs <= 0) {
      this.lockedUntil = null;
      this.remainingMs = 0;
      this.#stopTimer();
      return;
    }
    this.lockedUntil = this.clock() + waitMs;
    this.remainingMs = waitMs;
    this.#timer ??= setInterval(() => this.tick(), 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override render() {
    if (this.mode === 'loading') return html`<p role="status">${msg('Loading…')}</p>`;
    return this.mode === 'set' ? this.#renderSet() : this.#renderUnlock();
  }

  #renderSet() {
    return html`<form @submit=${this.#onSet} aria-labelledby="set-heading" novalidate>
      <h2 id="set-heading">${msg('Set a coach PIN')}</h2>
      <p>${msg('Coach mode lets a parent or teacher manage learners, set goals and see how everyone is doing. Choose a PIN of 4 to 12 digits that learners do not know.')}</p>
      <label>${msg('New PIN')}
        <input name="pin" type="password" inputmode="numeric" autocomplete="new-password" required aria-describedby="pin-problem" />
      </label>
      <label>${msg('Type the PIN again')}
        <input name="confirm" type="password" inputmode="numeric" autocomplete="new-password" required aria-describedby="pin-problem" />
      </label>
      <p id="pin-problem" class="error" role="alert">${this.problem}</p>
      <div class="row"><button class="primary" type="submit" ?disabled=${this.busy}>${msg('Set PIN and open coach mode')}</button></div>
    </form>`;
  }

  #renderUnlock() {
    const locked = this.lockedUntil !== null && this.remainingMs > 0;
    return html`<form @submit=${this.#onUnlock} aria-labelledby="unlock-heading" novalidate>
      <h2 id="unlock-heading">${msg('Coach mode is locked')}</h2>
      <p>${msg('Enter the coach PIN to manage learners, goals and records.')}</p>
      <label>${msg('Coach PIN')}
        <input name="pin" type="password" inputmode="numeric" autocomplete="current-password" required aria-describedby="pin-problem" ?disabled=${locked} />
      </label>
      ${locked
        ? html`<div class="locked">
            <p>${msg('Too many wrong tries. Coach mode waits before the next try; each further wrong try doubles the wait.')}</p>
            <p>${msg('Next try in')} <span class="countdown" role="timer" aria-atomic="true">${formatWait(this.remainingMs)}</span></p>
          </div>`
        : nothing}
      <p id="pin-problem" class="error" role="alert">${this.problem}</p>
      <div class="row"><button class="primary" type="submit" ?disabled=${this.busy || locked}>${msg('Unlock')}</button></div>
    </form>`;
  }

  async #onSet(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    try {
      const result = await this.#pins().setFirstPin(String(data.get('pin') ?? ''), String(data.get('confirm') ?? ''));
      if (result.ok) {
        this.problem = '';
        form.reset();
        this.#unlocked(true);
      } else {
        this.problem = setPinProblem(result);
        if (result.problem === 'already-set') await this.refresh();
      }
    } catch {
      this.problem = msg('The PIN could not be saved. Nothing was changed; try again.');
    } finally {
      this.busy = false;
    }
  }

  async #onUnlock(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('pin') as HTMLInputElement;
    this.busy = true;
    try {
      const result: CoachUnlockResult = await this.#pins().unlock(input.value);
      input.value = '';
      if (result.outcome === 'unlocked') {
        this.problem = '';
        this.#unlocked(false);
      } else if (result.outcome === 'no-pin') {
        await this.refresh();
      } else {
        this.problem =
          result.waitMs > 0
            ? msg(str`That PIN is not right. Wait ${formatWait(result.waitMs)} before trying again.`)
            : result.outcome === 'wrong-pin'
              ? msg('That PIN is not right. Try again.')
              : '';
        this.#showLock(result.waitMs);
      }
    } catch {
      this.problem = msg('The PIN could not be checked. Try again.');
    } finally {
      this.busy = false;
    }
    // The field was disabled while checking; give the keyboard back to it.
    await this.updateComplete;
    if (this.lockedUntil === null) (this.renderRoot.querySelector('input[name=pin]') as HTMLInputElement | null)?.focus();
  }

  #unlocked(firstTime: boolean): void {
    this.dispatchEvent(new CustomEvent<CoachUnlockedDetail>('wf-coach-unlocked', { detail: { firstTime }, bubbles: true, composed: true }));
  }
}

function setPinProblem(result: Extract<SetPinResult, { ok: false }>): string {
  switch (result.problem) {
    case 'too-short':
      return msg('The PIN needs at least 4 digits.');
    case 'too-long':
      return msg('The PIN can have at most 12 digits.');
    case 'not-digits':
      return msg('Use only the digits 0 to 9.');
    case 'mismatch':
      return msg('The two PINs are different. Type the same PIN twice.');
    case 'already-set':
      return msg('A coach PIN is already set on this device. Enter it to unlock.');
  }
}

customElements.define('wf-coach-lock', WfCoachLock);

declare global {
  interface HTMLElementTagNameMap {
    'wf-coach-lock': WfCoachLock;
  }
  interface HTMLElementEventMap {
    'wf-coach-unlocked': CustomEvent<CoachUnlockedDetail>;
  }
}
