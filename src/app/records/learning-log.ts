/**
 * The learning-time log a homeschool keeps: minutes by subject and date, from practice in the
 * app plus entries for learning off the screen (books, field trips, projects), exportable as CSV.
 *
 * Practice time comes from the answers' own durations, not from session start and end: a session
 * whose tab was closed never gets an end time, and a session left open overnight would log hours.
 * Each answer counts for at most MAX_MINUTES_PER_ATTEMPT (goal-projection.ts) for the same reason.
 */
import { localDay } from '../../data/day.ts';
import type { Attempt } from '../../data/records.ts';
import { attemptMinutes, shownMinutes } from '../goals/index.ts';

export const OFF_SCREEN_KINDS = ['book', 'field-trip', 'project', 'other'] as const;
export type OffScreenKind = (typeof OFF_SCREEN_KINDS)[number];
export type LogActivity = 'practice' | OffScreenKind;

/** A manual entry for learning off the screen; the data layer stores it per learner. */
export interface ManualLogEntry {
  id: string;
  learnerId: string;
  /** Local day, YYYY-MM-DD. */
  day: string;
  minutes: number;
  subject: string;
  kind: OffScreenKind;
  note: string;
}

/** One line of the log. */
export interface LogRow {
  day: string;
  subject: string;
  /** Whole minutes. */
  minutes: number;
  activity: LogActivity;
  note: string;
}

export type ManualEntryProblem = 'bad-day' | 'bad-minutes' | 'no-subject' | 'subject-too-long' | 'note-too-long' | 'bad-kind';

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MAX_SUBJECT_LENGTH = 80;
export const MAX_NOTE_LENGTH = 2000;

/** True for a real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = DAY_SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** What is wrong with a manual entry, each problem once, so the form can say so field by field. */
export function checkManualEntry(entry: Pick<ManualLogEntry, 'day' | 'minutes' | 'subject' | 'kind' | 'note'>): ManualEntryProblem[] {
  const problems: ManualEntryProblem[] = [];
  if (!isCalendarDay(entry.day)) problems.push('bad-day');
  // A day has 1,440 minutes; a longer entry is a typing slip.
  if (!Number.isInteger(entry.minutes) || entry.minutes < 1 || entry.minutes > 1440) problems.push('bad-minutes');
  if (entry.subject.trim() === '') problems.push('no-subject');
  else if (entry.subject.length > MAX_SUBJECT_LENGTH) problems.push('subject-too-long');
  if (!(OFF_SCREEN_KINDS as readonly string[]).includes(entry.kind)) problems.push('bad-kind');
  if (entry.note.length > MAX_NOTE_LENGTH) problems.push('note-too-long');
  return problems;
}

export type LogAttempt = Pick<Attempt, 'packId' | 'durationMs' | 'answeredAt'>;

export interface LogSources {
  attempts: readonly LogAttempt[];
  manualEntries: readonly ManualLogEntry[];
  /** The subject a content pack teaches, as the family reads it ("Mathematics"). */
  subjectOfPack: (packId: string) => string;
  /** Inclusive local days; omit for everything. */
  fromDay?: string;
  toDay?: string;
}

const compareText = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/**
 * The log, by day, then subject, practice before off-screen entries. Practice is one row per day
 * and subject (whole minutes, at least 1 for any time spent: see shownMinutes); manual entries stay as
 * entered, each with its note.
 */
export function buildLearningLog(sources: LogSources): LogRow[] {
  const inRange = (day: string) => (sources.fromDay === undefined || day >= sources.fromDay) && (sources.toDay === undefined || day <= sources.toDay);
  const practice = new Map<string, { day: string; subject: string; minutes: number }>();
  const subjects = new Map<string, string>();
  for (const attempt of sources.attempts) {
    const day = localDay(attempt.answeredAt);
    if (!inRange(day)) continue;
    let subject = subjects.get(attempt.packId);
    if (subject === undefined) {
      subject = sources.subjectOfPack(attempt.packId);
      subjects.set(attempt.packId, subject);
    }
    // A NUL separator cannot occur in a day or a subject name typed by a person.
    const key = `${day}\u0000${subject}`;
    const row = practice.get(key) ?? { day, subject, minutes: 0 };
    row.minutes += attemptMinutes(attempt.durationMs);
    practice.set(key, row);
  }
  const rows: LogRow[] = [];
  for (const row of practice.values()) {
    const minutes = shownMinutes(row.minutes);
    if (minutes > 0) rows.push({ day: row.day, subject: row.subject, minutes, activity: 'practice', note: '' });
  }
  for (const entry of sources.manualEntries) {
    if (inRange(entry.day)) rows.push({ day: entry.day, subject: entry.subject, minutes: entry.minutes, activity: entry.kind, note: entry.note });
  }
  const activityOrder = (activity: LogActivity) => (activity === 'practice' ? 0 : 1);
  return rows.sort(
    (left, right) =>
      compareText(left.day, right.day) ||
      compareText(left.subject, right.subject) ||
      activityOrder(left.activity) - activityOrder(right.activity),
  );
}

export interface SubjectTotal {
  subject: string;
  minutes: number;
}

/** Minutes per subject, most first (the summary line under a printed log). */
export function totalsBySubject(rows: readonly LogRow[]): SubjectTotal[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.subject, (totals.get(row.subject) ?? 0) + row.minutes);
  return [...totals]
    .map(([subject, minutes]) => ({ subject, minutes }))
    .sort((left, right) => right.minutes - left.minutes || compareText(left.subject, right.subject));
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the problem in the text. */
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\uFEFF';

/**
 * Records as RFC 4180 text: CRLF line ends, fields quoted only when they hold a comma, quote or
 * line break. The byte-order mark is optional because spreadsheet programs differ: Excel needs it
 * to read UTF-8, some other tools show it as junk.
 */
export function toCsv(records: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const lines = records.map((fields) =>
    fields.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(','),
  );
  return (options.bom ? BOM : '') + lines.map((line) => `${line}\r\n`).join('');
}

/** Parses RFC 4180 text (CRLF, LF or CR line ends; an optional BOM). Throws CsvError on malformed quoting. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let index = 0;
  // Whether the current record has begun: a lone "" is a record with one empty field.
  let started = false;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  while (index < source.length) {
    const char = source[index];
    started = true;
    if (char === '"' && field === '') {
      // A quoted field runs to the next lone quote; doubled quotes are one quote.
      const startLine = line;
      index++;
      for (;;) {
        if (index >= source.length) throw new CsvError('a quoted field is never closed', startLine);
        const inner = source[index];
        if (inner === '"') {
          if (source[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        if (inner === '\n' || (inner === '\r' && source[index + 1] !== '\n')) line++;
        field += inner;
        index++;
      }
      const next = source[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError('text follows a closing quote', line);
      }
      continue;
    }
    if (char === '"') throw new CsvError('a quote inside a field that is not quoted', line);
    if (char === ',') {
      endField();
      index++;
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(fields);
      fields = [];
      started = false;
      line++;
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      index++;
    }
  }
  // The last record may lack its line end; a trailing line end adds no empty record.
  if (started) {
    endField();
    records.push(fields);
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet formula injection (CWE-1236)

/**
 * A cell that starts with one of these is read as a formula by Excel, LibreOffice or Sheets
 * (tab and CR too: some programs skip them and then see the formula). A note typed as
 * "=HYPERLINK(...)" must open as text, never run.
 */
const FORMULA_TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet shows it as text: a leading apostrophe before a formula trigger.
 * A cell that already starts with apostrophes before a trigger gets one more, so the mapping
 * stays reversible: `restoreFormulaCell(neutraliseFormulaCell(x)) === x` for every x.
 */
export function neutraliseFormulaCell(field: string): string {
  return FORMULA_TRIGGER.test(field) ? `'${field}` : field;
}

/** Undoes neutraliseFormulaCell; any other cell (such as "'quoted'") is left as it is. */
export function restoreFormulaCell(field: string): string {
  return NEUTRALISED.test(field) ? field.slice(1) : field;
}

export const LOG_CSV_HEADER = ['Date', 'Subject', 'Minutes', 'Activity', 'Note'] as const;

/**
 * The words a CSV is written with: its column headings and each activity's name, as people read
 * them (the UI passes them in the learner's language). Dates stay YYYY-MM-DD so every spreadsheet
 * reads them as dates.
 */
export interface LogCsvLabels {
  header: readonly [string, string, string, string, string];
  activity: Readonly<Record<LogActivity, string>>;
}

export const ENGLISH_LOG_CSV_LABELS: LogCsvLabels = {
  header: LOG_CSV_HEADER,
  activity: { practice: 'Practice in Wayfind', book: 'Book', 'field-trip': 'Field trip', project: 'Project', other: 'Other' },
};

/**
 * The log as CSV for a spreadsheet. Free-text cells (subject and note, typed by people) are
 * neutralised against formula injection; the others are checked shapes that cannot start a
 * formula.
 */
export function learningLogToCsv(rows: readonly LogRow[], options: { bom?: boolean; labels?: LogCsvLabels } = {}): string {
  const labels = options.labels ?? ENGLISH_LOG_CSV_LABELS;
  const records = rows.map((row) => [
    row.day,
    neutraliseFormulaCell(row.subject),
    String(row.minutes),
    neutraliseFormulaCell(labels.activity[row.activity]),
    neutraliseFormulaCell(row.note),
  ]);
  return toCsv([[...labels.header], ...records], options);
}

/** Reads an exported log back, checking every row; the first problem is thrown as a CsvError. */
export function learningLogFromCsv(text: string, labels: LogCsvLabels = ENGLISH_LOG_CSV_LABELS): LogRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header || header.join(',') !== labels.header.join(',')) {
    throw new CsvError(`the header must be ${labels.header.join(',')}`, 1);
  }
  const byLabel = new Map(Object.entries(labels.activity).map(([key, label]) => [label, key as LogActivity]));
  return records.map((fields, position) => {
    // Line numbers here count records; a note with line breaks makes the text longer.
    const record = position + 2;
    if (fields.length !== LOG_CSV_HEADER.length) throw new CsvError(`expected ${LOG_CSV_HEADER.length} fields, found ${fields.length}`, record);
    const [day, subject, minutesText, activity, note] = fields;
    if (!isCalendarDay(day)) throw new CsvError(`"${day}" is not a date (YYYY-MM-DD)`, record);
    if (!/^\d+$/.test(minutesText)) throw new CsvError(`"${minutesText}" is not a whole number of minutes`, record);
    const activityKey = byLabel.get(restoreFormulaCell(activity));
    if (!activityKey) throw new CsvError(`"${activity}" is not an activity`, record);
    return { day, subject: restoreFormulaCell(subject), minutes: Number(minutesText), activity: activityKey, note: restoreFormulaCell(note) };
  });
}
