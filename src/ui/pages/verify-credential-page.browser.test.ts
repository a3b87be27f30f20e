import { expect, fixture, html } from '@open-wc/testing';
import type { VerificationReport } from '../../app/credentials/index.ts';
import './verify-credential-page.ts';
import { MAX_CREDENTIAL_BYTES, type CredentialChecker, type WfVerifyCredentialPage } from './verify-credential-page.ts';

// The real verifier (jsonld, CommonJS) is covered by the vitest suites in src/app/credentials;
// here the page gets a checker that returns reports shaped exactly like the verifier's.
function report(overrides: Partial<VerificationReport> = {}): VerificationReport {
  return {
    verified: true, signature: 'valid', structure: 'valid', dates: 'current',
    issuer: { id: 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi', name: 'Maya Okafor', selfIssued: true, keyId: null },
    credential: {
      id: 'urn:uuid:0b6f5d3e-6a4f-4c7e-9a51-3f1c2b8d9e10', name: 'Fractions', achievementName: 'Fractions: equivalence',
      learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c', validFrom: '2026-05-01T09:30:00Z', validUntil: null,
    },
    findings: [],
    ...overrides,
  };
}

async function mount(checker: CredentialChecker): Promise<WfVerifyCredentialPage> {
  const page = await fixture<WfVerifyCredentialPage>(html`<wf-verify-credential-page .checker=${checker}></wf-verify-credential-page>`);
  await page.updateComplete;
  return page;
}

const settle = async (page: WfVerifyCredentialPage) => {
  for (let i = 0; i < 5; i++) { await new Promise((resolve) => setTimeout(resolve)); await page.updateComplete; }
};
const text = (page: WfVerifyCredentialPage) => page.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function paste(page: WfVerifyCredentialPage, value: string) {
  page.shadowRoot!.querySelector<HTMLTextAreaElement>('#credential-text')!.value = value;
  page.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await settle(page);
}

describe('<wf-verify-credential-page>', () => {
  it('labels the file input and the paste box, and passes an accessibility audit', async () => {
    const page = await mount(async () => report());
    const root = page.shadowRoot!;
    expect(root.querySelector('label[for="credential-file"]')!.textContent).to.contain('Credential file');
    expect(root.querySelector('#credential-file')!.getAttribute('type')).to.equal('file');
    expect(root.querySelector('label[for="credential-text"]')!.textContent).to.contain('paste');
    await expect(page).to.be.accessible();
  });

  it('checks pasted text and says in plain words that it holds, is valid, is current and who issued it', async () => {
    const received: string[] = [];
    const page = await mount(async (value) => { received.push(value); return report(); });
    let event: VerificationReport | null = null;
    page.addEventListener('wf-credential-checked', (e) => { event = e.detail; });
    await paste(page, '{"id": "x"}');
    expect(received).to.deep.equal(['{"id": "x"}']);
    const shown = text(page);
    expect(shown).to.contain('This credential is genuine, well formed and currently valid.');
    expect(shown).to.contain('The signature holds');
    expect(shown).to.contain('It follows the Open Badges 3.0 standard.');
    expect(shown).to.contain('Valid since May 1, 2026, with no end date.');
    expect(shown).to.contain('Maya Okafor (did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi), who issued it to themselves.');
    expect(shown).to.contain('Checked the pasted text.');
    expect(event).to.not.equal(null);
    await expect(page).to.be.accessible();
  });

  it('lists each problem and warning of a rejected credential', async () => {
    const page = await mount(async () => report({
      verified: false, signature: 'invalid', dates: 'expired',
      credential: { ...report().credential, validUntil: '2010-01-01T00:00:00Z' },
      findings: [
        { code: 'signature-invalid', area: 'signature', severity: 'error', message: '' },
        { code: 'expired', area: 'dates', severity: 'error', message: '', detail: '2010-01-01T00:00:00Z' },
        { code: 'issuer-key-mismatch', area: 'issuer', severity: 'warning', message: '' },
      ],
    }));
    await paste(page, '{}');
    const shown = text(page);
    expect(shown).to.contain('This credential cannot be trusted as it is.');
    expect(shown).to.contain('The signature does not hold.');
    expect(shown).to.contain('Expired on January 1, 2010.');
    const problems = [...page.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.trim());
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('The signature does not match');
    expect(problems[1]).to.contain('It has expired').and.contain('(2010-01-01T00:00:00Z)');
    expect(page.shadowRoot!.querySelectorAll('.warnings li')).to.have.length(1);
  });

  it('checks a chosen file and names it', async () => {
    const received: string[] = [];
    const page = await mount(async (value) => { received.push(value); return report(); });
    const input = page.shadowRoot!.querySelector<HTMLInputElement>('#credential-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"from": "file"}'], 'badge.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle(page);
    expect(received).to.deep.equal(['{"from": "file"}']);
    expect(text(page)).to.contain('Checked file: badge.json');
    // The fingerprint a printed certificate shows: SHA-256 of the file's bytes, in groups of four.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('{"from": "file"}')));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    expect(text(page)).to.contain(hex.match(/.{4}/g)!.join(' '));
  });

  it('refuses a file far too large to be a credential without reading it into the checker', async () => {
    let calls = 0;
    const page = await mount(async () => { calls++; return report(); });
    const input = page.shadowRoot!.querySelector<HTMLInputElement>('#credential-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(MAX_CREDENTIAL_BYTES + 1)], 'huge.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle(page);
    expect(calls).to.equal(0);
    expect(page.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('too large');
  });

  it('asks for text before checking an empty paste box, and explains a checker that fails to load', async () => {
    let calls = 0;
    const page = await mount(async () => { calls++; throw new Error('chunk failed to load'); });
    await paste(page, '   ');
    expect(calls).to.equal(0);
    expect(text(page)).to.contain('Paste a credential\'s text first.');
    await paste(page, '{}');
    expect(calls).to.equal(1);
    expect(page.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The checker could not start.');
  });
});
