/**
 * The one place pack text is resolved for a locale. `localizePack` returns the pack as a learner
 * of that locale sees it: the same shape, ids, answers and settings, with every learner-facing
 * field replaced by its translation where the pack has one and left in the main language where it
 * has not. `language` becomes the locale when any translation was used, so read-aloud voices,
 * answer parsing and generated items follow it. The `l10n` blocks stay on the objects.
 */
import type { Credential, Item, Pack, Skill, Stack } from '../schema.ts';
import { GENERATOR_KINDS } from '../generators/registry.ts';

/** Base language of a BCP 47 tag: "es-MX" -> "es". */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/** The translation for `locale` in an l10n block: the exact tag first, else one of the same base language. */
export function translationFor<T>(l10n: Readonly<Record<string, T>> | undefined, locale: string): T | undefined {
  if (!l10n) return undefined;
  if (Object.hasOwn(l10n, locale)) return l10n[locale];
  const base = baseLanguage(locale);
  const key = Object.keys(l10n).find((tag) => baseLanguage(tag) === base);
  return key === undefined ? undefined : l10n[key];
}

/** Whether text in `language` needs no translation for a learner of `locale`. */
export const sameLanguage = (language: string, locale: string): boolean => baseLanguage(language) === baseLanguage(locale);

const pick = <T>(translated: T | undefined, main: T): T => translated ?? main;

export function localizeSkill(skill: Skill, locale: string): Skill {
  const t = translationFor(skill.l10n, locale);
  if (!t) return skill;
  const lt = t.lesson;
  const resources = skill.lesson.resources?.map((r, i) => ({ title: pick(lt?.resources?.[i]?.title, r.title), url: pick(lt?.resources?.[i]?.url, r.url) }));
  return {
    ...skill,
    name: pick(t.name, skill.name),
    description: pick(t.description, skill.description),
    lesson: {
      ...skill.lesson,
      explanation: pick(lt?.explanation, skill.lesson.explanation),
      workedExample: pick(lt?.workedExample, skill.lesson.workedExample),
      ...(resources ? { resources } : {}),
      ...(skill.lesson.readAloud || lt?.readAloud ? { readAloud: pick(lt?.readAloud, skill.lesson.readAloud) } : {}),
    },
  };
}

export function localizeItem<I extends Item>(item: I, locale: string): I {
  const t = translationFor(item.l10n, locale);
  if (!t) return item;
  const out: Item = {
    ...item,
    stem: pick(t.stem, item.stem),
    hints: item.hints.map((h, i) => pick(t.hints?.[i], h)),
    solution: pick(t.solution, item.solution),
    ...(item.misconceptions ? { misconceptions: item.misconceptions.map((m, i) => ({
      answer: pick(t.misconceptions?.[i]?.answer, m.answer),
      feedback: pick(t.misconceptions?.[i]?.feedback, m.feedback),
    })) } : {}),
    ...(item.readAloud || t.readAloud ? { readAloud: pick(t.readAloud, item.readAloud) } : {}),
    ...(item.table || t.table ? { table: pick(t.table, item.table) } : {}),
  } as Item;
  switch (out.type) {
    case 'multiple-choice':
      out.choices = out.choices.map((c, i) => {
        const tc = t.choices?.[i];
        const feedback = pick(tc?.feedback, c.feedback);
        return { id: c.id, text: pick(tc?.text, c.text), ...(feedback ? { feedback } : {}) };
      });
      break;
    case 'ordering':
      out.entries = out.entries.map((e, i) => ({ id: e.id, text: pick(t.entries?.[i]?.text, e.text) }));
      break;
    case 'short-text':
      // Answers in the learner's language first; the main ones stay accepted (a bilingual learner).
      if (t.answers) out.answers = [...new Set([...t.answers, ...out.answers])];
      break;
    case 'numeric':
      if (t.unitAliases) out.unitAliases = [...new Set([...(out.unitAliases ?? []), ...t.unitAliases])];
      break;
    default:
      break;
  }
  return out as I;
}

export function localizeCredential<C extends Credential | Stack>(entry: C, locale: string): C {
  const t = translationFor(entry.l10n, locale);
  if (!t) return entry;
  return {
    ...entry,
    name: pick(t.name, entry.name),
    description: pick(t.description, entry.description),
    criteria: pick(t.criteria, entry.criteria),
    ...(entry.image ? { image: { ...entry.image, alt: pick(t.image?.alt, entry.image.alt) } } : {}),
  };
}

/** Whether the pack has any text at all for `locale`: its own language, a translation, or a generator kind that writes it. */
export function packSpeaks(pack: Pack, locale: string): boolean {
  if (sameLanguage(pack.language, locale)) return true;
  const has = (entry: { l10n?: Record<string, unknown> }) => translationFor(entry.l10n, locale) !== undefined;
  const writes = (kind: string) => (GENERATOR_KINDS.get(kind)?.locales ?? []).some((l) => sameLanguage(l, locale));
  return has(pack) || pack.skills.some(has) || (pack.items ?? []).some(has) || (pack.credentials ?? []).some(has)
    || (pack.stacks ?? []).some(has) || (pack.generators ?? []).some((spec) => writes(spec.kind));
}

/**
 * The pack as a learner of `locale` sees it. Generated items are localized by the caller that
 * makes them (`localizeItem(generateItem(spec, seed), view.language)`), since a pack holds only
 * their recipes.
 */
export function localizePack(pack: Pack, locale: string): Pack {
  if (sameLanguage(pack.language, locale) || !packSpeaks(pack, locale)) return pack;
  const t = translationFor(pack.l10n, locale);
  return {
    ...pack,
    language: locale,
    title: pick(t?.title, pack.title),
    description: pick(t?.description, pack.description),
    skills: pack.skills.map((s) => localizeSkill(s, locale)),
    ...(pack.items ? { items: pack.items.map((i) => localizeItem(i, locale)) } : {}),
    ...(pack.credentials ? { credentials: pack.credentials.map((c) => localizeCredential(c, locale)) } : {}),
    ...(pack.stacks ? { stacks: pack.stacks.map((s) => localizeCredential(s, locale)) } : {}),
  };
}
