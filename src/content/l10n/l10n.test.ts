/** Translations in the pack format: resolving a pack for a locale, and coverage per locale. */
import { describe, expect, it } from 'vitest';
import { validatePack } from '../load.ts';
import type { Item, Pack } from '../schema.ts';
import { minimalPack } from '../testing/minimal-pack.ts';
import { checkAnswer } from '../items/check.ts';
import { localeCoverage } from './coverage.ts';
import { localizeItem, localizePack, translationFor } from './localize.ts';

const mc: Item = {
  id: 'mc', skill: 'halves', type: 'multiple-choice', stem: 'Which is a half?',
  choices: [{ id: 'a', text: 'Two equal parts', feedback: 'Yes' }, { id: 'b', text: 'Two unequal parts', feedback: 'Not equal.' }],
  correct: ['a'], hints: ['Equal parts.', 'Two of them.'], solution: 'Two equal parts.',
  l10n: { es: { stem: '¿Cuál es un medio?', choices: [{ text: 'Dos partes iguales' }, { text: 'Dos partes distintas', feedback: 'No son iguales.' }], hints: ['Partes iguales.', 'Dos.'] } },
};

describe('localizeItem', () => {
  it('replaces learner-facing text, keeps ids and answers, and falls back field by field', () => {
    const es = localizeItem(mc, 'es');
    expect(es.stem).toBe('¿Cuál es un medio?');
    expect(es.type === 'multiple-choice' && es.choices.map((c) => [c.id, c.text, c.feedback])).toEqual([['a', 'Dos partes iguales', 'Yes'], ['b', 'Dos partes distintas', 'No son iguales.']]);
    expect(es.solution).toBe('Two equal parts.');
    expect(checkAnswer(es, ['a']).correct).toBe(true);
    expect(localizeItem(mc, 'en')).toBe(mc);
  });

  it('finds a translation by base language (es-MX reads es) and adds short-text answers', () => {
    expect(translationFor({ es: 1 }, 'es-MX')).toBe(1);
    expect(translationFor({ 'es-MX': 2 }, 'es')).toBe(2);
    const st: Item = { id: 's', skill: 'halves', type: 'short-text', stem: 'Bottom number?', answers: ['denominator'], hints: ['a', 'b'], solution: 's', l10n: { es: { answers: ['denominador'] } } };
    const es = localizeItem(st, 'es');
    expect(checkAnswer(es, 'Denominador').correct).toBe(true);
    expect(checkAnswer(es, 'denominator').correct).toBe(true);
  });
});

describe('localizePack and coverage', () => {
  const base = () => validatePack(minimalPack(), { generatorSeeds: 1 }).pack!;

  it('leaves a pack without Spanish in English, and reports its coverage below 1', () => {
    const pack = { ...base(), generators: [] };
    expect(localizePack(pack, 'es')).toBe(pack);
    expect(localeCoverage(pack, 'es')).toBe(0);
    expect(localeCoverage(pack, 'en')).toBe(1);
  });

  it('counts what a generator writes in Spanish, and then shows the pack in Spanish (generated items in Spanish)', () => {
    const pack = base();
    const coverage = localeCoverage(pack, 'es');
    expect(coverage).toBeGreaterThan(0);
    expect(coverage).toBeLessThan(1);
    expect(localizePack(pack, 'es').language).toBe('es');
    expect(localizePack(pack, 'es').skills[0].name).toBe('Halves');
  });

  it('shows translations where present and marks the view with the locale', () => {
    const raw = minimalPack();
    raw.l10n = { es: { title: 'Paquete mínimo' } };
    raw.skills[0].l10n = { es: { name: 'Medios', lesson: { explanation: 'Un medio es una de dos partes iguales.' } } };
    const pack = validatePack(raw, { generatorSeeds: 1 }).pack! as Pack;
    const view = localizePack(pack, 'es');
    expect(view.language).toBe('es');
    expect(view.title).toBe('Paquete mínimo');
    expect(view.skills[0].name).toBe('Medios');
    expect(view.skills[0].lesson.explanation).toBe('Un medio es una de dos partes iguales.');
    expect(view.skills[0].lesson.workedExample).toBe(pack.skills[0].lesson.workedExample);
    expect(view.skills[1].name).toBe('Quarters');
    const coverage = localeCoverage(pack, 'es');
    expect(coverage).toBeGreaterThan(0);
    expect(coverage).toBeLessThan(1);
  });
});
