import { LitElement, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import { preferencesContext } from '../app/contexts.ts';
import { motions, themes, type Motion, type Preferences, type Theme } from '../../app/shell/index.ts';
import { isLocale, localeNames, supportedLocales } from '../../i18n/localization.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { settingsStyles } from './settings-page.styles.ts';
import '../components/content-panel/content-panel.ts';
import '../components/model-panel/model-panel.ts';
import '../components/storage-panel/storage-panel.ts';
import '../components/backup-panel/backup-panel.ts';
import '../components/stored-data/stored-data.ts';

/**
 * `<wf-settings-page>`: language and appearance (theme and motion), read and changed through
 * `preferencesContext`; then content packs (import) and the data panels: storage health, backup and restore, what is stored.
 */
export class WfSettingsPage extends LitElement {
  static override styles = [controlStyles, cardStyles, settingsStyles];
  readonly #preferences = new ContextConsumer(this, { context: preferencesContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const service = this.#preferences.value;
    if (!service) return nothing;
    const { theme, motion } = service.value;
    const themeLabels: Record<Theme, string> = {
      system: msg('Same as this device'),
      light: msg('Light'),
      dark: msg('Dark'),
      contrast: msg('High contrast'),
    };
    const motionLabels: Record<Motion, string> = {
      system: msg('Same as this device'),
      reduce: msg('Reduce motion'),
    };
    return html`
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">${msg('Language')}</h2>
        <div class="field">
          <label for="language">${msg('Language of the app')}</label>
          <select id="language" @change=${this.#changeLanguage}>
            ${supportedLocales.map(
              (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === service.locale}>${localeNames[locale]}</option>`,
            )}
          </select>
        </div>
      </section>

      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">${msg('Appearance')}</h2>
        <fieldset>
          <legend>${msg('Theme')}</legend>
          <div class="choices">
            ${themes.map(
              (value) => html`<label>
                <input type="radio" name="theme" .value=${value} .checked=${value === theme}
                  @change=${() => void this.#update({ theme: value })} />
                ${themeLabels[value]}
              </label>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${msg('Motion')}</legend>
          <div class="choices">
            ${motions.map(
              (value) => html`<label>
                <input type="radio" name="motion" .value=${value} .checked=${value === motion}
                  @change=${() => void this.#update({ motion: value })} />
                ${motionLabels[value]}
              </label>`,
            )}
          </div>
        </fieldset>
      </section>

      <div class="card"><wf-content-panel></wf-content-panel></div>
      <div class="card"><wf-model-panel></wf-model-panel></div>
      <div class="card"><wf-storage-panel></wf-storage-panel></div>
      <div class="card"><wf-backup-panel></wf-backup-panel></div>
      <div class="card"><wf-stored-data></wf-stored-data></div>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">${msg('Privacy')}</h2>
        <p>${msg('Wayfind has no account and no server. Everything you do is stored in this browser on this device, and nothing is sent anywhere unless you export it yourself.')}</p>
      </section>
    `;
  }

  #changeLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLocale(value)) void this.#update({ locale: value });
  }

  async #update(change: Partial<Preferences>): Promise<void> {
    await this.#preferences.value?.update(change);
    this.requestUpdate();
  }
}

customElements.define('wf-settings-page', WfSettingsPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-settings-page': WfSettingsPage;
  }
}
