import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WayfindDb } from '../../../data/db.ts';
import { getSetting } from '../../../data/settings.ts';
import { uniqueTestDb } from '../../../data/testing/seed-database.ts';
import { COACH_LOCKOUT_SETTING } from '../../../app/coach/index.ts';
import { COACH_PIN_SETTING } from '../../../app/coach/index.ts';
import { DEFAULT_LOCKOUT_POLICY } from '../../../app/coach/index.ts';
import './coach-lock.ts';
import { formatWait, type WfCoachLock } from './coach-lock.ts';

let database: WayfindDb | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

const root = (element: WfCoachLock) => element.shadowRoot!;
const input = (element: WfCoachLock, name: string) => root(element).querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const submit = (element: WfCoachLock) => root(element).querySelector<HTMLButtonElement>('button[type=submit]')!;
const problem = (element: WfCoachLock) => root(element).querySelector('#pin-problem')!.textContent!.trim();

async function mount(db: WayfindDb, clock: () => number): Promise<WfCoachLock> {
  const element = await fixture<WfCoachLock>(html`<wf-coach-lock .db=${db} .clock=${clock}></wf-coach-lock>`);
  await waitUntil(() => element.mode !== 'loading', 'PIN status read', { timeout: 10_000 });
  return element;
}

/** Types a PIN and submits, then waits for the check (PBKDF2) to finish. */
async function tryPin(element: WfCoachLock, pin: string): Promise<void> {
  input(element, 'pin').value = pin;
  submit(element).click();
  await waitUntil(() => element.busy, 'check started').catch(() => undefined);
  await waitUntil(() => !element.busy, 'check finished', { timeout: 10000 });
  await element.updateComplete;
}

describe('<wf-coach-lock>', () => {
  it('sets a PIN the first time (typed twice), storing only its hash', async () => {
    database = uniqueTestDb('coach-lock-set');
    const element = await mount(database, Date.now);
    expect(element.mode).to.equal('set');
    input(element, 'pin').value = '12';
    input(element, 'confirm').value = '12';
    submit(element).click();
    await waitUntil(() => problem(element) !== '', 'problem shown', { timeout: 10_000 });
    expect(problem(element)).to.equal('The PIN needs at least 4 digits.');
    expect(await getSetting(database, COACH_PIN_SETTING, null)).to.equal(null);

    input(element, 'pin').value = '4821';
    input(element, 'confirm').value = '4821';
    const unlocked = oneEvent(element, 'wf-coach-unlocked');
    submit(element).click();
    expect((await unlocked).detail).to.deep.equal({ firstTime: true });
    const stored = JSON.stringify(await getSetting(database, COACH_PIN_SETTING, null));
    expect(stored).to.contain('PBKDF2-SHA-256');
    expect(stored).not.to.contain('4821');
  });

  it('locks after five wrong tries, counts down, keeps the lock across a reload, then unlocks', async () => {
    database = uniqueTestDb('coach-lock-lockout');
    let now = Date.now();
    const clock = () => now;
    let element = await mount(database, clock);
    input(element, 'pin').value = '2468';
    input(element, 'confirm').value = '2468';
    const first = oneEvent(element, 'wf-coach-unlocked');
    submit(element).click();
    await first;
    // A reload of the page: a new element reads the stored PIN.
    element.remove();
    element = await mount(database, clock);
    expect(element.mode).to.equal('unlock');

    for (let attempt = 1; attempt <= 4; attempt++) {
      await tryPin(element, '0000');
      expect(problem(element)).to.equal('That PIN is not right. Try again.');
      expect(root(element).querySelector('[role=timer]')).to.equal(null);
    }
    await tryPin(element, '0000');
    const firstDelay = DEFAULT_LOCKOUT_POLICY.firstDelayMs;
    expect(problem(element)).to.equal(`That PIN is not right. Wait ${formatWait(firstDelay)} before trying again.`);
    expect(root(element).querySelector('[role=timer]')!.textContent).to.equal('0:30');
    expect(input(element, 'pin').disabled).to.equal(true);
    expect(submit(element).disabled).to.equal(true);
    expect(await getSetting(database, COACH_LOCKOUT_SETTING, null)).to.deep.equal({ failures: 5, lockedUntil: now + firstDelay });

    // The countdown follows the clock.
    now += 12_000;
    element.tick();
    await element.updateComplete;
    expect(root(element).querySelector('[role=timer]')!.textContent).to.equal('0:18');

    // Reloading does not reset the lock.
    element.remove();
    element = await mount(database, clock);
    await element.updateComplete;
    expect(root(element).querySelector('[role=timer]')!.textContent).to.equal('0:18');
    expect(submit(element).disabled).to.equal(true);

    // After the wait, a sixth wrong try doubles it.
    now += 18_000;
    element.tick();
    await waitUntil(() => !submit(element).disabled, 'unlocked for another try', { timeout: 10_000 });
    await tryPin(element, '1357');
    expect(root(element).querySelector('[role=timer]')!.textContent).to.equal(formatWait(firstDelay * 2));

    now += firstDelay * 2;
    element.tick();
    await waitUntil(() => !submit(element).disabled, 'unlocked for another try', { timeout: 10_000 });
    const unlocked = oneEvent(element, 'wf-coach-unlocked');
    input(element, 'pin').value = '2468';
    submit(element).click();
    expect((await unlocked).detail).to.deep.equal({ firstTime: false });
    await waitUntil(async () => (await getSetting(database!, COACH_LOCKOUT_SETTING, null)) !== null, 'state stored', { timeout: 10_000 });
    expect(await getSetting(database, COACH_LOCKOUT_SETTING, null)).to.deep.equal({ failures: 0, lockedUntil: null });
  });

  it('formats waits as minutes and seconds, rounding up', () => {
    expect(formatWait(30_000)).to.equal('0:30');
    expect(formatWait(29_001)).to.equal('0:30');
    expect(formatWait(61_000)).to.equal('1:01');
    expect(formatWait(15 * 60_000)).to.equal('15:00');
    expect(formatWait(-5)).to.equal('0:00');
  });
});
