/**
 * Checks beyond the shape of a pack: unique ids, references between skills, items, generators,
 * credentials and stacks, the skill graph, each item answerable by its own answer, generators
 * run over many seeds, and the Markdown safety lint.
 */
import * as v from 'valibot';
import { isPackInternalImage, lintAsset, lintMarkdown } from './content-safety.ts';
import { GENERATOR_KINDS, checkGeneratorParams, generateItem } from './generators/registry.ts';
import { checkSkillGraph } from './graph.ts';
import { itemTexts, lintTex } from './tex-lint.ts';
import { checkAnswer, expectedResponse } from './items/check.ts';
import { error, problemFromIssue, type PathPart, type Problem } from './problems.ts';
import { ItemSchema, type Item, type Pack } from './schema.ts';
import { Sheet, evaluateFormula } from './formula/evaluate.ts';
import { checkItemTranslations, checkPackTranslations } from './l10n/l10n-check.ts';

export interface SemanticOptions {
  /** How many seeds to run per generator (content:check uses 200). */
  generatorSeeds: number;
}

export function checkPackMeaning(pack: Pack, options: SemanticOptions): Problem[] {
  const problems: Problem[] = [];
  const skillIds = new Set(pack.skills.map((s) => s.id));
  const credentialIds = new Set((pack.credentials ?? []).map((c) => c.id));

  duplicates(pack.skills, 'skills', problems);
  duplicates([...(pack.items ?? []), ...(pack.generators ?? [])], 'items', problems, pack.items?.length ?? 0);
  duplicates([...(pack.credentials ?? []), ...(pack.stacks ?? [])], 'credentials', problems, pack.credentials?.length ?? 0);

  const graph = checkSkillGraph(pack.skills);
  problems.push(...graph.problems);

  const practised = new Set<string>();
  (pack.items ?? []).forEach((item, i) => {
    const at: PathPart[] = ['items', i];
    if (!skillIds.has(item.skill)) problems.push(error([...at, 'skill'], `Item "${item.id}" is for skill "${item.skill}", which is not in this pack.`, 'Use the id of one of the pack\'s skills.'));
    practised.add(item.skill);
    problems.push(...checkItem(item, at));
    problems.push(...checkItemTranslations(item, at, pack.assets, checkItem));
  });
  (pack.generators ?? []).forEach((spec, i) => {
    const at: PathPart[] = ['generators', i];
    if (!skillIds.has(spec.skill)) problems.push(error([...at, 'skill'], `Generator "${spec.id}" is for skill "${spec.skill}", which is not in this pack.`, 'Use the id of one of the pack\'s skills.'));
    practised.add(spec.skill);
    problems.push(...checkGenerator(spec, at, options.generatorSeeds));
  });
  pack.skills.forEach((skill, i) => {
    if (!practised.has(skill.id)) problems.push(error(['skills', i], `Skill "${skill.id}" has no items and no generator.`, 'Add items (or a generator) for it: mastery, and so credentials, are measured by practice.'));
  });

  const itemsPerSkill = new Map<string, number>();
  for (const item of pack.items ?? []) itemsPerSkill.set(item.skill, (itemsPerSkill.get(item.skill) ?? 0) + 1);
  const generated = new Set((pack.generators ?? []).map((spec) => spec.skill));
  (pack.credentials ?? []).forEach((credential, i) => {
    if (credential.requires.mastery !== undefined) {
      problems.push(error(['credentials', i, 'requires', 'mastery'], `Credential "${credential.id}" states its criterion as a model probability (${credential.requires.mastery}), which the model may never reach.`, 'State it as a level instead: "level": "mastered" (or "proficient"), and remove "mastery".'));
    }
    credential.requires.skills.forEach((id, j) => {
      if (skillIds.has(id) && !generated.has(id) && (itemsPerSkill.get(id) ?? 0) < MIN_ITEMS_FOR_LEVEL) {
        problems.push(error(['credentials', i, 'requires', 'skills', j], `Credential "${credential.id}" cannot be earned: skill "${id}" has ${itemsPerSkill.get(id) ?? 0} item(s), and a level needs correct answers on at least ${MIN_ITEMS_FOR_LEVEL} different items.`, 'Give that skill more items or a generator.'));
      }
      const at = ['credentials', i, 'requires', 'skills', j];
      if (!skillIds.has(id)) problems.push(error(at, `Credential "${credential.id}" requires skill "${id}", which is not in this pack.`, 'Use the id of one of the pack\'s skills.'));
      else if (!graph.reachable.has(id) || !practised.has(id)) problems.push(error(at, `Credential "${credential.id}" cannot be earned: skill "${id}" cannot be reached or practised.`, 'Fix that skill\'s prerequisites and give it items.'));
    });
  });
  (pack.stacks ?? []).forEach((stack, i) => {
    stack.requires.forEach((id, j) => {
      if (!credentialIds.has(id)) problems.push(error(['stacks', i, 'requires', j], `Stack "${stack.id}" requires credential "${id}", which is not in this pack.`, `Use credential ids from "credentials" (${[...credentialIds].join(', ') || 'none yet'}).`));
    });
    if (new Set(stack.requires).size !== stack.requires.length) problems.push(error(['stacks', i, 'requires'], `Stack "${stack.id}" lists a credential twice.`, 'List each credential once.'));
  });

  problems.push(...lintTexts(pack));
  problems.push(...checkPackTranslations(pack));
  for (const [name, url] of Object.entries(pack.assets ?? {})) problems.push(...lintAsset(name, url));
  return problems;
}

/**
 * Different items a skill needs for "proficient" or "mastered" (the app's rule asks for correct
 * answers on at least 2 different items; src/app/practice/mastery.ts).
 */
export const MIN_ITEMS_FOR_LEVEL = 2;

function duplicates(list: readonly { id: string }[], field: string, problems: Problem[], split = list.length): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const path: PathPart[] = i < split ? [field, i, 'id'] : [field === 'items' ? 'generators' : 'stacks', i - split, 'id'];
    if (seen.has(entry.id)) problems.push(error(path, `The id "${entry.id}" is used twice.`, 'Give every skill, item, generator, credential and stack its own id.'));
    seen.add(entry.id);
  });
}

/** Structural checks of one item, then: its own answer must be accepted, and no misconception may be. */
export function checkItem(item: Item, at: PathPart[], locale = 'en'): Problem[] {
  const problems: Problem[] = [];
  if (item.type === 'multiple-choice') {
    const ids = item.choices.map((c) => c.id);
    if (new Set(ids).size !== ids.length) problems.push(error([...at, 'choices'], `Item "${item.id}" has two choices with the same id.`, 'Give each choice its own id.'));
    item.correct.forEach((id, j) => {
      if (!ids.includes(id)) problems.push(error([...at, 'correct', j], `Correct choice "${id}" is not one of the choices of item "${item.id}".`, `Use one of: ${ids.join(', ')}.`));
    });
  }
  if (item.type === 'ordering') {
    const ids = item.entries.map((e) => e.id);
    const sorted = (l: string[]) => [...l].sort().join('|');
    if (sorted(ids) !== sorted(item.correctOrder) || new Set(ids).size !== ids.length) {
      problems.push(error([...at, 'correctOrder'], `"correctOrder" of item "${item.id}" must list every entry id exactly once.`, `Use each of ${ids.join(', ')} once.`));
    }
  }
  if (item.type === 'formula') {
    const reference = evaluateFormula(item.answer, new Sheet(item.table));
    if (!reference.ok) return [...problems, error([...at, 'answer'], `The answer formula of item "${item.id}" does not parse: ${reference.message}`, 'Correct the formula.')];
  }
  if (problems.length) return problems;
  let own;
  try {
    own = checkAnswer(item, expectedResponse(item), { locale });
  } catch (e) {
    return [error([...at, 'answer'], `Item "${item.id}" cannot be checked: ${(e as Error).message}.`, 'Write the answer in the form this item type expects (see content/README.md).')];
  }
  if (!own.correct) problems.push(error([...at, item.type === 'multiple-choice' ? 'correct' : item.type === 'ordering' ? 'correctOrder' : item.type === 'short-text' ? 'answers' : 'answer'],
    `Item "${item.id}" does not accept its own answer${own.feedback ? `: ${own.feedback}` : ''}.`, 'Make the answer agree with the item\'s settings (e.g. simplest form, unit, choice ids).'));
  item.misconceptions?.forEach((m, j) => {
    if (item.type === 'multiple-choice' || item.type === 'ordering') return;
    if (checkAnswer(item, m.answer, { locale }).correct) problems.push(error([...at, 'misconceptions', j, 'answer'], `Misconception answer "${m.answer}" of item "${item.id}" is accepted as correct.`, 'A misconception must be a wrong answer: correct it or remove it.'));
  });
  return problems;
}

function checkGenerator(spec: Pack['generators'] extends (infer G)[] | undefined ? G : never, at: PathPart[], seeds: number): Problem[] {
  const params = checkGeneratorParams(spec);
  if (!params) return [error([...at, 'kind'], `Unknown generator kind "${spec.kind}".`, `Use one of: ${[...GENERATOR_KINDS.keys()].join(', ')}.`)];
  if (!params.ok) return params.issues.map((issue) => {
    const p = problemFromIssue(issue);
    return { ...p, path: p.path.replace(/^\$/, `$.generators[${String(at[1])}].params`) };
  });
  const warnings = new Map<string, Problem>();
  for (let seed = 0; seed < seeds; seed++) {
    let item: Item;
    try {
      item = generateItem(spec, seed);
    } catch (e) {
      return [error(at, `Generator "${spec.id}" failed for seed ${seed}: ${(e as Error).message}.`, 'Adjust the parameters (ranges too narrow or inconsistent?).')];
    }
    const shape = v.safeParse(ItemSchema, item);
    if (!shape.success) return [error(at, `Generator "${spec.id}" made a malformed item for seed ${seed}: ${problemFromIssue(shape.issues[0]).message}`, 'Adjust the parameters; if they are sensible, this is a bug in the generator kind.')];
    // Generated text is checked for TeX a generator could get wrong (the first seeds are enough).
    const texProblems = seed < 20 ? itemTexts(shape.output, at).flatMap(([text, path]) => lintTex(text, path)) : [];
    const translated = checkItemTranslations(shape.output, at, undefined, checkItem, { lint: seed < 20 });
    const found = [...checkItem(shape.output, at), ...texProblems, ...translated].map((p) => ({ ...p, message: `Seed ${seed}: ${p.message}` }));
    if (found.some((p) => p.severity === 'error')) return found;
    for (const w of found) if (!warnings.has(w.path)) warnings.set(w.path, w);
  }
  return [...warnings.values()];
}

/** Every Markdown field of the pack, with its path, through the safety lint. */
function lintTexts(pack: Pack): Problem[] {
  const out: Problem[] = [];
  const lint = (text: string | undefined, path: PathPart[]) => {
    if (text) out.push(...lintMarkdown(text, path, pack.assets), ...lintTex(text, path));
  };
  lint(pack.description, ['description']);
  pack.skills.forEach((s, i) => {
    lint(s.description, ['skills', i, 'description']);
    lint(s.lesson.explanation, ['skills', i, 'lesson', 'explanation']);
    lint(s.lesson.workedExample, ['skills', i, 'lesson', 'workedExample']);
  });
  (pack.items ?? []).forEach((item, i) => {
    for (const [text, path] of itemTexts(item, ['items', i])) lint(text, path);
  });
  [...(pack.credentials ?? []), ...(pack.stacks ?? [])].forEach((c, i) => {
    const field = i < (pack.credentials?.length ?? 0) ? 'credentials' : 'stacks';
    const index = field === 'credentials' ? i : i - (pack.credentials?.length ?? 0);
    lint(c.description, [field, index, 'description']);
    lint(c.criteria, [field, index, 'criteria']);
    if (c.image && !isPackInternalImage(c.image.src, pack.assets)) {
      out.push(error([field, index, 'image', 'src'], `The image of "${c.id}" is not inside the pack.`, 'Use a data: image URL or a key of the pack\'s "assets".'));
    }
  });
  return out;
}
