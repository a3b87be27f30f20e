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
import type { Credential, JournalEntry, Learner, MasteryLevel, Rating } from '../../data/records.ts';
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

/** A skill's stored state, with the course it belongs to. */
export type TermSkillState = Pick<SkillSnapshot, 'skillId' | 'masteryLevel'> & {
  packId: string;
  /** Answers the stored level rests on; 0 for a level placement inferred from the skill graph. */
  evidenceAttempts: number;
};

/** An answer in the term: which skill, and whether it was given in a placement check. */
export interface TermAnswer {
  skillId: string;
  packId: string;
  answeredAt: number;
  placement: boolean;
}

/** How the report knows a skill's level: from answers in practice or review, or from the placement check only. */
export type SkillSource = 'practised' | 'placement';

export interface TermCourse {
  packId: string;
  skills: { skillId: string; level: MasteryLevel; source: SkillSource }[];
}

export interface TermReportInput {
  learner: Pick<Learner, 'id' | 'displayName'>;
  term: Term;
  skills: readonly SkillSnapshot[];
  /** Every skill state of the learner, with its course; the report lists those worked on in the term. */
  skillStates?: readonly TermSkillState[];
  /** The learner's answers (any range: the report keeps the term's). */
  answers?: readonly TermAnswer[];
  /** Names to sort courses and skills by, as the reader sees them (defaults to the ids). */
  names?: { course(packId: string): string; skill(skillId: string): string };
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
  /**
   * The skills practised or placed in the term, grouped by course; courses and skills in name
   * order. A skill with answers outside placement counts as practised; a skill with a level but
   * only placement answers (or none, when placement inferred it from the skill graph) as placed.
   */
  courses: TermCourse[];
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
    courses: coursesOfTerm(input, inTerm),
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

/** The term's skills by course: practised ones, then placed ones with no practice, as documented on TermReport.courses. */
function coursesOfTerm(input: TermReportInput, inTerm: (day: string) => boolean): TermCourse[] {
  const practised = new Set<string>();
  const placedInTerm = new Set<string>();
  let anyPlacementInTerm = false;
  for (const answer of input.answers ?? []) {
    if (!inTerm(localDay(answer.answeredAt))) continue;
    const key = `${answer.packId}\u0000${answer.skillId}`;
    if (answer.placement) {
      placedInTerm.add(key);
      anyPlacementInTerm = true;
    } else practised.add(key);
  }
  const byCourse = new Map<string, TermCourse>();
  for (const state of input.skillStates ?? []) {
    const key = `${state.packId}\u0000${state.skillId}`;
    let source: SkillSource | null = null;
    if (practised.has(key)) source = 'practised';
    // Placement also sets levels of skills it did not ask (they follow from the graph, with no
    // answers behind them): those count as placed when a placement ran in the term.
    else if (state.masteryLevel !== 'not-started' && (placedInTerm.has(key) || (anyPlacementInTerm && state.evidenceAttempts === 0))) source = 'placement';
    if (!source) continue;
    let course = byCourse.get(state.packId);
    if (!course) byCourse.set(state.packId, (course = { packId: state.packId, skills: [] }));
    course.skills.push({ skillId: state.skillId, level: state.masteryLevel, source });
  }
  const course = input.names?.course ?? ((id: string) => id);
  const skill = input.names?.skill ?? ((id: string) => id);
  const byName = (left: string, right: string) => left.localeCompare(right);
  const courses = [...byCourse.values()].sort((left, right) => byName(course(left.packId), course(right.packId)));
  for (const entry of courses) entry.skills.sort((left, right) => byName(skill(left.skillId), skill(right.skillId)));
  return courses;
}
