import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import { preferencesContext } from '../app/contexts.ts';
import { askForPersistence, readPersistenceOutcome, type PersistenceOutcome } from '../../app/storage-persistence.ts';
import { motions, themes, type Motion, type Preferences, type Theme } from '../../app/preferences.ts';
import { isLocale, localeNames, supportedLocales } from '../../i18n/localization.ts';
import { controlStyles } from '../styles/controls.ts';
import { settingsStyles } from './settings-page.styles.ts';

/**
 * `<wf-settings-page>`: language, appearance (theme and motion) and whether the browser keeps
 * Wayfind's storage. Reads and changes preferences through `preferencesContext`.
 */
export class WfSettingsPage extends LitElement {
  static override styles = [controlStyles, settingsStyles];
  static override properties = { persistence: { state: true } };

  declare persistence: PersistenceOutcome | undefined;
  readonly #preferences = new ContextConsumer(this, { context: preferencesContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.persistence = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#readPersistence();
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

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">${msg('Storage on this device')}</h2>
        ${this.#renderPersistence()}
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">${msg('Privacy')}</h2>
        <p>${msg('Wayfind has no account and no server. Everything you do is stored in this browser on this device, and nothing is sent anywhere unless you export it yourself.')}</p>
      </section>
    `;
  }

  #renderPersistence() {
    const outcome = this.persistence;
    if (!outcome) return html`<p role="status">${msg('Checking…')}</p>`;
    const explanation = {
      persisted: msg('Kept: the browser will not clear Wayfind\u2019s data to free up space.'),
      'best-effort': msg('Not guaranteed: the browser may clear Wayfind\u2019s data if the device runs low on space. Installing the app helps; keep a backup too.'),
      unsupported: msg('This browser cannot promise to keep data. Keep a backup of your work.'),
    }[outcome.state];
    const asked = outcome.askedAt ? new Date(outcome.askedAt).toLocaleString(document.documentElement.lang) : null;
    return html`
      <p role="status"><span class="state">${explanation}</span></p>
      ${asked ? html`<p class="muted">${msg(str`Wayfind asked the browser to keep its data on ${asked}.`)}</p>` : nothing}
      ${outcome.state === 'best-effort'
        ? html`<button type="button" @click=${this.#askAgain}>${msg('Ask the browser again')}</button>`
        : nothing}
    `;
  }

  async #readPersistence(): Promise<void> {
    this.persistence = await readPersistenceOutcome(navigator.storage, localStorage);
  }

  async #askAgain(): Promise<void> {
    this.persistence = await askForPersistence(navigator.storage, localStorage);
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
