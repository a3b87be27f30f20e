import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { askForPersistence } from '../../../app/shell/index.ts';
import { storageHealth, type StorageHealth } from '../../../data/storage-health.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';
import { formatNumber } from '../../../i18n/format.ts';

/**
 * `<wf-storage-panel>`: whether the browser keeps Wayfind's data ("persistent") or may clear it
 * when space runs low, and how much of the browser's quota is used. Offers to ask the browser to
 * keep the data when it is not yet persistent.
 *
 * @property health - the figures to show; read from the browser on connect when not given.
 */
export class WfStoragePanel extends LitElement {
  static override properties = {
    health: { attribute: false },
    message: { state: true },
  };
  static override styles = [controlStyles, panelStyles];

  declare health: StorageHealth | null;
  declare message: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.health = null;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.health) void this.refresh();
  }

  /** Reads the browser's figures again. */
  async refresh(): Promise<void> {
    this.health = await storageHealth();
  }

  protected override render() {
    return html`<section aria-labelledby="storage-heading">
      <h2 id="storage-heading">${msg('Storage on this device')}</h2>
      ${this.health ? this.#renderHealth(this.health) : html`<p>${msg('Checking storage…')}</p>`}
      <p role="status">${this.message}</p>
    </section>`;
  }

  #renderHealth(health: StorageHealth) {
    return html`<p>${this.#persistenceText(health)}</p>
      ${health.persistence === 'best-effort'
        ? html`<div class="row"><button type="button" @click=${this.#askToKeep}>${msg('Ask the browser to keep Wayfind’s data')}</button></div>`
        : nothing}
      ${this.#renderUsage(health)}
      <div class="row"><button type="button" @click=${() => void this.refresh()}>${msg('Check again')}</button></div>`;
  }

  #persistenceText(health: StorageHealth): string {
    switch (health.persistence) {
      case 'persistent':
        return msg('Persistent: the browser keeps Wayfind’s data until you delete it.');
      case 'best-effort':
        return msg('Not persistent: the browser may clear Wayfind’s data if the device runs low on space. Keep a backup.');
      case 'unsupported':
        return msg('This browser does not say whether it keeps Wayfind’s data. Keep a backup.');
    }
  }

  #renderUsage(health: StorageHealth) {
    if (health.usageBytes === null || health.quotaBytes === null || health.quotaBytes === 0) {
      return html`<p>${msg('This browser does not report how much space is used.')}</p>`;
    }
    const used = formatBytes(health.usageBytes);
    const quota = formatBytes(health.quotaBytes);
    const percent = Math.min(100, (health.usageBytes / health.quotaBytes) * 100);
    const percentText = formatNumber(percent, { maximumFractionDigits: 1 });
    return html`<label for="usage-meter">${msg(str`Used ${used} of ${quota} (${percentText}%)`)}</label>
      <meter id="usage-meter" min="0" max=${health.quotaBytes} high=${health.quotaBytes * 0.8} value=${health.usageBytes}></meter>
      ${percent >= 80 ? html`<p class="error">${msg('Space is running out. Back up, then delete old project files or learners you no longer need.')}</p>` : nothing}`;
  }

  readonly #askToKeep = async () => {
    const outcome = await askForPersistence(navigator.storage, localStorage);
    this.message =
      outcome.state === 'persistent'
        ? msg('The browser will keep Wayfind’s data.')
        : msg('The browser said no for now. Browsers often agree once Wayfind is installed or used often.');
    await this.refresh();
  };
}

/** Bytes in the largest unit that keeps the number readable (KB, MB, GB). */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return formatNumber(value, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 });
}

customElements.define('wf-storage-panel', WfStoragePanel);

declare global {
  interface HTMLElementTagNameMap {
    'wf-storage-panel': WfStoragePanel;
  }
}
