import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { HouseholdController } from '../controllers/household-controller.ts';
import { avatarImage } from '../components/avatars.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';

/**
 * `<wf-profiles-page>` (/profiles): the profile picker of a shared device. Each learner is a big
 * button with their avatar; choosing one makes it the current learner, whose data every page
 * then shows (and only theirs). "Add a learner" goes to /welcome.
 */
export class WfProfilesPage extends LitElement {
  static override properties = {
    status: { state: true },
    failure: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      ul {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
        gap: 0.75rem;
      }
      button.profile {
        display: grid;
        justify-items: center;
        gap: 0.25rem;
        width: 100%;
        min-height: 7rem;
        padding: 0.75rem;
        border-width: 2px;
        font-weight: 600;
      }
      button.profile[aria-pressed='true'] {
        border-color: var(--wf-accent);
        background: var(--wf-accent-soft, var(--wf-surface));
      }
      .glyph {
        font-size: 2.5rem;
        line-height: 1;
      }
      .current {
        font-weight: 400;
        font-size: 0.875rem;
      }
      a.add {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target, 44px);
        font-weight: 600;
      }
      .error {
        color: var(--wf-danger);
        font-weight: 600;
      }
    `,
  ];

  declare status: string;
  declare failure: string;
  readonly household = new HouseholdController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.status = '';
    this.failure = '';
  }

  protected override render() {
    const { loaded, learners, current } = this.household.snapshot;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    return html`<section aria-labelledby="who-heading">
      <h2 id="who-heading">${msg('Who is learning?')}</h2>
      ${learners.length === 0
        ? html`<p>${msg('There are no learner profiles on this device yet.')}</p>`
        : html`<p>${msg('Choose your profile. Each learner sees only their own practice, goals, journal and records.')}</p>
            <ul>
              ${learners.map(
                (learner) => html`<li>
                  <button
                    type="button"
                    class="profile"
                    data-learner=${learner.id}
                    aria-pressed=${learner.id === current?.id ? 'true' : 'false'}
                    @click=${() => this.#choose(learner.id, learner.displayName)}
                  >
                    <span class="glyph" aria-hidden="true">${avatarImage(learner.avatar)}</span>
                    <span>${learner.displayName}</span>
                    ${learner.id === current?.id ? html`<span class="current">${msg('(current)')}</span>` : ''}
                  </button>
                </li>`,
              )}
            </ul>`}
      <p role="status">${this.status}</p>
      ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : ''}
      <a class="add" href="/welcome">${msg('Add a learner')}</a>
    </section>`;
  }

  async #choose(learnerId: string, name: string): Promise<void> {
    this.failure = '';
    try {
      await this.household.service?.select(learnerId);
      this.status = msg(str`Now learning: ${name}.`);
    } catch {
      this.failure = msg('That profile could not be opened. Try again.');
    }
  }
}

customElements.define('wf-profiles-page', WfProfilesPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-profiles-page': WfProfilesPage;
  }
}
