/**
 * The dashboard benchmark's browser half, run by bench/dashboard.ts (`npm run bench:dashboard`):
 * a household of 5 learners with 100,000 attempts each in real IndexedDB, then
 * - the coach overview as the coach page builds it: loadCoachReport (every learner's recent
 *   history from IndexedDB, the overview and the at-risk alerts) and a render of
 *   <wf-household-overview>; for comparison, the overview alone with practice from the day rows;
 * - the learner dashboard: the real <wf-today-page> and <wf-progress-page> mounted for one
 *   learner, timed from insertion until both show that learner's data and the three charts are drawn.
 */
import { html, render } from 'lit';
import { ContextProvider } from '@lit/context';
import { goalSpecOf, goalStatusText, paceSamplesOfDays } from '../src/app/goals/goals-service.ts';
import { snapshotOf, type PaceAttempt } from '../src/app/goals/goal-projection.ts';
import { HouseholdService } from '../src/app/coach/household.ts';
import { householdOverview, type LearnerActivity } from '../src/app/coach/household-overview.ts';
import { localDay } from '../src/data/day.ts';
import { WayfindDb, newId } from '../src/data/db.ts';
import { addGoal, listGoals } from '../src/data/goals.ts';
import { replaceLearnerAttempts } from '../src/data/attempt-blocks.ts';
import { dayTotals } from '../src/data/dashboard-queries.ts';
import { observeQuery } from '../src/data/live.ts';
import { createLearner, listLearners } from '../src/data/learners.ts';
import type { Attempt, Learner, MasteryLevel, SkillEvent, SkillState } from '../src/data/records.ts';
import { listSkillStates } from '../src/data/skill-states.ts';
import { householdContext } from '../src/ui/app/contexts.ts';
import '../src/ui/components/household-overview/household-overview.ts';
import { loadCoachReport } from '../src/app/coach/coach-service.ts';
import { readAttemptRange } from '../src/data/attempt-blocks.ts';
import type { PackChoice } from '../src/ui/components/goal-editor/pack-choices.ts';
import { readToday } from '../src/ui/pages/today-page.ts';
import { readProgress } from '../src/ui/pages/progress-page.ts';

const LEARNERS = 5;
const ATTEMPTS = 100_000;
const SKILLS = 40;
const SPAN_DAYS = 180;
const RUNS = 7;
const DAY = 86_400_000;
const PACE_DAYS = 14;

export interface DashboardBenchFigures {
  coach_overview_ms: number;
  dashboard_ms: number;
}

type Log = (line: string) => void;

const SKILL_IDS = Array.from({ length: SKILLS }, (_, index) => `skill-${index}`);
const LEVELS: MasteryLevel[] = ['practising', 'familiar', 'proficient', 'mastered'];

/** A pack with the benchmark's skills and four credentials, so Today ranks credentials to earn. */
const PACKS: PackChoice[] = [
  {
    id: 'pack-bench',
    title: 'Bench pack',
    skills: SKILL_IDS.map((id, index) => ({ id, name: `Skill ${index}` })),
    credentials: Array.from({ length: 4 }, (_, index) => ({
      packId: 'pack-bench',
      credentialKey: `credential-${index}`,
      name: `Credential ${index}`,
      skillIds: SKILL_IDS.slice(index * 10, index * 10 + 10),
      level: 'mastered' as const,
    })),
  },
];

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

async function seedLearner(db: WayfindDb, index: number, now: number, log: Log): Promise<Learner> {
  const learner = await createLearner(db, { displayName: `Learner ${index + 1}`, avatar: 'fox', ageBand: '11-13', language: 'en' }, now - (SPAN_DAYS + 1) * DAY);
  const next = random(1000 + index);
  const start = performance.now();
  const rows: Attempt[] = [];
  for (let position = 0; position < ATTEMPTS; position++) {
    const answeredAt = Math.round(now - SPAN_DAYS * DAY + (position / ATTEMPTS) * SPAN_DAYS * DAY);
    const skillId = SKILL_IDS[Math.floor(next() * SKILLS)]!;
    rows.push({
      id: newId(), learnerId: learner.id, packId: 'pack-bench', itemId: `item-${Math.floor(next() * 2_000)}`, skillId, skillIds: [skillId],
      response: { value: String(Math.floor(next() * 100)) }, correct: next() < 0.7, hintsUsed: next() < 0.2 ? 1 : 0,
      durationMs: 2_000 + Math.floor(next() * 20_000), startedAt: answeredAt - 8_000, answeredAt, sessionId: `session-${Math.floor(position / 20)}`, day: localDay(answeredAt),
    });
  }
  // Stored as the app stores them: blocks of answers plus one row per day (attempt-blocks.ts).
  await db.transaction('rw', db.attemptBlocks, db.attemptDays, () => replaceLearnerAttempts(db, learner.id, rows));
  const states: SkillState[] = SKILL_IDS.map((skillId, skill) => ({
    id: newId(), learnerId: learner.id, skillId, packId: 'pack-bench', estimate: 0.4 + 0.6 * next(), masteryLevel: LEVELS[skill % LEVELS.length]!,
    evidence: { attempts: 2500, correct: 1750 }, reviewCard: null, updatedAt: now - Math.floor(next() * 30) * DAY,
  }));
  await db.skillStates.bulkAdd(states);
  // Mastery changes: each skill climbs a level every few days across the span (a few hundred events).
  const events: SkillEvent[] = [];
  for (const skillId of SKILL_IDS) {
    for (let step = 0; step < 4; step++) {
      events.push({
        id: newId(), learnerId: learner.id, packId: 'pack-bench', skillId, at: now - Math.floor(next() * SPAN_DAYS) * DAY,
        fromLevel: (['not-started', ...LEVELS] as MasteryLevel[])[step]!, toLevel: LEVELS[step]!, estimate: 0.5 + step / 10, cause: 'answer',
      });
    }
  }
  await db.skillEvents.bulkAdd(events);
  const goal = { learnerId: learner.id, packId: 'pack-bench', credentialKey: null, targetLevel: 'mastered' as const, dueAt: now + 30 * DAY, setBy: 'coach' as const };
  await addGoal(db, { ...goal, kind: 'skills', title: 'Master the first ten skills', skillIds: SKILL_IDS.slice(0, 10), minutesPerDay: null });
  await addGoal(db, { ...goal, kind: 'credential', title: 'Earn Credential 1', credentialKey: 'credential-1', skillIds: SKILL_IDS.slice(10, 20), minutesPerDay: null });
  await addGoal(db, { ...goal, kind: 'minutes', title: 'Practise 20 minutes a day', packId: null, skillIds: [], minutesPerDay: 20 });
  log(`  learner ${index + 1}: ${ATTEMPTS} attempts, ${SKILLS} skill states, ${events.length} skill events, 3 goals in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return learner;
}

/** The coach overview: each learner's recent history from IndexedDB, the overview, and its table. */
interface CoachSplit {
  readMs: number;
  computeMs: number;
  renderMs: number;
}


/** The coach page's own path: the coach report (overview and alerts) and <wf-household-overview>. */
async function coachReport(db: WayfindDb, container: HTMLElement, now: number): Promise<CoachSplit> {
  const t0 = performance.now();
  const report = await loadCoachReport(db, await listLearners(db), now);
  const t1 = performance.now();
  const table = document.createElement('wf-household-overview');
  table.overview = report.overview;
  table.goalTitles = report.goalTitles;
  container.append(table);
  await table.updateComplete;
  if (table.shadowRoot!.querySelectorAll('tbody tr').length !== report.overview.length) throw new Error('The overview table is incomplete.');
  return { readMs: t1 - t0, computeMs: 0, renderMs: performance.now() - t1 };
}

/** A learner's last 14 days of practice as pace samples from the day rows, as the learner's own dashboard reads it. */
async function recentPractice(db: WayfindDb, learnerId: string, now: number): Promise<PaceAttempt[]> {
  return paceSamplesOfDays(await dayTotals(db, learnerId, PACE_DAYS, now));
}

/** The overview alone (no alerts), with practice from the day rows, rendered as a plain table. */
async function coachOverview(db: WayfindDb, container: HTMLElement, now: number): Promise<CoachSplit> {
  const t0 = performance.now();
  const learners = await listLearners(db);
  const activities: LearnerActivity[] = await Promise.all(
    learners.map(async (learner) => {
      const [attempts, states, goals] = await Promise.all([recentPractice(db, learner.id, now), listSkillStates(db, learner.id), listGoals(db, learner.id)]);
      return { learner, attempts, skills: states.map(snapshotOf), goals: goals.map(goalSpecOf) };
    }),
  );
  const t1 = performance.now();
  const overview = householdOverview(activities, now, { paceWindowDays: PACE_DAYS });
  const t2 = performance.now();
  render(
    html`<table>
      <caption>Household overview</caption>
      <thead><tr><th scope="col">Learner</th><th scope="col">Today</th><th scope="col">Days this week</th><th scope="col">Minutes this week</th><th scope="col">Goals</th></tr></thead>
      <tbody>
        ${overview.map(
          (row) => html`<tr>
            <th scope="row">${row.displayName}</th>
            <td>${row.practisedToday ? `Practised, ${row.minutesToday} min` : 'Not yet'}</td>
            <td>${row.daysPractisedThisWeek}</td>
            <td>${row.minutesThisWeek}</td>
            <td><ul>${row.goals.map((goal) => html`<li>${goalStatusText(goal)}: ${Math.round(goal.progress * 100)}%</li>`)}</ul></td>
          </tr>`,
        )}
      </tbody>
    </table>`,
    container,
  );
  if (container.querySelectorAll('tbody tr').length !== learners.length) throw new Error('The overview table is incomplete.');
  return { readMs: t1 - t0, computeMs: t2 - t1, renderMs: performance.now() - t2 };
}

/**
 * A fixed pure-JavaScript workload (sorting 200,000 numbers), timed before the figures: on a
 * shared or throttled machine it shows how much slower than usual everything runs.
 */
function cpuCalibration(): number {
  const next = random(7);
  const values = Float64Array.from({ length: 200_000 }, () => next());
  const start = performance.now();
  values.sort();
  return performance.now() - start;
}

/** Polls (every task turn, not every frame) until `done` holds. */
async function until(done: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > limitMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Mounts Today and Progress for the current learner and waits until both show their data. */
/** Returns when (ms after insertion) both pages had their data; the caller times the whole. */
async function learnerDashboard(host: HTMLElement, db: WayfindDb, learnerId: string): Promise<number> {
  const start = performance.now();
  const today = document.createElement('wf-today-page');
  today.db = db;
  today.packSource = async () => PACKS;
  const progress = document.createElement('wf-progress-page');
  progress.db = db;
  host.append(today, progress);
  await until(() => today.today.value?.learnerId === learnerId && progress.progress.value?.learnerId === learnerId, 'the dashboard data');
  const dataMs = performance.now() - start;
  await Promise.all([today.updateComplete, progress.updateComplete]);
  const charts = [...progress.shadowRoot!.querySelectorAll('wf-chart')];
  await Promise.all(charts.map((chart) => chart.updateComplete));
  if (charts.length !== 3 || charts.some((chart) => !chart.plot)) throw new Error('The progress charts were not drawn.');
  if (!today.shadowRoot!.textContent!.includes('Master the first ten skills')) throw new Error('Today does not show the goals.');
  return dataMs;
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const describe = (name: string, times: number[]) => {
  const { first, median, max } = stats(times);
  return `  ${name}: first ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms over ${times.length} runs`;
};

export async function runDashboardBench(log: Log = console.log): Promise<DashboardBenchFigures> {
  const db = new WayfindDb(`wayfind-bench-dashboard-${crypto.randomUUID()}`);
  const now = Date.now();
  try {
    log(`seeding ${LEARNERS} learners x ${ATTEMPTS} attempts over ${SPAN_DAYS} days (${SKILLS} skills each):`);
    const learners: Learner[] = [];
    for (let index = 0; index < LEARNERS; index++) learners.push(await seedLearner(db, index, now, log));

    log(`calibration: sorting 200,000 numbers took ${cpuCalibration().toFixed(1)} ms (compare across runs: it grows with the machine's load)`);
    const coach = async () => {
      const times: number[] = [];
      const splits: CoachSplit[] = [];
      for (let run = 0; run < RUNS; run++) {
        const container = document.createElement('div');
        document.body.append(container);
        const start = performance.now();
        splits.push(await coachOverview(db, container, now));
        times.push(performance.now() - start);
        container.remove();
      }
      return { times, splits };
    };
    const fromDays = await coach();
    const reportTimes: number[] = [];
    const reportSplits: CoachSplit[] = [];
    for (let run = 0; run < RUNS; run++) {
      const container = document.createElement('div');
      document.body.append(container);
      const start = performance.now();
      reportSplits.push(await coachReport(db, container, now));
      reportTimes.push(performance.now() - start);
      container.remove();
    }
    // Where the coach report's reading time goes: the 14 days of attempt blocks of one learner.
    const paceStart = now - (PACE_DAYS - 1) * DAY;
    const blocks = await db.attemptBlocks.where('[learnerId+lastAt]').between([learners[0]!.id, paceStart], [learners[0]!.id, Infinity], true, true).toArray();
    const blockBytes = new TextEncoder().encode(JSON.stringify(blocks[0])).length;
    const rangeTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await readAttemptRange(db, learners[0]!.id, paceStart, now);
      rangeTimes.push(performance.now() - start);
    }
    const learnerId = learners[2]!.id;
    const liveTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const learner = learners[2]!;
      const start = performance.now();
      await Promise.all(
        [() => readToday(db, learner, now) as Promise<unknown>, () => readProgress(db, learner, now) as Promise<unknown>].map(
          (query) =>
            new Promise<void>((resolve, reject) => {
              const subscription = observeQuery<unknown>(query).subscribe({
                next: () => {
                  resolve();
                  queueMicrotask(() => subscription.unsubscribe());
                },
                error: reject,
              });
            }),
        ),
      );
      liveTimes.push(performance.now() - start);
    }
    const queryTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const learner = learners[2]!;
      const start = performance.now();
      await Promise.all([readToday(db, learner, now), readProgress(db, learner, now)]);
      queryTimes.push(performance.now() - start);
    }

    const service = new HouseholdService(db);
    service.start();
    await service.ready;
    await service.select(learnerId);
    const host = document.createElement('div');
    document.body.append(host);
    new ContextProvider(host, { context: householdContext, initialValue: service });
    const dashboardTimes: number[] = [];
    const dataTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      dataTimes.push(await learnerDashboard(host, db, learnerId));
      dashboardTimes.push(performance.now() - start);
      host.replaceChildren();
    }
    service.stop();

    log('coach overview (5 learners: last 14 days of practice, skill states and goals read from IndexedDB, householdOverview, table rendered):');
    const median = (values: number[]) => stats(values).median.toFixed(1);
    log(describe('the coach page path (loadCoachReport: overview + alerts from the attempts, then <wf-household-overview>)', reportTimes));
    log(`    of which (medians): loadCoachReport ${median(reportSplits.map((split) => split.readMs))} ms, table render ${median(reportSplits.map((split) => split.renderMs))} ms`);
    log(`    reading one learner's 14 days of attempts (readAttemptRange, ${blocks.length} blocks of about ${(blockBytes / 1024).toFixed(0)} KB as JSON): median ${median(rangeTimes)} ms`);
    log(describe('the overview alone with practice from the day rows (no alerts)', fromDays.times));
    log(`    of which (medians): read ${median(fromDays.splits.map((split) => split.readMs))} ms, householdOverview ${median(fromDays.splits.map((split) => split.computeMs))} ms, table render ${median(fromDays.splits.map((split) => split.renderMs))} ms`);
    log('learner dashboard (<wf-today-page> + <wf-progress-page> mounted until both show the data and 3 charts are drawn):');
    log(describe('dashboard', dashboardTimes));
    log(describe('of which until both live queries delivered', dataTimes));
    log(describe('the data queries alone (readToday + readProgress, outside a live query)', queryTimes));
    log(describe('the same queries through observeQuery (Dexie liveQuery), until the first results', liveTimes));
    return { coach_overview_ms: Number(stats(reportTimes).median.toFixed(1)), dashboard_ms: Number(stats(dashboardTimes).median.toFixed(1)) };
  } finally {
    db.close();
    await db.delete();
  }
}
