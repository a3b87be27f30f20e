import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Pack } from '../../content/index.ts';
import { listCredentials } from '../../data/credentials.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { listProjects } from '../../data/projects.ts';
import type { Learner } from '../../data/records.ts';
import { listSkillStates } from '../../data/skill-states.ts';
import { credentialStatuses, openOffers, type CredentialStatus } from '../../app/credentials/index.ts';
import { currentIssuerDid, issuerName } from '../../app/credentials/index.ts';
import { IssueRefusedError, issuePackCredential } from '../../app/credentials/index.ts';
import { loadCredentialPacks } from '../../app/credentials/index.ts';
import { exportPortfolio } from '../../app/portfolio/index.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { LiveQueryController } from '../controllers/live-query-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/wallet/wallet.ts';
import '../components/portfolio-import/portfolio-import.ts';
import { portfolioPageStyles } from './portfolio-page.styles.ts';

function refusalText(error: IssueRefusedError): string {
  switch (error.reason) {
    case 'needs-coach': return msg('Your coach approves credentials in this household: ask your coach to open coach mode.');
    case 'needs-issuer-name': return msg('Enter the coach\'s name as it should appear on credentials.');
    case 'already-held': return msg('This credential has already been issued.');
    case 'not-met': return msg('Not earned yet: some required skills are below the mastery level.');
  }
}

/**
 * `<wf-portfolio-page>`: the learner's credentials and portfolio. It offers each pack credential
 * (or stack) whose criteria are met: a solo learner issues it to themselves; in a household with
 * a coach, the coach approves it in coach mode. Projects can be attached as evidence first. The
 * wallet groups what is held into stacks; the portfolio exports as one .zip and imports from one.
 *
 * @property db - the database (the app's by default; tests pass their own).
 * @property packs - the packs whose credentials are offered (loaded from the library unless set).
 */
export class WfPortfolioPage extends LitElement {
  static override styles = [controlStyles, cardStyles, portfolioPageStyles];
  static override properties = {
    db: { attribute: false },
    packs: { attribute: false },
    busy: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  declare db: WayfindDb;
  declare packs: Pack[] | null;
  declare busy: boolean;
  declare problem: string;
  declare status: string;

  readonly household = new HouseholdController(this);
  readonly record = new LiveQueryController(
    this,
    async () => {
      const learner = this.household.current;
      if (!learner) return null;
      const [credentials, states, projects, issuer, issuerDid] = await Promise.all([
        listCredentials(this.db, learner.id), listSkillStates(this.db, learner.id), listProjects(this.db, learner.id), issuerName(this.db), currentIssuerDid(this.db),
      ]);
      return { learnerId: learner.id, credentials, states, projects, issuer, issuerDid };
    },
    () => [this.db, this.household.current?.id],
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.packs = null;
    this.busy = false;
    this.problem = '';
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.packs === null) {
      loadCredentialPacks(this.db).then((packs) => (this.packs = packs), () => (this.packs = []));
    }
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="none-heading">
        <h2 id="none-heading">${msg('No profile yet')}</h2>
        <p>${msg('Credentials and portfolios belong to a learner profile. Make one first.')}</p>
        <a href="/welcome">${msg('Create a profile')}</a>
      </section>
      ${this.#tools()}`;
    }
    const data = this.record.value;
    if (!data || data.learnerId !== learner.id || this.packs === null) return html`<p role="status">${msg('Loading your portfolio…')}</p>`;
    const statuses = credentialStatuses(this.packs, data.states, data.credentials, getLocale());
    const offers = openOffers(statuses);
    const progressing = statuses.filter((s) => !s.met && !s.held && s.done > 0);
    return html`
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">${msg('Ready to issue')}</h2>
        <div aria-live="polite">
          ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
          ${this.status ? html`<p class="done" role="status">${this.status}</p>` : nothing}
        </div>
        ${offers.length === 0
          ? html`<p>${msg('No credential is ready yet. When you master every skill a credential asks for, it appears here.')}</p>`
          : html`<ul class="offers">${offers.map((offer) => this.#offer(offer, learner, data.projects, data.issuer))}</ul>`}
        ${progressing.length
          ? html`<h3>${msg('On the way')}</h3><ul class="progressing">${progressing.map((s) => html`<li>
              <span>${s.name}</span>
              <progress max=${s.total} .value=${s.done} aria-label=${msg(str`Progress toward ${s.name}`)}></progress>
              <span>${s.kind === 'stack' ? msg(str`${s.done} of ${s.total} credentials`) : msg(str`${s.done} of ${s.total} skills`)}</span>
            </li>`)}</ul>`
          : nothing}
      </section>
      <section aria-labelledby="wallet-heading">
        <h2 id="wallet-heading">${msg('Your credentials')}</h2>
        ${data.issuer && data.issuerDid
          ? html`<p class="meta">${msg(str`This household signs credentials as ${data.issuer}, with the key ${data.issuerDid}. Its private key stays on this device; only an encrypted backup carries it.`)}</p>`
          : nothing}
        <wf-wallet .credentials=${data.credentials} .packs=${this.packs} locale=${getLocale()}></wf-wallet>
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">${msg('Take your portfolio anywhere')}</h2>
        <p>${msg('Download one .zip file with your credentials, a page you can open in any browser and print, your projects and their files, and reflections you chose to include.')}</p>
        <div class="actions"><button class="primary" type="button" ?disabled=${this.busy} @click=${() => this.#export(learner)}>${msg('Export portfolio')}</button></div>
        <h3>${msg('Import a portfolio')}</h3>
        <p>${msg('Bring in a portfolio exported from Wayfind on another device. Everything is checked before anything is added.')}</p>
        <wf-portfolio-import .db=${this.db} .learner=${learner}></wf-portfolio-import>
      </section>
      ${this.#tools()}
    `;
  }

  /** Tools used now and then, which have no place in the main navigation. */
  #tools() {
    return html`<section aria-labelledby="tools-heading">
      <h2 id="tools-heading">${msg('Tools')}</h2>
      <ul class="tools">
        <li><a href="/verify">${msg('Check a credential')}</a>: ${msg('is a credential file genuine, unchanged and current?')}</li>
        <li><a href="/projects">${msg('Projects')}</a>: ${msg('your work and its files, to attach as evidence')}</li>
      </ul>
    </section>`;
  }

  #offer(offer: CredentialStatus, learner: Learner, projects: { id: string; title: string }[], issuer: string | null) {
    const { hasCoach, coachMode } = this.household.snapshot;
    const id = `${offer.packId}--${offer.key}`;
    return html`<li>
      <form novalidate @submit=${(event: SubmitEvent) => this.#issue(event, offer, learner)}>
        <h3>${offer.name}</h3>
        <p class="meta">${offer.kind === 'stack' ? msg(str`Stack in ${offer.packTitle}`) : msg(str`Credential in ${offer.packTitle}`)}</p>
        <p>${offer.description}</p>
        <p class="meta">${msg(str`Criteria: ${offer.criteria}`)}</p>
        ${projects.length
          ? html`<fieldset><legend>${msg('Attach projects as evidence')}</legend>
              ${projects.map((p) => html`<label class="choice"><input type="checkbox" name="project" .value=${p.id} />${p.title}</label> `)}
            </fieldset>`
          : html`<p class="meta">${msg('You can attach projects as evidence: add them on the Projects page first.')} <a href="/projects">${msg('Projects')}</a></p>`}
        ${hasCoach && !coachMode
          ? html`<p class="ask">${msg('Your coach approves credentials in this household. Ask your coach to open coach mode and approve it.')} <a href="/coach">${msg('Go to coach mode')}</a></p>`
          : hasCoach
            ? html`${issuer ? nothing : html`<div class="field">
                  <label for=${`${id}-coach`}>${msg('Coach\'s name, as it will appear on credentials')}</label>
                  <input id=${`${id}-coach`} name="coachName" type="text" maxlength="120" autocomplete="name" />
                </div>`}
                <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${msg('Approve and issue')}</button></div>`
            : html`<p class="meta">${msg('You are issuing this credential to yourself. It will say so, so that anyone reading it knows.')}</p>
                <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${msg('Issue to myself')}</button></div>`}
      </form>
    </li>`;
  }

  async #issue(event: SubmitEvent, offer: CredentialStatus, learner: Learner) {
    event.preventDefault();
    const pack = this.packs?.find((p) => p.id === offer.packId);
    if (!pack) return;
    const data = new FormData(event.target as HTMLFormElement);
    const coachName = String(data.get('coachName') ?? '').trim();
    const { hasCoach, coachMode } = this.household.snapshot;
    if (hasCoach && coachMode && !this.record.value?.issuer && !coachName) {
      this.problem = msg('Enter the coach\'s name as it should appear on credentials.');
      return;
    }
    this.busy = true;
    this.problem = '';
    this.status = '';
    try {
      await issuePackCredential(this.db, {
        learner, pack, key: offer.key, projectIds: data.getAll('project').map(String),
        approval: { hasCoach, coachMode }, coachName: coachName || undefined, locale: getLocale(),
      });
      this.status = msg(str`Issued: ${offer.name}. It is in your credentials below.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = error instanceof IssueRefusedError ? refusalText(error) : msg(str`The credential could not be issued: ${reason}`);
    } finally {
      this.busy = false;
    }
  }

  async #export(learner: Learner) {
    this.busy = true;
    this.problem = '';
    this.status = '';
    try {
      const locale = getLocale();
      const skillNames = new Map((this.packs ?? []).flatMap((pack) => pack.skills.map((s) => [s.id, s.l10n?.[locale]?.name ?? s.name] as const)));
      const { bytes, fileName } = await exportPortfolio(this.db, learner, { skillNames });
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.status = msg(str`Saved ${fileName}.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = msg(str`The portfolio could not be exported: ${reason}`);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('wf-portfolio-page', WfPortfolioPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-portfolio-page': WfPortfolioPage;
  }
}
