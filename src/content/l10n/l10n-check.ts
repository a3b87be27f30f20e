/**
 * content:check for translations: lists line up with the main text (same number of hints,
 * choices, entries, misconceptions, resources), a translated table keeps its numbers and
 * formulas, every translated text passes the same safety and TeX lints as the main text, and an
 * item still accepts its own answer and rejects its misconceptions when shown in that language.
 */
import { lintMarkdown } from '../content-safety.ts';
import { error, type PathPart, type Problem } from '../problems.ts';
import type { Item, Pack } from '../schema.ts';
import type { Table } from '../table-schema.ts';
import { lintTex, itemTexts } from '../tex-lint.ts';
import { localizeItem, localizeSkill } from './localize.ts';

type ItemCheck = (item: Item, at: PathPart[], locale: string) => Problem[];

function sameLength(problems: Problem[], path: PathPart[], translated: readonly unknown[] | undefined, main: readonly unknown[] | undefined, what: string): void {
  if (translated === undefined) return;
  const expected = main?.length ?? 0;
  if (translated.length !== expected) {
    problems.push(error(path, `This translation has ${translated.length} ${what}; the main text has ${expected}.`, `Translate each of the ${expected} ${what} in the same order (they are matched by position).`));
  }
}

function sameTable(problems: Problem[], path: PathPart[], translated: Table | undefined, main: Table | undefined): void {
  if (!translated) return;
  const cellsDiffer = !main || translated.rows.length !== main.rows.length || translated.rows.some((row, r) => row.length !== main.rows[r].length
    || row.some((cell, c) => {
      const original = main.rows[r][c];
      const isText = (x: unknown) => typeof x === 'string' && !x.startsWith('=');
      return isText(original) ? !isText(cell) : JSON.stringify(cell) !== JSON.stringify(original);
    }));
  if (cellsDiffer) problems.push(error(path, 'The translated table differs from the main table in more than its text.', 'Keep the same rows and columns, numbers, dates and formulas; translate only the text cells.'));
}

/** The structural and lint checks of one item's translations, then the answer checks in each locale. */
export function checkItemTranslations(item: Item, at: PathPart[], assets: Pack['assets'], checkItem: ItemCheck, options = { lint: true }): Problem[] {
  const problems: Problem[] = [];
  for (const [locale, t] of Object.entries(item.l10n ?? {})) {
    const here: PathPart[] = [...at, 'l10n', locale];
    sameLength(problems, [...here, 'hints'], t.hints, item.hints, 'hints');
    sameLength(problems, [...here, 'misconceptions'], t.misconceptions, item.misconceptions, 'misconceptions');
    sameLength(problems, [...here, 'choices'], t.choices, item.type === 'multiple-choice' ? item.choices : undefined, 'choices');
    sameLength(problems, [...here, 'entries'], t.entries, item.type === 'ordering' ? item.entries : undefined, 'entries');
    if (t.answers && item.type !== 'short-text') problems.push(error([...here, 'answers'], '"answers" translates the accepted answers of a short-text item only.', 'Remove it.'));
    if (t.unitAliases && item.type !== 'numeric') problems.push(error([...here, 'unitAliases'], '"unitAliases" belongs to numeric items only.', 'Remove it.'));
    sameTable(problems, [...here, 'table'], t.table, item.table);
    if (t.choices?.some((c, i) => c.feedback && !(item.type === 'multiple-choice' && item.choices[i]?.feedback))) {
      problems.push(error([...here, 'choices'], 'A translated choice has feedback that the main choice lacks.', 'Give the main choice its feedback too, or remove it from the translation.'));
    }
    const texts: [string, PathPart[]][] = [
      ...(t.stem ? [[t.stem, [...here, 'stem']] as [string, PathPart[]]] : []),
      ...(t.solution ? [[t.solution, [...here, 'solution']] as [string, PathPart[]]] : []),
      ...(t.readAloud ? [[t.readAloud, [...here, 'readAloud']] as [string, PathPart[]]] : []),
      ...itemTexts({ stem: '', solution: '', hints: t.hints ?? [], misconceptions: t.misconceptions, choices: t.choices, entries: t.entries }, here).slice(2),
    ];
    if (options.lint) for (const [text, path] of texts) problems.push(...lintMarkdown(text, path, assets), ...lintTex(text, path));
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(...checkItem(localizeItem(item, locale), at, locale).map((p) => ({ ...p, message: `In "${locale}": ${p.message}` })));
    }
  }
  return problems;
}

/** Translations of the pack, its skills (lessons), credentials and stacks. */
export function checkPackTranslations(pack: Pack): Problem[] {
  const problems: Problem[] = [];
  const lint = (text: string | undefined, path: PathPart[]) => {
    if (text) problems.push(...lintMarkdown(text, path, pack.assets), ...lintTex(text, path));
  };
  for (const [locale, t] of Object.entries(pack.l10n ?? {})) lint(t.description, ['l10n', locale, 'description']);
  pack.skills.forEach((skill, i) => {
    for (const [locale, t] of Object.entries(skill.l10n ?? {})) {
      const here: PathPart[] = ['skills', i, 'l10n', locale];
      lint(t.description, [...here, 'description']);
      lint(t.lesson?.explanation, [...here, 'lesson', 'explanation']);
      lint(t.lesson?.workedExample, [...here, 'lesson', 'workedExample']);
      sameLength(problems, [...here, 'lesson', 'resources'], t.lesson?.resources, skill.lesson.resources, 'resources');
      // Resolving must not throw on a well-formed translation.
      localizeSkill(skill, locale);
    }
  });
  const ncred = pack.credentials?.length ?? 0;
  [...(pack.credentials ?? []), ...(pack.stacks ?? [])].forEach((entry, i) => {
    const field = i < ncred ? 'credentials' : 'stacks';
    const index = i < ncred ? i : i - ncred;
    for (const [locale, t] of Object.entries(entry.l10n ?? {})) {
      const here: PathPart[] = [field, index, 'l10n', locale];
      lint(t.description, [...here, 'description']);
      lint(t.criteria, [...here, 'criteria']);
      if (t.image && !entry.image) problems.push(error([...here, 'image'], `"${entry.id}" has no image, so its alt text cannot be translated.`, 'Remove "image" from the translation.'));
    }
  });
  return problems;
}
