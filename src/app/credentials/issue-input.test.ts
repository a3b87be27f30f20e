/**
 * What the issuing flow signs for the real built-in packs (every pack credential and every stack)
 * passes the official OB 3.0 schema, verifies, is accepted by eligibility rules, and carries the
 * evidence the issue lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../content/index.ts';
import type { Credential, SkillState } from '../../data/records.ts';
import { issueCredential, verifyCredential } from './credential-crypto.ts';
import { credentialStatuses, openOffers, parseAchievementId } from './credential-offers.ts';
import { buildIssueInput } from './issue-input.ts';
import { learnerSubjectId } from './issuer-identity.ts';
import { generateIssuerKey, type IssuerKey } from './issuer-key.ts';
import type { JsonObject } from './open-badge-credential.ts';
import { createSchemaValidator } from './reference-material.testing.ts';

const packsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content/packs');
const packs = ['fractions-3-6.json', 'spreadsheet-formulas.json'].map((name) => JSON.parse(readFileSync(path.join(packsDir, name), 'utf8')) as Pack);
const schemaErrors = createSchemaValidator();
const now = new Date('2026-06-01T10:00:00Z');
const LEARNER = '6d1f0a9e-2c4b-4d8e-9f1a-3b5c7d9e1f20';
let key: IssuerKey;
beforeAll(async () => { key = await generateIssuerKey(); });

function statesFor(pack: Pack, estimate: number, masteryLevel: SkillState['masteryLevel'] = 'mastered'): SkillState[] {
  return pack.skills.map((skill, i) => ({
    id: `s${i}`, learnerId: LEARNER, skillId: skill.id, packId: pack.id, estimate, masteryLevel,
    evidence: { attempts: 10, correct: 9 }, reviewCard: null, updatedAt: Date.parse('2026-05-20T08:00:00Z'),
  }));
}

function heldRow(pack: Pack, credentialKey: string, signed: JsonObject, name: string): Credential {
  return { id: crypto.randomUUID(), learnerId: LEARNER, origin: 'issued', signedJson: JSON.stringify(signed), achievementName: name, issuedAt: now.getTime(), storedAt: now.getTime(), packId: pack.id, credentialKey };
}

describe('issuing pack credentials and stacks', () => {
  it('offers credentials only when every required skill is at the credential\'s level (whatever the estimate), and stacks once all parts are held', () => {
    const pack = packs[0];
    expect(openOffers(credentialStatuses([pack], statesFor(pack, 0.99, 'proficient'), []))).toEqual([]);
    const offers = openOffers(credentialStatuses([pack], statesFor(pack, 0.4), []));
    expect(offers.map((o) => o.key)).toEqual(pack.credentials!.map((c) => c.id));
    const partial = credentialStatuses([pack], statesFor(pack, 0.8), []).find((s) => s.kind === 'stack')!;
    expect(partial).toMatchObject({ met: false, done: 0, total: pack.credentials!.length });
  });

  it('names the course, the credential and the criteria in the learner\'s language', () => {
    const pack = packs[0];
    const [status] = credentialStatuses([pack], statesFor(pack, 0.4), [], 'es');
    expect(status!.packTitle).toBe(pack.l10n!.es!.title);
    expect(status!.name).toBe(pack.credentials![0]!.l10n!.es!.name);
    expect(status!.criteria).toMatch(/^Mostrar en Wayfind el nivel Dominada/);
  });

  for (const pack of packs) {
    it(`signs every credential and the stack of ${pack.id} within the official schema`, async () => {
      const states = statesFor(pack, 0.97);
      const record = { subjectId: await learnerSubjectId({ id: LEARNER }), states, events: [], held: [] as Credential[] };
      for (const credential of pack.credentials!) {
        const input = buildIssueInput({ pack, key: credential.id, record, projects: [], issuer: { name: 'Sam Hollis', selfIssued: false }, validFrom: now });
        const signed = await issueCredential(input, key, { created: now });
        expect(schemaErrors(signed)).toEqual([]);
        expect((await verifyCredential(signed, { now })).verified).toBe(true);
        record.held.push(heldRow(pack, credential.id, signed, credential.name));
        const achievement = (signed.credentialSubject as JsonObject).achievement as JsonObject;
        expect(parseAchievementId(achievement.id as string)).toEqual({ packId: pack.id, key: credential.id });
        expect(achievement.achievementType).toBe('MicroCredential');
        expect(String((achievement.image as JsonObject).id)).toMatch(/^data:image\/svg\+xml;base64,/);
        expect((achievement.alignment as JsonObject[] | undefined)?.map((a) => a.targetCode)).toEqual(credential.alignments?.map((a) => a.code));
      }
      expect(openOffers(credentialStatuses([pack], states, record.held)).map((o) => o.kind)).toEqual(['stack']);
      const stack = pack.stacks![0];
      const input = buildIssueInput({ pack, key: stack.id, record, projects: [], issuer: { name: 'Lee', selfIssued: true }, validFrom: now });
      const signed = await issueCredential(input, key, { created: now });
      expect(schemaErrors(signed)).toEqual([]);
      expect((await verifyCredential(signed, { now })).verified).toBe(true);
      const genres = (signed.evidence as JsonObject[]).map((e) => e.genre);
      expect(genres.filter((g) => g === 'Credential')).toHaveLength(stack.requires.length);
    });
  }

  it('puts mastered dates, items, accuracy and attached projects in the evidence', async () => {
    const pack = packs[0];
    const credential = pack.credentials![0];
    const states = statesFor(pack, 0.9);
    const events = [{ id: 'e1', learnerId: LEARNER, packId: pack.id, skillId: credential.requires.skills[0], at: Date.parse('2026-04-02T09:00:00Z'), fromLevel: 'proficient' as const, toLevel: 'mastered' as const, estimate: 0.85, cause: 'answer' as const }];
    const project = { id: '0f0e0d0c-0b0a-4909-8807-060504030201', learnerId: LEARNER, title: 'Pizza fractions', description: 'Cut pizzas into equal parts.', skillIds: [credential.requires.skills[0]], startDay: '2026-04-01', endDay: '2026-04-03', createdAt: 0, updatedAt: 0 };
    const input = buildIssueInput({
      pack, key: credential.id, projects: [{ project, artifacts: [{ name: 'pizza.jpg' }] }], issuer: { name: 'Ana', selfIssued: true }, validFrom: now,
      record: { subjectId: await learnerSubjectId({ id: LEARNER }), states, events, held: [] },
    });
    const signed = await issueCredential(input, key, { created: now });
    expect(schemaErrors(signed)).toEqual([]);
    const evidence = signed.evidence as JsonObject[];
    expect(evidence[0]).toMatchObject({ genre: 'Skill mastery', description: 'Skill mastered on 2026-04-02.' });
    expect(evidence.find((e) => e.genre === 'Practice record')?.description).toBe(`${credential.requires.skills.length * 10} items practised, 90% answered correctly.`);
    expect(evidence.find((e) => e.genre === 'Project')).toMatchObject({ id: `urn:uuid:${project.id}`, name: 'Pizza fractions', narrative: expect.stringContaining('pizza.jpg') });
    expect((signed.credentialSubject as JsonObject).id).toBe(`urn:uuid:${LEARNER}`);
  });

  it('issues in the learner\'s language with inLanguage, and in the pack\'s own when it has no translation', async () => {
    const pack = packs[0];
    const credential = pack.credentials![0];
    const spanish = credential.l10n!.es!;
    const record = { subjectId: await learnerSubjectId({ id: LEARNER }), states: statesFor(pack, 0.97), events: [], held: [] as Credential[] };
    const issue = async (locale: string) => issueCredential(
      buildIssueInput({ pack, key: credential.id, record, projects: [], issuer: { name: 'Ana', selfIssued: true }, validFrom: now, locale }), key, { created: now });
    const es = await issue('es');
    const achievement = (es.credentialSubject as JsonObject).achievement as JsonObject;
    expect([achievement.name, achievement.description, achievement.inLanguage, es.name]).toEqual([spanish.name, spanish.description, 'es', spanish.name]);
    const evidence = es.evidence as JsonObject[];
    expect(evidence[0]!.description).toMatch(/^Habilidad dominada el \d{4}-\d{2}-\d{2}\.$/);
    expect(evidence.find((e) => e.genre === 'Practice record')).toMatchObject({ name: 'Registro de práctica', description: expect.stringMatching(/ejercicios practicados, 90 % respondidos correctamente\.$/) });
    expect(evidence[0]!.name).toBe(pack.skills.find((s) => s.id === credential.requires.skills[0])!.l10n?.es?.name ?? expect.any(String));
    expect(schemaErrors(es)).toEqual([]);
    expect((await verifyCredential(es, { now })).verified).toBe(true);
    // A language the pack does not translate: the pack's own text, honestly labelled.
    const fr = await issue('fr');
    const frAchievement = (fr.credentialSubject as JsonObject).achievement as JsonObject;
    expect([frAchievement.name, frAchievement.inLanguage]).toEqual([credential.name, pack.language]);
    expect((fr.evidence as JsonObject[])[0]!.description).toMatch(/^Skill mastered on /);
  });

  it('names a learner with a non-UUID id by a stable urn:uuid derived from it', async () => {
    const a = await learnerSubjectId({ id: 'learner-1' });
    expect(a).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await learnerSubjectId({ id: 'learner-1' })).toBe(a);
  });
});
