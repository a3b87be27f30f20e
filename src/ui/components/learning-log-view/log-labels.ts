import { msg } from '@lit/localize';
import type { LogActivity, LogCsvLabels, ManualEntryProblem } from '../../../app/records/index.ts';

/** The log's activities as people read them (shared with the term report). */
export function activityLabel(activity: LogActivity): string {
  switch (activity) {
    case 'practice':
      return msg('Practice in Wayfind');
    case 'book':
      return msg('Book');
    case 'field-trip':
      return msg('Field trip');
    case 'project':
      return msg('Project');
    case 'other':
      return msg('Other');
  }
}

export function problemText(problem: ManualEntryProblem): string {
  switch (problem) {
    case 'bad-day':
      return msg('Enter a real date.');
    case 'bad-minutes':
      return msg('Minutes are a whole number from 1 to 1440.');
    case 'no-subject':
      return msg('Enter a subject.');
    case 'subject-too-long':
      return msg('A subject has at most 80 characters.');
    case 'note-too-long':
      return msg('A note has at most 2000 characters.');
    case 'bad-kind':
      return msg('Choose what kind of learning it was.');
  }
}

/** The CSV's headings and activity names in the learner's language (the dates stay YYYY-MM-DD). */
export function csvLabels(): LogCsvLabels {
  return {
    header: [msg('Date'), msg('Subject'), msg('Minutes'), msg('Activity'), msg('Note')],
    activity: { practice: activityLabel('practice'), book: activityLabel('book'), 'field-trip': activityLabel('field-trip'), project: activityLabel('project'), other: activityLabel('other') },
  };
}
