import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { getCredential } from '../../data/credentials.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { formatFingerprint, learnerSubjectId, sha256Hex } from '../../app/credentials/index.ts';
import { summarizeCredential } from '../../app/credentials/index.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { LiveQueryController } from '../controllers/live-query-controller.ts';
import { controlStyles } from '../styles/controls.ts';
import { formatDate } from '../../i18n/format.ts';

/**
 * `<wf-certificate-page>`: a printable certificate for one of the current learner's credentials
 * (/certificate?id=ID): the achievement, learner, issuer and date, plus the credential's id and
 * fingerprint (SHA-256 of the stored file), so a reader can check paper against file. Print CSS
 * drops the buttons and keeps the certificate on one page.
 *
 * @property db - the database (the app's by default; tests pass their own).
 * @property credentialId - the stored credential's id (read from ?id= unless set).
 */
export class WfCertificatePage extends LitElement {
  static override styles = [controlStyles, css`
    :host { display: block; }
    .certificate { max-width: 44rem; margin: 0 auto; padding: 2rem 1.5rem; border: 6px double var(--wf-accent); border-radius: var(--wf-radius); background: var(--wf-surface); text-align: center; }
    .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: var(--wf-text-muted); margin: 0; }
    h2 { font-size: 1.75rem; margin: 0.5rem 0; }
    img { width: 96px; height: 96px; }
    .learner { font-size: 1.35rem; font-weight: 700; margin: 0.25rem 0 1rem; }
    .someone-else { font-weight: 700; color: var(--wf-warning); margin: 0.25rem 0 1rem; }
    /* A long label (the fingerprint's) must not squeeze the ids into one character a line. */
    dl { display: grid; grid-template-columns: fit-content(14rem) minmax(0, 1fr); gap: 0.25rem 1rem; text-align: start; margin: 1.25rem 0 0; }
    @media (max-width: 40rem) {
      dl { grid-template-columns: minmax(0, 1fr); }
      dd { margin-block-end: 0.5rem; }
    }
    dt { color: var(--wf-text-muted); }
    dd { margin: 0; overflow-wrap: anywhere; }
    code { font-size: 0.85rem; }
    .criteria { text-align: start; }
    ul { text-align: start; margin: 0.25rem 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: center; margin: 1rem 0; }
    a.button { display: inline-flex; align-items: center; min-height: var(--wf-target); padding: 0 1rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); text-decoration: none; }
    a { display: inline-flex; align-items: center; min-height: var(--wf-target); font-weight: 600; }
    @media print {
      .actions { display: none; }
      .certificate { border-color: #333; background: #fff; color: #000; break-inside: avoid; }
      dt { color: #333; }
    }
  `];
  static override properties = { db: { attribute: false }, credentialId: { type: String, attribute: 'credential-id' } };

  declare db: WayfindDb;
  declare credentialId: string;

  readonly household = new HouseholdController(this);
  readonly credential = new LiveQueryController(
    this,
    async () => {
      const stored = this.credentialId ? await getCredential(this.db, this.credentialId) : undefined;
      const learner = this.household.current;
      if (!stored || !learner) return null;
      return { stored, fingerprint: await sha256Hex(stored.signedJson), ownSubjectId: await learnerSubjectId(learner) };
    },
    () => [this.db, this.credentialId, this.household.current?.id],
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.credentialId = new URLSearchParams(location.search).get('id') ?? '';
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded || this.credential.loading) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<h2>${msg('No profile yet')}</h2><p><a href="/welcome">${msg('Create a profile')}</a></p>`;
    }
    const data = this.credential.value;
    if (!data || data.stored.learnerId !== learner.id) {
      return html`<h2>${msg('Certificate not found')}</h2>
        <p>${msg('This credential is not in the current learner\'s portfolio.')}</p>
        <p><a href="/portfolio">${msg('Back to the portfolio')}</a></p>`;
    }
    const { stored, fingerprint, ownSubjectId } = data;
    const summary = summarizeCredential(stored);
    // "Awarded to" names only the credential's own subject: a credential kept from someone
    // else's portfolio says whom it names, never the learner viewing it.
    const ownCredential = summary.learnerId === ownSubjectId;
    // The credential's texts were written at issue time in the learner's language (inLanguage);
    // they are marked with it, so screen readers and printing hyphenate and speak them right,
    // while the labels around them follow the interface language.
    const language = summary.language || nothing;
    const date = formatDate(stored.issuedAt, 'day-long');
    const skills = summary.evidence.filter((e) => e.genre === 'Skill mastery' || e.genre === 'Project' || e.genre === 'Credential');
    return html`
      <div class="actions">
        <button class="primary" type="button" @click=${() => window.print()}>${msg('Print certificate')}</button>
        <a class="button" href=${`data:application/ld+json;charset=utf-8,${encodeURIComponent(stored.signedJson)}`} download=${`credential-${stored.id}.json`}>${msg('Download the credential file')}</a>
        <a class="button" href="/verify">${msg('Check a credential')}</a>
      </div>
      <article class="certificate" aria-labelledby="achievement-name">
        ${summary.image ? html`<img src=${summary.image} alt="" />` : nothing}
        <p class="kicker">${msg('Certificate of achievement')}</p>
        <h2 id="achievement-name" lang=${language}>${summary.achievementName}</h2>
        ${ownCredential
          ? html`<p>${msg('awarded to')}</p><p class="learner">${learner.displayName}</p>`
          : html`<p class="someone-else">${msg(str`Not awarded to ${learner.displayName}: this credential names another learner, shown below as its learner id. It is held here for someone else.`)}</p>`}
        ${summary.description ? html`<p lang=${language}>${summary.description}</p>` : nothing}
        ${summary.criteria ? html`<p class="criteria"><strong>${msg('Criteria:')}</strong> <span lang=${language}>${summary.criteria}</span></p>` : nothing}
        ${skills.length ? html`<ul lang=${language}>${skills.map((e) => html`<li>${e.name}: ${e.description}</li>`)}</ul>` : nothing}
        <dl>
          <dt>${msg('Issued by')}</dt>
          <dd>${summary.selfIssued ? msg(str`${summary.issuerName} (self-issued)`) : summary.issuerName}</dd>
          <dt>${msg('Date')}</dt><dd>${date}</dd>
          <dt>${msg('Credential id')}</dt><dd><code>${summary.id}</code></dd>
          <dt>${msg('Issuer key')}</dt><dd><code>${summary.issuerId}</code></dd>
          <dt>${msg('Learner id')}</dt><dd><code>${summary.learnerId}</code></dd>
          <dt>${msg('Fingerprint (SHA-256 of the file)')}</dt><dd><code>${formatFingerprint(fingerprint)}</code></dd>
        </dl>
      </article>
    `;
  }
}

customElements.define('wf-certificate-page', WfCertificatePage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-certificate-page': WfCertificatePage;
  }
}
