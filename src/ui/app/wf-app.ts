import { LitElement, html, nothing, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { ContextProvider } from '@lit/context';
import { AnswerGuard } from '../../app/shell/index.ts';
import { AppUpdater } from '../../app/shell/index.ts';
import { PreferencesService } from '../../app/shell/index.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import { answerGuardContext, appUpdaterContext, householdContext, preferencesContext } from './contexts.ts';
import { RouterController } from './router-controller.ts';
import { navigationRoutes } from './routes.ts';
import { appStyles } from './wf-app.styles.ts';
import '../components/update-prompt/update-prompt.ts';
import { avatarGlyph } from '../components/avatars.ts';

/**
 * The application shell: header, main navigation, the current page and the update prompt.
 *
 * Services it creates and provides to every descendant through @lit/context:
 * - `preferences` (PreferencesService) through `preferencesContext`;
 * - `updater` (AppUpdater) through `appUpdaterContext`;
 * - `guard` (AnswerGuard) through `answerGuardContext`;
 * - `household` (HouseholdService: learners, the current learner, coach mode) through `householdContext`.
 *
 * Behaviour: the shell owns each page's <h1> and moves focus to it after an in-app navigation,
 * so keyboard and screen-reader users land at the top of the new page.
 */
export class WfApp extends LitElement {
  static override styles = appStyles;
  static override properties = {
    online: { state: true },
    updateAvailable: { state: true },
  };

  declare online: boolean;
  declare updateAvailable: boolean;
  readonly guard = new AnswerGuard();
  readonly preferences = new PreferencesService();
  readonly updater = new AppUpdater(this.guard);
  readonly household = new HouseholdService();

  readonly router = new RouterController(this);
  #focusedNavigation = 1;
  readonly #onConnectivity = () => (this.online = navigator.onLine);
  readonly #onUpdateAvailable = () => (this.updateAvailable = true);
  readonly #onHousehold = () => this.requestUpdate();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.online = navigator.onLine;
    this.updateAvailable = false;
    new ContextProvider(this, { context: preferencesContext, initialValue: this.preferences });
    new ContextProvider(this, { context: appUpdaterContext, initialValue: this.updater });
    new ContextProvider(this, { context: answerGuardContext, initialValue: this.guard });
    new ContextProvider(this, { context: householdContext, initialValue: this.household });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.household.start();
    this.household.addEventListener('change', this.#onHousehold);
    window.addEventListener('online', this.#onConnectivity);
    window.addEventListener('offline', this.#onConnectivity);
    this.updater.addEventListener('update-available', this.#onUpdateAvailable);
    this.updateAvailable = this.updater.updateWaiting;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onConnectivity);
    window.removeEventListener('offline', this.#onConnectivity);
    this.updater.removeEventListener('update-available', this.#onUpdateAvailable);
    this.household.removeEventListener('change', this.#onHousehold);
  }

  protected override updated(): void {
    const route = this.router.route;
    document.title = route ? `${route.title()} · Wayfind` : `${msg('Page not found')} · Wayfind`;
    // The first page load keeps the browser's natural focus; later navigations move it to the title.
    if (!this.router.loading && this.router.navigationCount > this.#focusedNavigation) {
      this.#focusedNavigation = this.router.navigationCount;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  protected override render() {
    const current = this.router.route;
    return html`
      <button type="button" class="skip" @click=${this.#skipToContent}>${msg('Skip to main content')}</button>
      <header>
        <a class="brand" href="/">${logo} <span>Wayfind</span></a>
        ${this.#renderProfileLink()}
        <span class="status" role="status">
          ${this.online ? nothing : msg('Offline: everything still works and is saved on this device.')}
        </span>
      </header>
      <nav aria-label=${msg('Main')}>
        <ul>
          ${navigationRoutes.map(
            (route) => html`<li>
              <a href=${route.path} aria-current=${route === current ? 'page' : 'false'}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${route.icon}></path></svg>
                <span>${route.title()}</span>
              </a>
            </li>`,
          )}
        </ul>
        <p class="privacy">${msg('Private by design: your learning stays on this device.')}</p>
      </nav>
      <main id="main">${this.#renderPage()}</main>
      <wf-update-prompt
        ?open=${this.updateAvailable}
        @wf-update-accept=${() => void this.updater.applyUpdate()}
        @wf-update-dismiss=${() => (this.updateAvailable = false)}
      ></wf-update-prompt>
    `;
  }

  #renderPage() {
    const { route, loading, loadError } = this.router;
    if (loading && !route) return html`<p role="status">${msg('Loading…')}</p>`;
    if (loadError) {
      return html`
        <h1 tabindex="-1">${msg('This page could not load')}</h1>
        <div class="notice" role="alert">
          <p>${msg('Wayfind could not open this page. Your data is safe. Try again, or reload the app.')}</p>
          <button type="button" @click=${() => void this.router.retry()}>${msg('Try again')}</button>
        </div>
      `;
    }
    if (!route) {
      return html`
        <h1 tabindex="-1">${msg('Page not found')}</h1>
        <p>${msg('There is no page at this address.')} <a href="/">${msg('Go to Today')}</a></p>
      `;
    }
    return html`<h1 tabindex="-1">${route.title()}</h1>${keyed(this.router.url, route.render())}`;
  }

  #renderProfileLink() {
    const { loaded, current, coachMode } = this.household.snapshot;
    if (!loaded) return nothing;
    const label = current ? current.displayName : msg('Add a learner');
    return html`<a class="profile" href=${current ? '/profiles' : '/welcome'}>
      ${current ? html`<span class="avatar" aria-hidden="true">${avatarGlyph(current.avatar)}</span>` : nothing}
      <span>${label}</span>${coachMode ? html`<span class="coach-badge">${msg('Coach')}</span>` : nothing}
    </a>`;
  }

  // A button rather than an in-page link: fragment links cannot reach into a shadow root.
  #skipToContent(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}

const logo = svg`<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false">
  <circle cx="32" cy="32" r="30" fill="#1f5f8b"></circle>
  <path d="M32 10l7 22-7 22-7-22z" fill="#ffffff"></path>
  <path d="M32 10l7 22h-14z" fill="#f2a541"></path>
</svg>`;

customElements.define('wf-app', WfApp);

declare global {
  interface HTMLElementTagNameMap {
    'wf-app': WfApp;
  }
}
