/**
 * Hostile packs, round two (issue 17): the formula engine's bounds, numbers that read as
 * infinity, names with bidirectional controls, and the size limits. Each is refused with its own
 * message at its own path, and nothing comes back to install; the hostile packs that are in fact
 * valid are checked without a crash.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from './load.ts';
import { preparePackForInstall } from './install.ts';
import { minimalPack } from './testing/minimal-pack.ts';
import { hostileFormulaPacks } from './testing/hostile-formula-packs.ts';

/** Index of the first item a case adds after the minimal pack's own items. */
const FIRST_ADDED = minimalPack().items.length;

type Pack = ReturnType<typeof minimalPack>;
type Case = [label: string, build: () => unknown, path: string, message: RegExp];

const RLO = '\u202E';
const INFINITE = '"__INFINITE__"';
/** A pack as JSON text in which the marker becomes 1e309 (JSON.stringify cannot write Infinity). */
const withInfinity = (mutate: (p: Pack) => void) => () => {
  const p = minimalPack();
  mutate(p);
  return JSON.stringify(p).replace(INFINITE, '1e309');
};
const numericItem = { id: 'n1', skill: 'halves', type: 'numeric', stem: 'Half of 10?', answer: 5, hints: ['Split in two.', 'Ten shared by two.'], solution: '5' };
const mutated = (mutate: (p: Pack) => void) => () => {
  const p = minimalPack();
  mutate(p);
  return p;
};
const bidi = /must not contain bidirectional control characters/;
const infinite = /must be a finite number/;

const CASES: Case[] = [
  ...hostileFormulaPacks().flatMap((h): Case[] => (h.expect === 'accepted' ? [] : [[h.label, () => h.pack, h.expect.path, h.expect.message]])),
  ['tolerance 1e309', withInfinity((p) => p.items.push({ ...numericItem, tolerance: '__INFINITE__' })), `$.items[${FIRST_ADDED}].tolerance`, infinite],
  ['answer 1e309', withInfinity((p) => p.items.push({ ...numericItem, answer: '__INFINITE__' })), `$.items[${FIRST_ADDED}].answer`, infinite],
  ['mastery 1e309', withInfinity((p) => { p.credentials[0].requires = { skills: ['halves'], mastery: '__INFINITE__' }; }), '$.credentials[0].requires.mastery', /0\.5 to 1|finite/],
  ['a table cell of -1e309', () => JSON.stringify(Object.assign(minimalPack(), {})).replace('"items":[', '"items":[{"id":"fx","skill":"halves","type":"formula","stem":"s","hints":["a","b"],"solution":"s","table":{"rows":[[-1e309,1]]},"target":"C1","answer":"=A1+B1"},'), '$.items[0].table.rows[0][0]', /finite|wrong kind/],
  ['right-to-left override in a skill name', mutated((p) => { p.skills[0].name = `Halves ${RLO}fdp.exe`; }), '$.skills[0].name', bidi],
  ['bidi embedding in a credential name', mutated((p) => { p.credentials[0].name = '\u202BHalves badge'; }), '$.credentials[0].name', bidi],
  ['bidi isolate in a stack name', mutated((p) => { p.stacks[0].name = 'Both \u2066x\u2069'; }), '$.stacks[0].name', bidi],
  ['right-to-left override in the pack title', mutated((p) => { p.title = `Tiny ${RLO}kcap`; }), '$.title', bidi],
  ['bidi override in a translated name', mutated((p) => { p.skills[0].l10n = { es: { name: `Medios ${RLO}x` } }; }), '$.skills[0].l10n.es.name', bidi],
  ['bidi override in an author name', mutated((p) => { p.authors = [{ name: `Ann ${RLO}Smith` }]; }), '$.authors[0].name', bidi],
  ['bidi override in a credential image description', mutated((p) => { p.credentials[0].image = { src: 'data:image/png;base64,AAAA', alt: `badge ${RLO}x` }; }), '$.credentials[0].image.alt', bidi],
  ['51 generators', mutated((p) => { p.generators = Array.from({ length: 51 }, (_, i) => ({ id: `g${i}`, skill: 'quarters', kind: 'fraction-of-bar', params: { denominators: [4, 4] } })); }), '$.generators', /at most 50 generators/],
  ['700 KB of text', mutated((p) => { p.description = 'x'.repeat(700 * 1024); }), '$', /KB of text; the limit is 640 KB/],
  ['a formula answer of 1,200 characters', mutated((p) => { p.items.push({ id: 'fx', skill: 'halves', type: 'formula', stem: 's', hints: ['a', 'b'], solution: 's', table: { rows: [[1]] }, target: 'B1', answer: `=${Array.from({ length: 400 }, () => 'A1').join('+')}` }); }), `$.items[${FIRST_ADDED}].answer`, /characters long; the limit is 1000/],
  ['an unknown error value', mutated((p) => { p.items.push({ id: 'fx', skill: 'halves', type: 'formula', stem: 's', hints: ['a', 'b'], solution: 's', table: { rows: [[1]] }, target: 'B1', answer: '=A1+#BOGUS!' }); }), `$.items[${FIRST_ADDED}].answer`, /is not a known error value/],
];

describe('hostile packs, round two', () => {
  it('has at least 20 new cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES)('refuses, and installs nothing: %s', (_label, build, path, message) => {
    const input = build();
    const result = validatePack(input, { generatorSeeds: 5 });
    expect(result.ok).toBe(false);
    expect(result.pack).toBeUndefined();
    const match = result.problems.find((p) => p.path === path && message.test(p.message));
    expect(match, `expected ${path} ${String(message)}; got ${JSON.stringify(result.problems.slice(0, 5), null, 1)}`).toBeDefined();
    expect(match!.severity).toBe('error');
    expect(match!.hint.length).toBeGreaterThan(10);
    const prepared = preparePackForInstall(typeof input === 'string' ? JSON.parse(input) : input);
    expect(prepared.ok).toBe(false);
    expect(prepared.pack).toBeUndefined();
  });

  it.each(hostileFormulaPacks().filter((h) => h.expect === 'accepted'))('checks without a crash: $label', (h) => {
    const result = validatePack(JSON.stringify(h.pack), { generatorSeeds: 5 });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
