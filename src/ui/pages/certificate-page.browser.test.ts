import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import { storeCredential } from '../../data/credentials.ts';
import type { WayfindDb } from '../../data/db.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { formatFingerprint, sha256Hex } from '../../app/credentials/index.ts';
import { buildOpenBadgeCredential } from '../../app/credentials/index.ts';
import { sampleIssueInput } from '../../app/credentials/sample-credential.testing.ts';
import './certificate-page.ts';
import type { WfCertificatePage } from './certificate-page.ts';

const databases: WayfindDb[] = [];
const services: HouseholdService[] = [];
afterEach(async () => {
  while (services.length) services.pop()!.stop();
  while (databases.length) await databases.pop()!.delete();
});

describe('<wf-certificate-page>', () => {
  it('shows achievement, learner, issuer, date, id and the fingerprint of the stored file', async () => {
    const db = uniqueTestDb('certificate-page');
    databases.push(db);
    const service = new HouseholdService(db);
    services.push(service);
    service.start();
    await service.ready;
    const learner = await service.create({ displayName: 'Tomás', avatar: 'owl', ageBand: 'adult', language: 'en' });
    // The page reads what is stored; a real signature is not needed to print it.
    const input = sampleIssueInput();
    const signedJson = JSON.stringify(buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, did: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' } }));
    const stored = await storeCredential(db, { learnerId: learner.id, origin: 'issued', signedJson, achievementName: input.achievement.name, issuedAt: Date.parse('2026-05-01T09:30:00Z'), packId: null, credentialKey: null });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: householdContext, initialValue: service });
    const page = document.createElement('wf-certificate-page') as WfCertificatePage;
    page.db = db;
    page.credentialId = stored.id;
    host.append(page);
    await waitUntil(() => page.shadowRoot!.querySelector('.certificate'), 'no certificate', { timeout: 10000 });
    const text = page.shadowRoot!.querySelector('.certificate')!.textContent!;
    expect(text).to.contain(input.achievement.name);
    expect(text).to.contain('Tomás');
    expect(text).to.contain('Maya Okafor (self-issued)');
    expect(text).to.contain(input.id!);
    expect(text).to.contain(formatFingerprint(await sha256Hex(signedJson)));
    await expect(page).to.be.accessible();
  });
});
