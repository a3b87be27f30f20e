/** A three-skill pack served as a data: URL catalog, for the onboarding, placement and map tests. */
import type { Item, Pack } from '../../content/index.ts';

const lesson = { explanation: 'Read it.', workedExample: 'Like this.' };
const numeric = (id: string, skill: string, answer: number): Item => ({
  id, skill, type: 'numeric', stem: `What is ${answer} + 0?`, answer, hints: ['Look.', 'It is itself.'], solution: String(answer),
});

export const TEST_PACK: Pack = {
  format: 'wayfind-pack/1',
  id: 'test-pack',
  version: '1.0.0',
  title: 'Test course',
  description: 'Three skills in a row.',
  language: 'en',
  licence: 'CC0-1.0',
  authors: [{ name: 'Tests' }],
  skills: [
    { id: 'count', name: 'Counting', description: 'Count.', prerequisites: [], lesson },
    { id: 'add', name: 'Adding', description: 'Add.', prerequisites: ['count'], lesson },
    { id: 'carry', name: 'Carrying', description: 'Carry.', prerequisites: ['add'], lesson },
  ],
  items: ['count', 'add', 'carry'].flatMap((skill, s) => [1, 2, 3].map((n) => numeric(`${skill}-${n}`, skill, 10 * s + n))),
  credentials: [
    {
      id: 'adder',
      name: 'Adder',
      description: 'Adds numbers.',
      criteria: 'Master adding.',
      requires: { skills: ['count', 'add'], level: 'mastered' },
    },
  ],
};

export function testCatalogUrl(pack: Pack = TEST_PACK): string {
  const packUrl = `data:application/json,${encodeURIComponent(JSON.stringify(pack))}`;
  const catalog = { packs: [{ id: pack.id, version: pack.version, title: pack.title, url: packUrl }] };
  return `data:application/json,${encodeURIComponent(JSON.stringify(catalog))}`;
}
