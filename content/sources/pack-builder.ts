/**
 * Small helpers for writing the built-in packs as TypeScript. The shipped artifact is the JSON
 * in content/packs/ (written by build-packs.ts); these sources keep 40 skills maintainable.
 */
import type { Alignment, GeneratorSpec, Item, Skill } from '../../src/content/schema.ts';
import type { ItemTranslationText } from '../../src/content/l10n/l10n-schema.ts';

export interface SkillSource {
  skill: Skill;
  generators: GeneratorSpec[];
  items: Item[];
}

export interface SkillInput {
  id: string;
  name: string;
  description: string;
  /** The Spanish text of the skill and its lesson (items carry their own `l10n`). */
  es: { name: string; description: string; explanation?: string; workedExample?: string; resources?: { title: string; url?: string }[] };
  prerequisites: string[];
  alignments?: Alignment[];
  explanation: string;
  workedExample: string;
  resources?: { title: string; url: string }[];
  /** [kind, params] pairs; each becomes a generator for this skill. */
  generators?: [string, Record<string, unknown>][];
  /** Items without id/skill: they get ids "<skill>.<n>". */
  items?: DistributiveOmit<Item, 'id' | 'skill'>[];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function defineSkill(input: SkillInput): SkillSource {
  const skill: Skill = {
    id: input.id,
    name: input.name,
    description: input.description,
    prerequisites: input.prerequisites,
    ...(input.alignments ? { alignments: input.alignments } : {}),
    lesson: {
      explanation: input.explanation.trim(),
      workedExample: input.workedExample.trim(),
      ...(input.resources ? { resources: input.resources } : {}),
    },
    l10n: { es: {
      name: input.es.name,
      description: input.es.description,
      ...(input.es.explanation || input.es.workedExample || input.es.resources ? { lesson: {
        ...(input.es.explanation ? { explanation: input.es.explanation.trim() } : {}),
        ...(input.es.workedExample ? { workedExample: input.es.workedExample.trim() } : {}),
        ...(input.es.resources ? { resources: input.es.resources } : {}),
      } } : {}),
    } },
  };
  const generators = (input.generators ?? []).map(([kind, params], i) => ({
    id: `${input.id}.gen${i + 1}`, skill: input.id, kind, params,
  }));
  const items = (input.items ?? []).map((item, i) => ({ ...item, id: `${input.id}.${i + 1}`, skill: input.id }) as Item);
  return { skill, generators, items };
}

const CCSS_FRAMEWORK = 'Common Core State Standards for Mathematics';
const CCSS_URL = 'https://www.thecorestandards.org/Math/';

/** "3.NF.A.3d" -> the CCSS alignment with the standard's own page. */
export function ccss(code: string): Alignment {
  const m = /^(\d)\.(NF|NS)\.([A-C])\.(\d)([a-d])?$/.exec(code);
  if (!m) throw new Error(`not a CCSS code: ${code}`);
  const [, grade, domain, cluster, standard, part] = m;
  return {
    framework: CCSS_FRAMEWORK,
    frameworkUrl: CCSS_URL,
    code: `CCSS.Math.Content.${code}`,
    url: `${CCSS_URL}Content/${grade}/${domain}/${cluster}/${standard}/${part ? `${part}/` : ''}`,
  };
}

/** The Spanish lesson and items of each skill of a source file, by skill id (kept beside it as *.es.ts). */
export type SpanishSkills = Record<string, { explanation: string; workedExample: string; resources?: { title: string; url?: string }[]; items?: ItemTranslationText[] }>;

/**
 * Adds the Spanish lessons and item texts to the skills of a source file. Every skill needs its
 * Spanish lesson and every item its translation, so a new skill or item cannot ship in English only.
 */
export function withSpanish(sources: SkillSource[], spanish: SpanishSkills): SkillSource[] {
  return sources.map(({ skill, generators, items }) => {
    const es = spanish[skill.id];
    if (!es) throw new Error(`skill ${skill.id} has no Spanish lesson`);
    if ((es.items?.length ?? 0) !== items.length) throw new Error(`skill ${skill.id}: ${items.length} items but ${es.items?.length ?? 0} Spanish item texts`);
    const base = skill.l10n?.es ?? {};
    return {
      skill: { ...skill, l10n: { ...skill.l10n, es: { ...base, lesson: {
        ...base.lesson, explanation: es.explanation.trim(), workedExample: es.workedExample.trim(), ...(es.resources ? { resources: es.resources } : {}),
      } } } },
      generators,
      items: items.map((item, i) => ({ ...item, l10n: { ...item.l10n, es: es.items![i] } }) as Item),
    };
  });
}
