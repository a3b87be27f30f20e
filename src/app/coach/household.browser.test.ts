import { expect, waitUntil } from '@open-wc/testing';
import type { WayfindDb } from '../../data/db.ts';
import { getSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { CURRENT_LEARNER_SETTING, HouseholdService } from './household.ts';

let db: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.delete();
  db = undefined;
});

describe('HouseholdService', () => {
  it('remembers the current learner on the device and follows quick switches to the last one', async () => {
    db = uniqueTestDb('household');
    service = new HouseholdService(db);
    service.start();
    await service.ready;
    expect(service.snapshot.learners).to.deep.equal([]);
    expect(service.current).to.equal(null);

    const ada = await service.create({ displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const ben = await service.create({ displayName: 'Ben', avatar: 'owl', ageBand: '11-13', language: 'es' });
    expect(service.current?.id).to.equal(ben.id);

    // Switch back and forth without waiting for the database reads in between.
    const switches = [service.select(ada.id), service.select(ben.id), service.select(ada.id)];
    await Promise.all(switches);
    await waitUntil(async () => (await getSetting(db!, CURRENT_LEARNER_SETTING, null)) === ada.id, 'the last switch stored', { timeout: 10_000 });
    // Let every live read that was already running arrive: none may switch back to Ben.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.current?.id).to.equal(ada.id);
    expect(service.snapshot.learners.map((learner) => learner.displayName)).to.deep.equal(['Ada', 'Ben']);

    // A new service (the app reopened) starts on the same learner.
    const reopened = new HouseholdService(db);
    reopened.start();
    await reopened.ready;
    expect(reopened.current?.id).to.equal(ada.id);
    reopened.stop();
  });

  it('keeps coach mode for this tab only, and only once a PIN exists', async () => {
    db = uniqueTestDb('household-coach');
    service = new HouseholdService(db);
    service.start();
    await service.ready;
    expect(service.snapshot.coachMode).to.equal(false);
    service.enterCoachMode();
    expect(service.snapshot).to.include({ coachMode: true, hasCoach: true });
    service.leaveCoachMode();
    expect(service.snapshot.coachMode).to.equal(false);
  });
});
