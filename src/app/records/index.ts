/**
 * Records: what a family or a school may need to show for a learner's work.
 *
 * Owns the learning log with its CSV export (learning-log.ts) and the term report (term-report.ts).
 * Offers: buildLearningLog, learningLogToCsv, buildTermReport and their checks.
 */
export { OFF_SCREEN_KINDS, buildLearningLog, checkManualEntry, learningLogToCsv, totalsBySubject } from './learning-log.ts';
export type { LogActivity, LogCsvLabels, ManualEntryProblem, OffScreenKind } from './learning-log.ts';
export { buildTermReport, checkTerm } from './term-report.ts';
export type { SkillSource, Term, TermAnswer, TermCourse, TermProblem, TermReport, TermSkillState } from './term-report.ts';
