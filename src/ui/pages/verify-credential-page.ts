import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { VerificationReport } from '../../app/credentials/index.ts';
import { formatFingerprint, sha256Hex } from '../../app/credentials/index.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { datesText, findingText, issuerText, signatureText, structureText } from './verify-credential-page.messages.ts';
import { verifyCredentialStyles } from './verify-credential-page.styles.ts';

/** Checks a credential's text; the default loads the crypto stack on first use. */
export type CredentialChecker = (text: string) => Promise<VerificationReport>;

/** Far above any real credential (even with an embedded image), low enough not to freeze a Chromebook. */
export const MAX_CREDENTIAL_BYTES = 5 * 1024 * 1024;

const loadAndCheck: CredentialChecker = async (text) => {
  // The crypto stack (jsonld, contexts) is a lazy chunk: the page paints without it.
  const { verifyCredentialText } = await import('../../app/credentials/credential-crypto.ts');
  return verifyCredentialText(text);
};

/**
 * `<wf-verify-credential-page>`: "Check a credential". The learner picks a credential file or
 * pastes its JSON; the page says in plain words whether the signature holds, whether it follows
 * the Open Badges 3.0 standard, whether its dates are current, and who issued it. Nothing is
 * stored and nothing leaves the device. The shell renders the page's <h1> (route title "Check a credential").
 *
 * @property checker - the function that checks a credential's text (defaults to the app's offline verifier).
 * @fires wf-credential-checked - CustomEvent<VerificationReport> after each check.
 */
export class WfVerifyCredentialPage extends LitElement {
  static override styles = [controlStyles, cardStyles, verifyCredentialStyles];
  static override properties = {
    checker: { attribute: false },
    report: { state: true },
    checking: { state: true },
    source: { state: true },
    failure: { state: true },
    fingerprint: { state: true },
  };

  declare checker: CredentialChecker;
  declare report: VerificationReport | null;
  declare checking: boolean;
  /** Where the checked credential came from: a file name, or null for pasted text. */
  declare source: string | null;
  declare failure: string | null;
  /** SHA-256 of the checked text, to compare with the fingerprint printed on a certificate. */
  declare fingerprint: string | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.checker = loadAndCheck;
    this.report = null;
    this.checking = false;
    this.source = null;
    this.failure = null;
    this.fingerprint = null;
  }

  protected override render() {
    return html`
      <p>${msg('Check whether a credential is genuine: choose its file or paste its text. The check happens on this device; nothing is sent anywhere.')}</p>
      <section aria-labelledby="input-heading">
        <h2 id="input-heading">${msg('Credential to check')}</h2>
        <div class="field">
          <label for="credential-file">${msg('Credential file (.json)')}</label>
          <input id="credential-file" type="file" accept=".json,application/json,application/ld+json"
            ?disabled=${this.checking} @change=${this.#checkFile} />
        </div>
        <div class="field">
          <label for="credential-text">${msg('Or paste the credential text')}</label>
          <textarea id="credential-text" spellcheck="false" ?disabled=${this.checking}></textarea>
        </div>
        <button class="primary" type="button" ?disabled=${this.checking} @click=${this.#checkPasted}>
          ${msg('Check pasted text')}
        </button>
      </section>
      <section aria-labelledby="result-heading" aria-live="polite" aria-busy=${this.checking ? 'true' : 'false'}>
        <h2 id="result-heading">${msg('Result')}</h2>
        ${this.#renderResult()}
      </section>
    `;
  }

  #renderResult() {
    if (this.checking) return html`<p>${msg('Checking…')}</p>`;
    if (this.failure) return html`<p class="verdict untrusted" role="alert">${this.failure}</p>`;
    const report = this.report;
    if (!report) return html`<p>${msg('No credential checked yet.')}</p>`;
    const from = this.source ? msg(str`Checked file: ${this.source}`) : msg('Checked the pasted text.');
    const problems = report.findings.filter((f) => f.severity === 'error');
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    const achievement = report.credential.achievementName ?? report.credential.name;
    return html`
      <p class="verdict ${report.verified ? 'trusted' : 'untrusted'}">
        ${report.verified
          ? msg('This credential is genuine, well formed and currently valid.')
          : msg('This credential cannot be trusted as it is.')}
      </p>
      <p>${from}</p>
      <dl>
        ${achievement ? html`<dt>${msg('Achievement')}</dt><dd>${achievement}</dd>` : nothing}
        <dt>${msg('Signature')}</dt><dd>${signatureText(report.signature)}</dd>
        <dt>${msg('Structure')}</dt><dd>${structureText(report.structure)}</dd>
        <dt>${msg('Dates')}</dt><dd>${datesText(report)}</dd>
        <dt>${msg('Issued by')}</dt><dd>${issuerText(report)}</dd>
        ${report.credential.learnerId ? html`<dt>${msg('Awarded to')}</dt><dd>${report.credential.learnerId}</dd>` : nothing}
        ${this.fingerprint ? html`<dt>${msg('Fingerprint (SHA-256 of the file)')}</dt><dd><code>${formatFingerprint(this.fingerprint)}</code></dd>` : nothing}
      </dl>
      ${problems.length
        ? html`<h3>${msg('Problems found')}</h3><ul class="problems">${problems.map((f) => html`<li>${findingText(f)}</li>`)}</ul>`
        : nothing}
      ${warnings.length
        ? html`<h3>${msg('Worth knowing')}</h3><ul class="warnings">${warnings.map((f) => html`<li>${findingText(f)}</li>`)}</ul>`
        : nothing}
    `;
  }

  async #checkFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CREDENTIAL_BYTES) {
      this.report = null;
      this.failure = msg('This file is far too large to be a credential.');
      input.value = '';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.report = null;
      this.failure = msg('The file could not be read. Try choosing it again.');
      return;
    }
    await this.#check(text, file.name);
    input.value = '';
  }

  async #checkPasted() {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#credential-text')?.value ?? '';
    if (!text.trim()) {
      this.report = null;
      this.failure = msg('Paste a credential\'s text first.');
      return;
    }
    await this.#check(text, null);
  }

  async #check(text: string, source: string | null) {
    this.checking = true;
    this.failure = null;
    try {
      this.report = await this.checker(text);
      this.source = source;
      this.fingerprint = await sha256Hex(text);
      this.dispatchEvent(new CustomEvent<VerificationReport>('wf-credential-checked', { detail: this.report, bubbles: true, composed: true }));
    } catch {
      // The verifier turns bad input into findings; reaching here means the checker itself failed to load.
      this.report = null;
      this.failure = msg('The checker could not start. Reload the page and try again.');
    } finally {
      this.checking = false;
    }
  }
}

customElements.define('wf-verify-credential-page', WfVerifyCredentialPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-verify-credential-page': WfVerifyCredentialPage;
  }
  interface HTMLElementEventMap {
    'wf-credential-checked': CustomEvent<VerificationReport>;
  }
}
