import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Credential } from '../../../data/records.ts';
import { summarizeCredential } from '../../../app/credentials/index.ts';
import { formatDate } from '../../../i18n/format.ts';

/**
 * `<wf-credential-card>`: one credential the learner holds: badge, achievement, issuer (and
 * whether it was self-issued), date, and a link to its printable certificate.
 *
 * @property credential - the stored credential row.
 */
export class WfCredentialCard extends LitElement {
  static override styles = css`
    :host { display: block; }
    article { display: flex; gap: 0.75rem; align-items: flex-start; padding: 0.75rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); background: var(--wf-surface-raised, var(--wf-surface)); height: 100%; box-sizing: border-box; }
    img { width: 56px; height: 56px; flex: none; }
    h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
    p { margin: 0.125rem 0; }
    .meta { color: var(--wf-text-muted); font-size: 0.9rem; }
    a { display: inline-flex; align-items: center; min-height: var(--wf-target); color: var(--wf-accent); font-weight: 600; }
    a:focus-visible { outline: 3px solid var(--wf-focus); outline-offset: 2px; }
  `;
  static override properties = { credential: { attribute: false } };

  declare credential: Credential | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.credential = null;
  }

  protected override render() {
    if (!this.credential) return nothing;
    const summary = summarizeCredential(this.credential);
    const date = formatDate(this.credential.issuedAt);
    return html`<article>
      ${summary.image ? html`<img src=${summary.image} alt="" />` : nothing}
      <div>
        <h3>${summary.achievementName}</h3>
        <p class="meta">${summary.selfIssued ? msg(str`Self-issued by ${summary.issuerName}`) : msg(str`Issued by ${summary.issuerName}`)}</p>
        <p class="meta">${msg(str`Issued ${date}`)}${this.credential.origin === 'imported' ? html` · ${msg('imported')}` : nothing}</p>
        <a href=${`/certificate?id=${encodeURIComponent(this.credential.id)}`}>${msg(str`Certificate for ${summary.achievementName}`)}</a>
      </div>
    </article>`;
  }
}

customElements.define('wf-credential-card', WfCredentialCard);

declare global {
  interface HTMLElementTagNameMap {
    'wf-credential-card': WfCredentialCard;
  }
}
