import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  BackupError,
  createBackupFile,
  previewBackup,
  readBackupFile,
  restoreBackup,
  saveFile,
  type RestoreMode,
  type RestorePreview,
  type ValidBackup,
} from '../../../app/shell/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { listLearners } from '../../../data/learners.ts';
import type { Learner } from '../../../data/records.ts';
import { StorageFullError } from '../../../data/storage-errors.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';
import { renderPreview } from './restore-preview.ts';
import { formatDate } from '../../../i18n/format.ts';

export interface BackupRestoredDetail {
  mode: RestoreMode;
}

/**
 * `<wf-backup-panel>`: "Back up everything" (or one learner) to a file, optionally encrypted with
 * a passphrase; and "Restore" from a file: the whole file is checked first, then a preview shows
 * what would change per learner, and only "Restore" writes (merge or replace, all or nothing).
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
  };
  static override styles = [controlStyles, panelStyles];

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
    return html`<section aria-labelledby="restore-heading">
      <h2 id="restore-heading">${msg('Restore')}</h2>
      <label for="restore-file">${msg('Backup file')}</label>
      <input id="restore-file" type="file" accept=".json,application/json" @change=${this.#forgetCheckedFile} />
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
      <div class="row"><button type="button" class="primary" ?disabled=${this.busy} @click=${this.#restore}>${msg('Restore')}</button></div>`;
  }

  readonly #chooseScope = (event: Event) => {
    this.scope = (event.target as HTMLInputElement).value;
  };

  readonly #chooseMode = async (event: Event) => {
    this.mode = (event.target as HTMLInputElement).value as RestoreMode;
    if (this.backup) this.preview = await previewBackup(this.db, this.backup, this.mode);
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
      await restoreBackup(this.db, this.backup, this.mode);
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
    if (error instanceof BackupError) {
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
