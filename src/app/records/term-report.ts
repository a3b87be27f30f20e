/**
 * A learner's progress report for one term, the record a homeschool family prints or files:
 * skills mastered in the term, learning time by subject, credentials earned, and the journal
 * entries the learner chose to share.
 *
 * The model is plain data; the printable page renders it and names skills from the content pack.
 * Journal entries appear only when the learner marked them for reports: the coach's wish to see
 * more never overrides the learner's choice.
 */
import { localDay } from '../../data/day.ts';
import type { Credential, JournalEntry, Learner, Rating } from '../../data/records.ts';
import type { SkillSnapshot } from '../goals/index.ts';
import { isCalendarDay, totalsBySubject, type LogRow, type SubjectTotal } from './learning-log.ts';

export interface Term {
  /** As the family names it ("Autumn 2026"); the UI shows it as given. */
  label: string;
  /** Inclusive local days, YYYY-MM-DD. */
  fromDay: string;
  toDay: string;
}

export type TermProblem = 'bad-from-day' | 'bad-to-day' | 'ends-before-start' | 'no-label';

export function checkTerm(term: Term): TermProblem[] {
  const problems: TermProblem[] = [];
  if (term.label.trim() === '') problems.push('no-label');
  if (!isCalendarDay(term.fromDay)) problems.push('bad-from-day');
  if (!isCalendarDay(term.toDay)) problems.push('bad-to-day');
  if (problems.length === 0 && term.toDay < term.fromDay) problems.push('ends-before-start');
  return problems;
}

/** A journal entry with the learner's choice of whether coach reports may show it. */
export type ReportableJournalEntry = Pick<JournalEntry, 'id' | 'learnerId' | 'createdAt' | 'text' | 'mood' | 'confidence'> & {
  sharedInReports: boolean;
};

export interface TermReportInput {
  learner: Pick<Learner, 'id' | 'displayName'>;
  term: Term;
  skills: readonly SkillSnapshot[];
  /** The learner's learning log (learning-log.ts), any range: the report keeps the term's days. */
  log: readonly LogRow[];
  credentials: readonly Pick<Credential, 'id' | 'learnerId' | 'achievementName' | 'issuedAt'>[];
  journal: readonly ReportableJournalEntry[];
}

export interface TermReport {
  learnerId: string;
  displayName: string;
  term: Term;
  /** Oldest first. */
  skillsMastered: { skillId: string; day: string }[];
  time: {
    totalMinutes: number;
    practiceMinutes: number;
    offScreenMinutes: number;
    /** Days with any logged learning. */
    activeDays: number;
    bySubject: SubjectTotal[];
  };
  credentials: { id: string; achievementName: string; day: string }[];
  journal: { id: string; day: string; text: string; mood: Rating | null; confidence: Rating | null }[];
}

/**
 * Builds the report. Rows of another learner are dropped, not trusted: the caller passes this
 * learner's data, and a mistake there must not print a sibling's work on the page.
 */
export function buildTermReport(input: TermReportInput): TermReport {
  const problems = checkTerm(input.term);
  if (problems.length > 0) throw new RangeError(`Invalid term: ${problems.join(', ')}`);
  const { fromDay, toDay } = input.term;
  const inTerm = (day: string) => day >= fromDay && day <= toDay;
  const learnerId = input.learner.id;

  const skillsMastered = input.skills
    .filter((skill) => skill.masteryLevel === 'mastered' && skill.masteredAt !== null)
    .map((skill) => ({ skillId: skill.skillId, at: skill.masteredAt as number }))
    .filter((skill) => inTerm(localDay(skill.at)))
    .sort((left, right) => left.at - right.at || (left.skillId < right.skillId ? -1 : 1))
    .map((skill) => ({ skillId: skill.skillId, day: localDay(skill.at) }));

  const log = input.log.filter((row) => inTerm(row.day));
  const practiceMinutes = log.filter((row) => row.activity === 'practice').reduce((sum, row) => sum + row.minutes, 0);
  const totalMinutes = log.reduce((sum, row) => sum + row.minutes, 0);

  const credentials = input.credentials
    .filter((credential) => credential.learnerId === learnerId && inTerm(localDay(credential.issuedAt)))
    .sort((left, right) => left.issuedAt - right.issuedAt)
    .map((credential) => ({ id: credential.id, achievementName: credential.achievementName, day: localDay(credential.issuedAt) }));

  const journal = input.journal
    .filter((entry) => entry.learnerId === learnerId && entry.sharedInReports && inTerm(localDay(entry.createdAt)))
    .sort((left, right) => left.createdAt - right.createdAt)
    .map((entry) => ({ id: entry.id, day: localDay(entry.createdAt), text: entry.text, mood: entry.mood, confidence: entry.confidence }));

  return {
    learnerId,
    displayName: input.learner.displayName,
    term: input.term,
    skillsMastered,
    time: {
      totalMinutes,
      practiceMinutes,
      offScreenMinutes: totalMinutes - practiceMinutes,
      activeDays: new Set(log.map((row) => row.day)).size,
      bySubject: totalsBySubject(log),
    },
    credentials,
    journal,
  };
}
