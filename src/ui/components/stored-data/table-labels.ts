import { msg } from '@lit/localize';
import type { TableName } from '../../../data/schema.ts';

/** What each table holds, in the learner's words (shared by "What's stored" and the restore preview). */
export function tableLabel(table: TableName): string {
  switch (table) {
    case 'learners':
      return msg('Learner profiles');
    case 'packs':
      return msg('Installed content packs');
    case 'attempts':
      return msg('Answers');
    case 'skillStates':
      return msg('Skill progress');
    case 'sessions':
      return msg('Practice sessions');
    case 'goals':
      return msg('Goals');
    case 'journal':
      return msg('Journal entries');
    case 'projects':
      return msg('Projects');
    case 'artifacts':
      return msg('Project files');
    case 'credentials':
      return msg('Badges (credentials)');
    case 'keys':
      return msg('Badge signing keys');
    case 'packModels':
      return msg('Personalised models');
    case 'logEntries':
      return msg('Learning log entries');
    case 'skillEvents':
      return msg('Mastery changes');
    case 'settings':
      return msg('Settings');
  }
}
