import type { Pack } from '../../../content/index.ts';
import type { MapSkill } from './skill-map-layout.ts';

/** A pack's skills in the given language, as <wf-skill-map> draws them. */
export function mapSkillsOf(pack: Pick<Pack, 'skills'>, locale: string): MapSkill[] {
  return pack.skills.map((skill) => ({ id: skill.id, name: skill.l10n?.[locale]?.name ?? skill.name, prerequisites: skill.prerequisites }));
}
