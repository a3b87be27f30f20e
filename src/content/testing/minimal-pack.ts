/** A small valid pack for tests; each call returns a fresh copy to mutate. */
export function minimalPack(): Record<string, unknown> & { skills: Record<string, unknown>[]; items: Record<string, unknown>[]; generators: Record<string, unknown>[]; credentials: Record<string, unknown>[]; stacks: Record<string, unknown>[] } {
  const lesson = { explanation: 'Halves are two equal parts.', workedExample: 'Half of a bar: $\\tfrac{1}{2}$.' };
  return {
    format: 'wayfind-pack/1',
    id: 'tiny',
    version: '1.0.0',
    title: 'Tiny pack',
    description: 'A pack for tests.',
    language: 'en',
    licence: 'CC0-1.0',
    authors: [{ name: 'Test' }],
    skills: [
      { id: 'halves', name: 'Halves', description: 'Halves.', prerequisites: [], lesson },
      { id: 'quarters', name: 'Quarters', description: 'Quarters.', prerequisites: ['halves'], lesson },
    ],
    items: [
      { id: 'h1', skill: 'halves', type: 'fraction', stem: 'Half of 1?', answer: '1/2', hints: ['Two equal parts.', 'One of two.'], solution: '$\\tfrac{1}{2}$' },
      // A second halves item: a level needs correct answers on 2 different items (content check).
      { id: 'h0', skill: 'halves', type: 'numeric', stem: 'Half of 4?', answer: 2, hints: ['Split 4 in two.', '4 / 2.'], solution: '2' },
    ],
    generators: [{ id: 'q-gen', skill: 'quarters', kind: 'fraction-of-bar', params: { denominators: [4, 4] } }],
    credentials: [
      { id: 'c1', name: 'Halves badge', description: 'd', criteria: 'c', requires: { skills: ['halves'], level: 'mastered' } },
      { id: 'c2', name: 'Quarters badge', description: 'd', criteria: 'c', requires: { skills: ['quarters'], level: 'mastered' } },
    ],
    stacks: [{ id: 's1', name: 'Both', description: 'd', criteria: 'c', requires: ['c1', 'c2'] }],
  };
}
