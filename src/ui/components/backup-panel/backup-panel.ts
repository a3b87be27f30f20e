import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  BackupError,
  RestoreRefusedError,
  createBackupFile,
  pinOutcome,
  previewBackup,
  readBackupFile,
  restoreBackup,
  saveFile,
  type PinOutcome,
  type RestoreMode,
  type RestorePreview,
  type ValidBackup,
} from '../../../app/shell/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { listLearners } from '../../../data/learners.ts';
import type { Learner } from '../../../data/records.ts';
import { StorageFullError } from '../../../data/storage-errors.ts';
import { HouseholdController } from '../../controllers/household-controller.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';
import { filePicker, filePickerStyles } from '../file-picker/file-picker.ts';
import { renderPreview } from './restore-preview.ts';
import { formatDate } from '../../../i18n/format.ts';

export interface BackupRestoredDetail {
  mode: RestoreMode;
}

/**
 * `<wf-backup-panel>`: "Back up everything" (or one learner) to a file, optionally encrypted with
 * a passphrase; and "Restore" from a file: the whole file is checked first, then a preview shows
 * what would change per learner, and only "Restore" writes (merge or replace, all or nothing).
 * With a coach PIN set, restoring needs coach mode, and the device's PIN survives the restore
 * unless a whole-household replace is confirmed by typing the current PIN.
 *
 * @property db - the database to back up and restore (defaults to the app's).
 * @fires wf-backup-restored - CustomEvent<BackupRestoredDetail> after a restore committed.
 */
export class WfBackupPanel extends LitElement {
  static override properties = {
    db: { attribute: false },
    scope: { state: true },
    busy: { state: true },
    backupStatus: { state: true },
    backup: { state: true },
    preview: { state: true },
    mode: { state: true },
    restoreStatus: { state: true },
    restoreError: { state: true },
    pin: { state: true },
  };
  static override styles = [
    controlStyles,
    filePickerStyles,
    panelStyles,
    // Restoring is a different task from backing up: room and a rule above its heading.
    css`
      section + section {
        margin-top: 1.5rem;
        padding-top: 1.25rem;
        border-top: 1px solid var(--wf-border);
      }
    `,
  ];

  declare db: WayfindDb;
  /** 'all' or a learner id. */
  declare scope: string;
  declare busy: boolean;
  declare backupStatus: string;
  declare backup: ValidBackup | null;
  declare preview: RestorePreview | null;
  declare mode: RestoreMode;
  declare restoreStatus: string;
  declare restoreError: string;
  declare pin: PinOutcome;

  readonly household = new HouseholdController(this);

  readonly #learners = new LiveQueryController<Learner[]>(this, () => listLearners(this.db), () => [this.db]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.scope = 'all';
    this.busy = false;
    this.backupStatus = '';
    this.backup = null;
    this.preview = null;
    this.mode = 'merge';
    this.restoreStatus = '';
    this.restoreError = '';
    this.pin = 'no-pin';
  }

  protected override render() {
    return html`${this.#renderBackup()} ${this.#renderRestore()}`;
  }

  #renderBackup() {
    const learners = this.#learners.value ?? [];
    return html`<section aria-labelledby="backup-heading">
      <h2 id="backup-heading">${msg('Back up')}</h2>
      <fieldset>
        <legend>${msg('What to back up')}</legend>
        <label><input type="radio" name="scope" value="all" .checked=${this.scope === 'all'} @change=${this.#chooseScope} />${msg('Everything: all learners and household settings')}</label>
        ${learners.map(
          (learner) => html`<label><input type="radio" name="scope" value=${learner.id} .checked=${this.scope === learner.id} @change=${this.#chooseScope} />${msg(str`Only ${learner.displayName}`)}</label>`,
        )}
      </fieldset>
      <label for="backup-passphrase">${msg('Passphrase (optional)')}</label>
      <input id="backup-passphrase" type="password" autocomplete="new-password" aria-describedby="backup-passphrase-hint" />
      <p id="backup-passphrase-hint">${msg('With a passphrase the file is encrypted; without one, anyone who has the file can read it. Wayfind cannot recover a forgotten passphrase.')}</p>
      <div class="row"><button type="button" class="primary" ?disabled=${this.busy} @click=${this.#backUp}>${msg('Back up to a file')}</button></div>
      <p role="status">${this.backupStatus}</p>
    </section>`;
  }

  #renderRestore() {
    const { hasCoach, coachMode } = this.household.snapshot;
    if (hasCoach && !coachMode) {
      return html`<section aria-labelledby="restore-heading">
        <h2 id="restore-heading">${msg('Restore')}</h2>
        <p class="locked">${msg('Restoring a backup replaces learners\' records, so in this household only the coach can do it.')}</p>
        <p><a href="/coach">${msg('Open coach mode to restore a backup')}</a></p>
      </section>`;
    }
    return html`<section aria-labelledby="restore-heading">
      <h2 id="restore-heading">${msg('Restore')}</h2>
      <label for="restore-file">${msg('Backup file')}</label>
      ${filePicker({ id: 'restore-file', accept: '.json,application/json', onChange: () => this.#forgetCheckedFile() })}
      <label for="restore-passphrase">${msg('Passphrase (if the backup has one)')}</label>
      <input id="restore-passphrase" type="password" autocomplete="off" @input=${this.#forgetCheckedFile} />
      <div class="row"><button type="button" ?disabled=${this.busy} @click=${this.#check}>${msg('Check the file')}</button></div>
      ${this.restoreError ? html`<p class="error" role="alert">${this.restoreError}</p>` : nothing}
      ${this.backup && this.preview ? this.#renderChoice(this.backup, this.preview) : nothing}
      <p role="status">${this.restoreStatus}</p>
    </section>`;
  }

  #renderChoice(backup: ValidBackup, preview: RestorePreview) {
    const made = formatDate(backup.createdAt, 'moment');
    return html`<p>${msg(str`The file is a valid backup made on ${made}.`)}</p>
      <fieldset>
        <legend>${msg('How to restore')}</legend>
        <label><input type="radio" name="mode" value="merge" .checked=${this.mode === 'merge'} @change=${this.#chooseMode} />${msg('Merge: add what is new and update matching records; keep everything else')}</label>
        <label><input type="radio" name="mode" value="replace" .checked=${this.mode === 'replace'} @change=${this.#chooseMode} />${backup.scope.kind === 'all'
            ? msg('Replace: delete all current data on this device first')
            : msg('Replace: delete this learner’s current data first')}</label>
      </fieldset>
      <h3>${msg('What will change')}</h3>
      ${renderPreview(preview)}
      ${this.pin === 'kept' ? html`<p>${msg('The coach PIN on this device stays as it is: a restore never changes it.')}</p>` : nothing}
      ${this.pin === 'replaced-if-confirmed'
        ? html`<p id="restore-pin-hint">${msg('The coach PIN on this device stays as it is. To take the backup\'s coach PIN instead (or none, if the backup has none), type the current PIN.')}</p>
          <label for="restore-current-pin">${msg('Current coach PIN (optional)')}</label>
          <input id="restore-current-pin" type="password" inputmode="numeric" autocomplete="off" aria-describedby="restore-pin-hint" />`
        : nothing}
      <div class="row"><button type="button" class="primary" ?disabled=${this.busy} @click=${this.#restore}>${msg('Restore')}</button></div>`;
  }

  readonly #chooseScope = (event: Event) => {
    this.scope = (event.target as HTMLInputElement).value;
  };

  readonly #chooseMode = async (event: Event) => {
    this.mode = (event.target as HTMLInputElement).value as RestoreMode;
    if (this.backup) {
      this.preview = await previewBackup(this.db, this.backup, this.mode);
      this.pin = await pinOutcome(this.db, this.backup, this.mode);
    }
  };

  readonly #forgetCheckedFile = () => {
    this.backup = null;
    this.preview = null;
    this.restoreError = '';
    this.restoreStatus = '';
  };

  #input(id: string): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)!;
  }

  readonly #backUp = async () => {
    this.busy = true;
    this.backupStatus = msg('Making the backup…');
    try {
      const learner = this.#learners.value?.find((candidate) => candidate.id === this.scope);
      const passphrase = this.#input('backup-passphrase').value;
      const file = await createBackupFile(this.db, {
        scope: learner ? { kind: 'learner', learnerId: learner.id } : { kind: 'all' },
        ...(passphrase ? { passphrase } : {}),
        ...(learner ? { learnerName: learner.displayName } : {}),
      });
      saveFile(file);
      this.backupStatus = msg(str`Backup saved as ${file.fileName}. Keep it somewhere safe, away from this device.`);
    } catch {
      this.backupStatus = msg('The backup could not be made. Nothing was changed; try again.');
    } finally {
      this.busy = false;
    }
  };

  readonly #check = async () => {
    this.#forgetCheckedFile();
    const file = this.#input('restore-file').files?.[0];
    if (!file) {
      this.restoreError = msg('Choose a backup file first.');
      return;
    }
    this.busy = true;
    this.restoreStatus = msg('Checking the file…');
    try {
      const passphrase = this.#input('restore-passphrase').value;
      this.backup = await readBackupFile(file, passphrase || undefined);
      this.preview = await previewBackup(this.db, this.backup, this.mode);
      this.pin = await pinOutcome(this.db, this.backup, this.mode);
      this.restoreStatus = '';
    } catch (error) {
      this.restoreStatus = '';
      this.restoreError = this.#explain(error);
    } finally {
      this.busy = false;
    }
  };

  readonly #restore = async () => {
    if (!this.backup) return;
    this.busy = true;
    this.restoreStatus = msg('Restoring…');
    try {
      const currentPin = this.renderRoot.querySelector<HTMLInputElement>('#restore-current-pin')?.value ?? '';
      await restoreBackup(this.db, this.backup, this.mode, { coachMode: this.household.snapshot.coachMode, ...(currentPin ? { currentPin } : {}) });
      const detail: BackupRestoredDetail = { mode: this.mode };
      this.backup = null;
      this.preview = null;
      this.restoreStatus = msg('Restored. Everything in the backup is now on this device.');
      this.dispatchEvent(new CustomEvent<BackupRestoredDetail>('wf-backup-restored', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.restoreStatus = '';
      this.restoreError = this.#explain(error);
    } finally {
      this.busy = false;
    }
  };

  #explain(error: unknown): string {
    if (error instanceof RestoreRefusedError) {
      if (error.reason === 'needs-coach') return msg('Only the coach can restore a backup in this household: open coach mode first. Nothing was changed.');
      if (error.reason === 'wrong-pin') return msg('The coach PIN is wrong. Nothing was restored, and the PIN on this device is unchanged.');
      return msg('Too many wrong PINs: wait a while, then try again. Nothing was restored.');
    }
    if (error instanceof BackupError) {
      if (error.code === 'private-key-unencrypted') return msg('This file cannot be restored, and nothing was changed: it is not encrypted but carries a private signing key. Wayfind only ever puts that key in an encrypted backup, so someone else made or changed this file.');
      if (error.code === 'wrong-passphrase') return msg('The passphrase is wrong. Nothing was changed.');
      if (error.code === 'passphrase-required') return msg('This backup is encrypted: enter its passphrase, then check the file again.');
      return msg(str`This file cannot be restored, and nothing was changed. ${error.message}`);
    }
    if (error instanceof StorageFullError) {
      return msg('Storage is full, so nothing was restored. Free space by deleting old project files or a learner you no longer need, then try again.');
    }
    return msg('The restore failed and nothing was changed. Try again, or reload Wayfind.');
  }
}

customElements.define('wf-backup-panel', WfBackupPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wf-backup-panel': WfBackupPanel;
  }
  interface HTMLElementEventMap {
    'wf-backup-restored': CustomEvent<BackupRestoredDetail>;
  }
}
