import { describe, expect, it } from 'vitest';
import type { SkillSnapshot } from '../goals/index.ts';
import type { LogRow } from './learning-log.ts';
import { buildTermReport, checkTerm, type ReportableJournalEntry, type Term, type TermAnswer, type TermReportInput, type TermSkillState } from './term-report.ts';

const TERM: Term = { label: 'Autumn 2026', fromDay: '2026-09-01', toDay: '2026-12-18' };
const on = (month: number, day: number, hour = 12) => new Date(2026, month - 1, day, hour).getTime();

const mastered = (skillId: string, at: number | null): SkillSnapshot => ({ skillId, estimate: 0.95, masteryLevel: 'mastered', masteredAt: at });
const row = (day: string, subject: string, minutes: number, activity: LogRow['activity'] = 'practice'): LogRow => ({ day, subject, minutes, activity, note: '' });
const entry = (id: string, at: number, sharedInReports: boolean, learnerId = 'ana'): ReportableJournalEntry => ({
  id,
  learnerId,
  createdAt: at,
  text: `entry ${id}`,
  mood: 4,
  confidence: null,
  sharedInReports,
});

const input: TermReportInput = {
  learner: { id: 'ana', displayName: 'Ana' },
  term: TERM,
  skills: [
    mastered('compare', on(10, 3)),
    mastered('add', on(9, 1, 0)),
    mastered('before-term', on(8, 31, 23)),
    mastered('after-term', on(12, 19, 1)),
    mastered('no-date', null),
    { skillId: 'working', estimate: 0.6, masteryLevel: 'familiar', masteredAt: null },
  ],
  log: [
    row('2026-08-30', 'Mathematics', 50),
    row('2026-09-01', 'Mathematics', 20),
    row('2026-09-01', 'Mathematics', 30, 'book'),
    row('2026-10-10', 'History', 120, 'field-trip'),
    row('2026-12-18', 'Computing', 15),
    row('2026-12-19', 'Computing', 99),
  ],
  credentials: [
    { id: 'c2', learnerId: 'ana', achievementName: 'Fractions II', issuedAt: on(11, 20) },
    { id: 'c1', learnerId: 'ana', achievementName: 'Fractions I', issuedAt: on(10, 1) },
    { id: 'c0', learnerId: 'ana', achievementName: 'Counting', issuedAt: on(6, 1) },
    { id: 'sib', learnerId: 'ben', achievementName: 'Not Ana’s', issuedAt: on(10, 2) },
  ],
  journal: [
    entry('j3', on(11, 2), true),
    entry('j1', on(9, 15), true),
    entry('private', on(9, 20), false),
    entry('old', on(5, 1), true),
    entry('sibling', on(9, 21), true, 'ben'),
  ],
};

describe('buildTermReport', () => {
  const report = buildTermReport(input);

  it('lists the skills mastered within the term, oldest first, by local day', () => {
    expect(report.skillsMastered).toEqual([
      { skillId: 'add', day: '2026-09-01' },
      { skillId: 'compare', day: '2026-10-03' },
    ]);
  });

  it('adds up the term’s learning time, on and off the screen, by subject', () => {
    expect(report.time).toEqual({
      totalMinutes: 185,
      practiceMinutes: 35,
      offScreenMinutes: 150,
      activeDays: 3,
      bySubject: [
        { subject: 'History', minutes: 120 },
        { subject: 'Mathematics', minutes: 50 },
        { subject: 'Computing', minutes: 15 },
      ],
    });
  });

  it('lists this learner’s credentials from the term, in the order earned', () => {
    expect(report.credentials).toEqual([
      { id: 'c1', achievementName: 'Fractions I', day: '2026-10-01' },
      { id: 'c2', achievementName: 'Fractions II', day: '2026-11-20' },
    ]);
  });

  it('shows only the journal entries the learner shared, from the term, never a sibling’s', () => {
    expect(report.journal.map((shown) => shown.id)).toEqual(['j1', 'j3']);
    expect(report.journal[0]).toEqual({ id: 'j1', day: '2026-09-15', text: 'entry j1', mood: 4, confidence: null });
  });

  it('groups the skills practised or placed in the term by course, in name order, each marked as which', () => {
    const names: Record<string, string> = { sheets: 'Spreadsheets', fractions: 'Fractions', add: 'Add fractions', compare: 'Compare fractions', halves: 'Halves', sum: 'SUM', ifs: 'IF', old: 'Old skill', untouched: 'Untouched' };
    const name = (id: string) => names[id] ?? id;
    const state = (packId: string, skillId: string, masteryLevel: TermSkillState['masteryLevel'], evidenceAttempts: number): TermSkillState => ({ packId, skillId, masteryLevel, evidenceAttempts });
    const answer = (packId: string, skillId: string, at: number, placement = false): TermAnswer => ({ packId, skillId, answeredAt: at, placement });
    const report = buildTermReport({
      ...input,
      skillStates: [
        state('fractions', 'compare', 'familiar', 3),
        state('fractions', 'add', 'mastered', 6),
        state('fractions', 'halves', 'proficient', 0),
        state('fractions', 'old', 'familiar', 4),
        state('fractions', 'untouched', 'not-started', 0),
        state('sheets', 'sum', 'practising', 1),
        state('sheets', 'ifs', 'proficient', 1),
      ],
      answers: [
        answer('fractions', 'compare', on(10, 3)),
        answer('fractions', 'add', on(9, 2)),
        answer('fractions', 'add', on(9, 1), true),
        // Practised before the term only: not this term's work.
        answer('fractions', 'old', on(8, 20)),
        answer('sheets', 'sum', on(11, 5)),
        answer('sheets', 'ifs', on(11, 4), true),
      ],
      names: { course: name, skill: name },
    });
    expect(report.courses).toEqual([
      {
        packId: 'fractions',
        skills: [
          { skillId: 'add', level: 'mastered', source: 'practised' },
          { skillId: 'compare', level: 'familiar', source: 'practised' },
          // Placed from the skill graph (no answers behind it) by this term's placement.
          { skillId: 'halves', level: 'proficient', source: 'placement' },
        ],
      },
      {
        packId: 'sheets',
        skills: [
          { skillId: 'ifs', level: 'proficient', source: 'placement' },
          { skillId: 'sum', level: 'practising', source: 'practised' },
        ],
      },
    ]);
  });

  it('is empty, not broken, for a term with nothing in it', () => {
    const quiet = buildTermReport({ ...input, term: { label: 'Summer', fromDay: '2027-06-01', toDay: '2027-08-31' } });
    expect(quiet.skillsMastered).toEqual([]);
    expect(quiet.time).toEqual({ totalMinutes: 0, practiceMinutes: 0, offScreenMinutes: 0, activeDays: 0, bySubject: [] });
    expect(quiet.credentials).toEqual([]);
    expect(quiet.journal).toEqual([]);
  });
});

describe('checkTerm', () => {
  it.each([
    ['a good term', TERM, []],
    ['a term that ends before it starts', { ...TERM, toDay: '2026-08-01' }, ['ends-before-start']],
    ['a one-day term', { ...TERM, toDay: TERM.fromDay }, []],
    ['impossible days and no label', { label: ' ', fromDay: '2026-02-30', toDay: 'soon' }, ['no-label', 'bad-from-day', 'bad-to-day']],
  ])('%s', (_label, term, problems) => {
    expect(checkTerm(term)).toEqual(problems);
  });

  it('refuses to build a report for an invalid term', () => {
    expect(() => buildTermReport({ ...input, term: { ...TERM, toDay: '2026-01-01' } })).toThrow(/ends-before-start/);
  });
});
