/** Malformed packs: each is rejected with a specific message at a specific JSON path. */
import { describe, expect, it } from 'vitest';
import { validatePack } from './load.ts';
import { preparePackForInstall } from './install.ts';
import { minimalPack } from './testing/minimal-pack.ts';

type Pack = ReturnType<typeof minimalPack>;
type Case = [label: string, mutate: (p: Pack) => unknown, path: string, message: RegExp];

const CASES: Case[] = [
  ['not JSON at all', () => '{ "id": ', '$', /not valid JSON/],
  ['an array instead of an object', () => [], '$', /must be a JSON object/],
  ['missing id', (p) => { delete p.id; return p; }, '$.id', /Missing required field "id"/],
  ['bad id characters', (p) => ({ ...p, id: 'Tiny Pack!' }), '$.id', /ids use lower-case letters/],
  ['bad version', (p) => ({ ...p, version: 'v1' }), '$.version', /major\.minor\.patch/],
  ['wrong format tag', (p) => ({ ...p, format: 'other/2' }), '$.format', /wrong kind of value/],
  ['misspelt field', (p) => { p.skills[0].prerequisits = []; return p; }, '$.skills[0].prerequisits', /Unknown field "prerequisits"/],
  ['number where text belongs', (p) => { p.skills[0].name = 3; return p; }, '$.skills[0].name', /expected string, found 3/],
  ['empty authors', (p) => ({ ...p, authors: [] }), '$.authors', /at least one author/],
  ['missing lesson', (p) => { delete p.skills[1].lesson; return p; }, '$.skills[1].lesson', /Missing required field "lesson"/],
  ['unknown item type', (p) => { p.items[0].type = 'essay'; return p; }, '$.items[0].type', /Unknown item type "essay"/],
  ['only one hint', (p) => { p.items[0].hints = ['one']; return p; }, '$.items[0].hints', /at least two hints/],
  ['missing prerequisite', (p) => { p.skills[1].prerequisites = ['thirds']; return p; }, '$.skills[1].prerequisites[0]', /Prerequisite "thirds" of skill "quarters" is not a skill/],
  ['cycle', (p) => { p.skills[0].prerequisites = ['quarters']; return p; }, '$.skills[0].prerequisites', /cycle: halves -> quarters -> halves/],
  ['self prerequisite', (p) => { p.skills[0].prerequisites = ['halves']; return p; }, '$.skills[0].prerequisites[0]', /lists itself/],
  ['duplicate skill id', (p) => { p.skills[1].id = 'halves'; p.generators[0].skill = 'halves'; p.credentials[1].requires = { skills: ['halves'], level: 'mastered' }; return p; }, '$.skills[1].id', /"halves" is used twice/],
  ['item for unknown skill', (p) => { p.items[0].skill = 'sixths'; return p; }, '$.items[0].skill', /skill "sixths", which is not in this pack/],
  ['skill without practice', (p) => ({ ...p, generators: [] }), '$.skills[1]', /no items and no generator/],
  ['unknown generator kind', (p) => { p.generators[0].kind = 'magic'; return p; }, '$.generators[0].kind', /Unknown generator kind "magic"/],
  ['bad generator parameter', (p) => { p.generators[0].params = { denominators: [8, 2] }; return p; }, '$.generators[0].params.denominators', /min <= max/],
  ['unknown generator parameter', (p) => { p.generators[0].params = { denomintors: [2, 4] }; return p; }, '$.generators[0].params.denomintors', /Unknown field/],
  ['item rejects its own answer', (p) => { Object.assign(p.items[0], { answer: '2/4', requireSimplest: true }); return p; }, '$.items[0].answer', /does not accept its own answer/],
  ['misconception equal to the answer', (p) => { p.items[0].misconceptions = [{ answer: '2/4', feedback: 'no' }]; return p; }, '$.items[0].misconceptions[0].answer', /accepted as correct/],
  ['multiple choice with unknown correct id', (p) => { p.items.push({ id: 'mc', skill: 'halves', type: 'multiple-choice', stem: 's', hints: ['a', 'b'], solution: 's', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: ['c'] }); return p; }, '$.items[2].correct[0]', /"c" is not one of the choices/],
  ['ordering with a missing entry', (p) => { p.items.push({ id: 'or', skill: 'halves', type: 'ordering', stem: 's', hints: ['a', 'b'], solution: 's', entries: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correctOrder: ['a'] }); return p; }, '$.items[2].correctOrder', /every entry id exactly once/],
  ['formula that does not parse', (p) => { p.items.push({ id: 'fx', skill: 'halves', type: 'formula', stem: 's', hints: ['a', 'b'], solution: 's', table: { rows: [[1, 2]] }, target: 'C1', answer: '=SUM(A1:B1' }); return p; }, '$.items[2].answer', /does not parse/],
  ['image without alt text', (p) => { p.skills[0].lesson = { explanation: 'See ![](data:image/png;base64,AAAA)', workedExample: 'w' }; return p; }, '$.skills[0].lesson.explanation', /has no alt text/],
  ['remote image', (p) => { p.items[0].stem = '![a bar](https://example.com/bar.png)'; return p; }, '$.items[0].stem', /not inside the pack/],
  ['script tag in text', (p) => { p.items[0].solution = 'x <script>alert(1)</script>'; return p; }, '$.items[0].solution', /<script> is not allowed/],
  ['event handler in text', (p) => { p.items[0].hints = ['<b onmouseover="alert(1)">x</b>', 'y']; return p; }, '$.items[0].hints[0]', /event handler/],
  ['javascript link', (p) => { p.description = '[click](javascript:alert(1))'; return p; }, '$.description', /not a web address/],
  ['css url load', (p) => { p.skills[1].description = '<span style="background:url(https://x.test/a.png)">x</span>'; return p; }, '$.skills[1].description', /CSS url\(\)/],
  ['credential with unknown skill', (p) => { p.credentials[0].requires = { skills: ['sixths'], level: 'mastered' }; return p; }, '$.credentials[0].requires.skills[0]', /requires skill "sixths"/],
  ['credential as a model probability', (p) => { p.credentials[0].requires = { skills: ['halves'], mastery: 0.8 }; return p; }, '$.credentials[0].requires.mastery', /model probability/],
  ['credential with an unknown level', (p) => { p.credentials[0].requires = { skills: ['halves'], level: 'familiar' }; return p; }, '$.credentials[0].requires.level', /expected \('proficient' \| 'mastered'\)/],
  ['stack with unknown credential', (p) => { p.stacks[0].requires = ['c1', 'c9']; return p; }, '$.stacks[0].requires[1]', /requires credential "c9"/],
  ['stack with one credential', (p) => { p.stacks[0].requires = ['c1']; return p; }, '$.stacks[0].requires', /at least two credentials/],
  ['unreachable credential skill', (p) => { p.skills[1].prerequisites = ['quarters']; return p; }, '$.credentials[1].requires.skills[0]', /cannot be earned/],
  ['TeX that cannot render', (p) => { p.items[0].solution = 'So $\\frac{1}{2$ it is.'; return p; }, '$.items[0].solution', /cannot be rendered/],
  ['svg asset with script', (p) => ({ ...p, assets: { 'bad.svg': 'data:image/svg+xml,%3Csvg%3E%3Cscript%3Ealert(1)%3C/script%3E%3C/svg%3E' } }), '$.assets["bad.svg"]', /contains "<script"/],
  ['translation with an unknown field', (p) => { p.items[0].l10n = { es: { stem: 'La mitad de 1', hint: ['x'] } }; return p; }, '$.items[0].l10n.es.hint', /Unknown field "hint"/],
  ['translation with fewer hints', (p) => { p.items[0].l10n = { es: { hints: ['Dos partes iguales.'] } }; return p; }, '$.items[0].l10n.es.hints', /1 hints; the main text has 2/],
  ['translation with a script', (p) => { p.items[0].l10n = { es: { solution: 'x <script>alert(1)</script>' } }; return p; }, '$.items[0].l10n.es.solution', /<script> is not allowed/],
  ['translated lesson with a remote image', (p) => { p.skills[0].l10n = { es: { lesson: { explanation: '![una barra](https://example.com/a.png)' } } }; return p; }, '$.skills[0].l10n.es.lesson.explanation', /not inside the pack/],
  ['translated misconception that is correct', (p) => { p.items[0].misconceptions = [{ answer: '2/1', feedback: 'Upside down.' }]; p.items[0].l10n = { es: { misconceptions: [{ answer: '2/4', feedback: 'Al revés.' }] } }; return p; }, '$.items[0].misconceptions[0].answer', /In "es": Misconception answer "2\/4"/],
  ['translated table that changes a number', (p) => { p.items[0].table = { rows: [['Half', 0.5]] }; p.items[0].l10n = { es: { table: { rows: [['Mitad', 0.25]] } } }; return p; }, '$.items[0].l10n.es.table', /differs from the main table/],
];

describe('malformed packs', () => {
  it('the fixture itself is valid', () => {
    const result = validatePack(minimalPack(), { generatorSeeds: 20 });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('covers at least 20 malformed packs', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES)('rejects: %s', (_label, mutate, path, message) => {
    const result = validatePack(mutate(minimalPack()), { generatorSeeds: 20 });
    expect(result.ok).toBe(false);
    expect(result.pack).toBeUndefined();
    const match = result.problems.find((p) => p.path === path && message.test(p.message));
    expect(match, `expected ${path} ${String(message)}; got ${JSON.stringify(result.problems, null, 1)}`).toBeDefined();
    expect(match!.severity).toBe('error');
    expect(match!.hint.length).toBeGreaterThan(10);
  });

  it('warns (without failing) when a spreadsheet reference is read as math', () => {
    const p = minimalPack();
    p.items[0].hints = ['Divide by $B$7 as in =B2/$B$7.', 'Or write `=B2/$B$7` in code.'];
    const result = validatePack(p, { generatorSeeds: 5 });
    expect(result.ok).toBe(true);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', path: '$.items[0].hints[0]' });
    expect(result.problems[0].message).toMatch(/read as math but runs straight into "B"/);
  });

  it('warns about a TeX backslash escaped twice', () => {
    const p = minimalPack();
    p.items[0].solution = 'It is $\\\\tfrac{1}{2}$.';
    const result = validatePack(p, { generatorSeeds: 5 });
    expect(result.ok).toBe(true);
    expect(result.problems.map((x) => [x.severity, x.path])).toEqual([['warning', '$.items[0].solution']]);
    expect(result.problems[0].message).toMatch(/before a command name/);
  });

  it('installs nothing from a bad pack, and a clean copy from a good one', () => {
    const bad = preparePackForInstall(JSON.stringify({ ...minimalPack(), version: 'x' }));
    expect(bad.ok).toBe(false);
    expect(bad.pack).toBeUndefined();
    expect(bad.problems[0].path).toBe('$.version');
    const input = minimalPack();
    const good = preparePackForInstall(input);
    expect(good.ok).toBe(true);
    expect(good.pack?.id).toBe('tiny');
    expect(good.pack).not.toBe(input);
  });
});
