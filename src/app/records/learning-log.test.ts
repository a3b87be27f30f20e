import { describe, expect, it } from 'vitest';
import {
  CsvError,
  buildLearningLog,
  checkManualEntry,
  isCalendarDay,
  learningLogFromCsv,
  learningLogToCsv,
  neutraliseFormulaCell,
  parseCsv,
  restoreFormulaCell,
  toCsv,
  totalsBySubject,
  type LogAttempt,
  type LogRow,
  type ManualLogEntry,
} from './learning-log.ts';

const at = (day: number, hour: number) => new Date(2026, 8, day, hour).getTime();
const answer = (packId: string, day: number, seconds: number, hour = 10): LogAttempt => ({ packId, answeredAt: at(day, hour), durationMs: seconds * 1000 });
const SUBJECTS: Record<string, string> = { fractions: 'Mathematics', decimals: 'Mathematics', spreadsheets: 'Computing' };
const subjectOfPack = (packId: string) => SUBJECTS[packId] ?? 'Other';

const manual = (day: string, minutes: number, subject: string, kind: ManualLogEntry['kind'], note: string): ManualLogEntry => ({
  id: `${day}-${subject}`,
  learnerId: 'ana',
  day,
  minutes,
  subject,
  kind,
  note,
});

describe('buildLearningLog', () => {
  const attempts = [
    ...Array.from({ length: 10 }, () => answer('fractions', 1, 60)),
    ...Array.from({ length: 5 }, () => answer('decimals', 1, 60, 15)),
    ...Array.from({ length: 4 }, () => answer('spreadsheets', 2, 90)),
    // Twenty seconds of practice happened: it shows as 1 minute, never as 0.
    answer('fractions', 3, 20),
    // Left open for three hours: counts as ten minutes.
    answer('fractions', 4, 3 * 3600),
  ];
  const entries = [
    manual('2026-09-02', 45, 'History', 'field-trip', 'Museum, "Romans" gallery'),
    manual('2026-09-01', 30, 'Mathematics', 'book', 'Read ch. 3'),
  ];

  it('groups practice by day and subject and keeps manual entries as entered', () => {
    expect(buildLearningLog({ attempts, manualEntries: entries, subjectOfPack })).toEqual([
      { day: '2026-09-01', subject: 'Mathematics', minutes: 15, activity: 'practice', note: '' },
      { day: '2026-09-01', subject: 'Mathematics', minutes: 30, activity: 'book', note: 'Read ch. 3' },
      { day: '2026-09-02', subject: 'Computing', minutes: 6, activity: 'practice', note: '' },
      { day: '2026-09-02', subject: 'History', minutes: 45, activity: 'field-trip', note: 'Museum, "Romans" gallery' },
      { day: '2026-09-03', subject: 'Mathematics', minutes: 1, activity: 'practice', note: '' },
      { day: '2026-09-04', subject: 'Mathematics', minutes: 10, activity: 'practice', note: '' },
    ]);
  });

  it('limits the log to a range of days', () => {
    const rows = buildLearningLog({ attempts, manualEntries: entries, subjectOfPack, fromDay: '2026-09-02', toDay: '2026-09-03' });
    expect(rows.map((row) => `${row.day} ${row.subject}`)).toEqual(['2026-09-02 Computing', '2026-09-02 History', '2026-09-03 Mathematics']);
  });

  it('totals minutes by subject, most first', () => {
    const rows = buildLearningLog({ attempts, manualEntries: entries, subjectOfPack });
    expect(totalsBySubject(rows)).toEqual([
      { subject: 'Mathematics', minutes: 56 },
      { subject: 'History', minutes: 45 },
      { subject: 'Computing', minutes: 6 },
    ]);
  });
});

describe('checkManualEntry', () => {
  const good = { day: '2026-09-01', minutes: 30, subject: 'Art', kind: 'project' as const, note: '' };
  it.each([
    ['a good entry', good, []],
    ['an impossible date', { ...good, day: '2026-02-30' }, ['bad-day']],
    ['a date in another format', { ...good, day: '01/09/2026' }, ['bad-day']],
    ['zero minutes', { ...good, minutes: 0 }, ['bad-minutes']],
    ['more than a day', { ...good, minutes: 1441 }, ['bad-minutes']],
    ['fractional minutes', { ...good, minutes: 2.5 }, ['bad-minutes']],
    ['a blank subject', { ...good, subject: '  ' }, ['no-subject']],
    ['an overlong subject and note', { ...good, subject: 'x'.repeat(81), note: 'y'.repeat(2001) }, ['subject-too-long', 'note-too-long']],
    ['an unknown kind', { ...good, kind: 'nap' as never }, ['bad-kind']],
  ])('%s', (_label, entry, problems) => {
    expect(checkManualEntry(entry)).toEqual(problems);
  });

  it('knows leap days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
  });
});

describe('CSV', () => {
  it.each([
    ['plain fields', [['a', 'b'], ['c', 'd']], 'a,b\r\nc,d\r\n'],
    ['commas, quotes and line breaks are quoted', [['x,y', 'say "hi"', 'two\nlines']], '"x,y","say ""hi""","two\nlines"\r\n'],
    ['empty fields', [['', 'b', '']], ',b,\r\n'],
  ])('writes %s', (_label, records, text) => {
    expect(toCsv(records)).toBe(text);
    expect(parseCsv(text)).toEqual(records);
  });

  it.each([
    ['LF line ends', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['CR line ends', 'a,b\rc,d', [['a', 'b'], ['c', 'd']]],
    ['no final line end', 'a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a byte-order mark', '\uFEFFa,b\r\n', [['a', 'b']]],
    ['a lone empty quoted field', '""', [['']]],
    ['a trailing empty field', 'a,', [['a', '']]],
    ['CRLF inside quotes', '"one\r\ntwo",x\r\n', [['one\r\ntwo', 'x']]],
  ])('reads %s', (_label, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it.each([
    ['an unclosed quote', 'a,b\r\n"open,c\r\n', 2],
    ['text after a closing quote', '"a"b,c', 1],
    ['a quote inside an unquoted field', 'a,b\r\nab"c,d', 2],
  ])('refuses %s, naming the line', (_label, text, line) => {
    const thrown = (() => {
      try {
        parseCsv(text);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(CsvError);
    expect((thrown as CsvError).line).toBe(line);
  });
});

describe('learning log CSV', () => {
  const rows: LogRow[] = [
    { day: '2026-09-01', subject: 'Mathematics', minutes: 15, activity: 'practice', note: '' },
    { day: '2026-09-02', subject: 'History', minutes: 45, activity: 'field-trip', note: 'Museum, "Romans" gallery\nthen lunch' },
    { day: '2026-09-03', subject: 'Español', minutes: 20, activity: 'book', note: 'Leímos «El Principito» — ¡genial! 📚' },
    { day: '2026-09-04', subject: 'Art, crafts', minutes: 90, activity: 'project', note: 'Line one\r\nLine "two", ends' },
    { day: '2026-09-05', subject: '日本語', minutes: 5, activity: 'other', note: '"' },
  ];

  it.each([false, true])('parses back to the same rows (BOM %s)', (bom) => {
    const text = learningLogToCsv(rows, { bom });
    expect(text.startsWith('\uFEFF')).toBe(bom);
    expect(text.replace('\uFEFF', '').split('\r\n')[0]).toBe('Date,Subject,Minutes,Activity,Note');
    expect(learningLogFromCsv(text)).toEqual(rows);
  });

  it('survives UTF-8 encoding as bytes, the way a file is saved', () => {
    const bytes = new TextEncoder().encode(learningLogToCsv(rows, { bom: true }));
    expect(learningLogFromCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))).toEqual(rows);
  });

  it.each([
    ['a wrong header', 'Day,Subject,Minutes,Activity,Note\r\n', /header/],
    ['a missing field', 'Date,Subject,Minutes,Activity,Note\r\n2026-09-01,Maths,5,practice\r\n', /Line 2: expected 5 fields/],
    ['a bad date', 'Date,Subject,Minutes,Activity,Note\r\n2026-13-01,Maths,5,practice,\r\n', /not a date/],
    ['bad minutes', 'Date,Subject,Minutes,Activity,Note\r\n2026-09-01,Maths,-5,practice,\r\n', /whole number/],
    ['an unknown activity', 'Date,Subject,Minutes,Activity,Note\r\n2026-09-01,Maths,5,nap,\r\n', /activity/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => learningLogFromCsv(text)).toThrow(message);
  });
});

describe('spreadsheet formula injection', () => {
  const hostile: LogRow[] = [
    { day: '2026-09-06', subject: '=1+1', minutes: 10, activity: 'book', note: '=HYPERLINK("http://evil.example","click")' },
    { day: '2026-09-06', subject: '+SUM(A1:A9)', minutes: 10, activity: 'book', note: '-2+3' },
    { day: '2026-09-06', subject: '@cmd', minutes: 10, activity: 'other', note: '\t=1+1' },
    { day: '2026-09-06', subject: 'Maths', minutes: 10, activity: 'other', note: '\r=1+1' },
    // Already starts with apostrophes: must still come back exactly as typed.
    { day: '2026-09-06', subject: "'=quoted", minutes: 10, activity: 'other', note: "''-x" },
    // An apostrophe before harmless text is left alone.
    { day: '2026-09-06', subject: "'Tis the season", minutes: 10, activity: 'other', note: "rock 'n' roll = fun" },
  ];

  it('writes every free-text cell that could start a formula with a leading apostrophe', () => {
    const cells = parseCsv(learningLogToCsv(hostile)).slice(1);
    for (const [day, subject, minutes, activity, note] of cells) {
      for (const cell of [day, subject, minutes, activity, note]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells[0][1]).toBe("'=1+1");
    expect(cells[0][4]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(cells[1][4]).toBe("'-2+3");
    expect(cells[2][1]).toBe("'@cmd");
    expect(cells[2][4]).toBe("'\t=1+1");
    expect(cells[3][4]).toBe("'\r=1+1");
    expect(cells[4][1]).toBe("''=quoted");
    expect(cells[5][1]).toBe("'Tis the season");
    expect(cells[5][4]).toBe("rock 'n' roll = fun");
  });

  it('parses back to exactly the rows that were exported', () => {
    expect(learningLogFromCsv(learningLogToCsv(hostile, { bom: true }))).toEqual(hostile);
  });

  it.each(['=x', "'=x", "''+x", '@', 'plain', "'plain", '', "'", '-'])('restore undoes neutralise for %j', (text) => {
    expect(restoreFormulaCell(neutraliseFormulaCell(text))).toBe(text);
  });
});
