import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Pack } from '../../../content/index.ts';
import type { Credential } from '../../../data/records.ts';
import { stackStatus } from '../../../app/credentials/index.ts';
import '../credential-card/credential-card.ts';
import { walletStyles } from './wallet.styles.ts';

/**
 * `<wf-wallet>`: the credentials a learner holds, grouped into the stacks they build towards,
 * each with its progress ("2 of 4") and what is still to earn; credentials outside any stack are
 * listed last.
 *
 * @property credentials - the learner's stored credentials.
 * @property packs - the packs whose stacks group them.
 * @property locale - for the packs' translated names.
 */
export class WfWallet extends LitElement {
  static override styles = walletStyles;
  static override properties = { credentials: { attribute: false }, packs: { attribute: false }, locale: { type: String } };

  declare credentials: Credential[];
  declare packs: Pack[];
  declare locale: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.credentials = [];
    this.packs = [];
    this.locale = 'en';
  }

  protected override render() {
    if (this.credentials.length === 0) return html`<p>${msg('No credentials yet. Master the skills a credential asks for, and it will be offered here.')}</p>`;
    const grouped = new Set<Credential>();
    const stacks = this.packs.flatMap((pack) => (pack.stacks ?? []).map((stack) => {
      const status = stackStatus(pack, stack, this.credentials, this.locale);
      const members = this.credentials.filter((c) => c.packId === pack.id && (stack.requires.includes(c.credentialKey ?? '') || c.credentialKey === stack.id));
      members.forEach((c) => grouped.add(c));
      return { status, members };
    })).filter(({ members }) => members.length > 0);
    const others = this.credentials.filter((c) => !grouped.has(c));
    return html`
      ${stacks.map(({ status, members }) => html`<div class="stack" role="group" aria-label=${status.name}>
        <h3>${status.name}</h3>
        <div class="progress">
          <progress max=${status.total} .value=${status.done} aria-label=${msg(str`Progress toward ${status.name}`)}></progress>
          <span>${msg(str`${status.done} of ${status.total} credentials`)}</span>
          ${status.held ? html`<span class="earned">${msg('Stack earned')}</span>` : nothing}
        </div>
        ${status.missing.length ? html`<p class="meta">${msg(str`Still to earn: ${status.missing.join(', ')}`)}</p>` : nothing}
        <ul class="cards">${members.map((credential) => html`<li><wf-credential-card .credential=${credential}></wf-credential-card></li>`)}</ul>
      </div>`)}
      ${others.length
        ? html`<div class="stack">
            ${stacks.length ? html`<h3>${msg('Other credentials')}</h3>` : nothing}
            <ul class="cards">${others.map((credential) => html`<li><wf-credential-card .credential=${credential}></wf-credential-card></li>`)}</ul>
          </div>`
        : nothing}
    `;
  }
}

customElements.define('wf-wallet', WfWallet);

declare global {
  interface HTMLElementTagNameMap {
    'wf-wallet': WfWallet;
  }
}
