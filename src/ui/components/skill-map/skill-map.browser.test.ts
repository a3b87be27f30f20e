import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './skill-map.ts';
import type { MapSkill, SkillStanding, WfSkillMap } from './skill-map.ts';

// a -> b -> d, a -> c -> d
const skills: MapSkill[] = [
  { id: 'a', name: 'Count halves', prerequisites: [] },
  { id: 'b', name: 'Name fractions', prerequisites: ['a'] },
  { id: 'c', name: 'Compare fractions', prerequisites: ['a'] },
  { id: 'd', name: 'Add fractions', prerequisites: ['b', 'c'] },
];
const standings = new Map<string, SkillStanding>([
  ['a', { level: 'mastered', estimate: 0.97 }],
  ['b', { level: 'familiar', estimate: 0.66 }],
]);

async function mount(view: 'map' | 'list' = 'map'): Promise<WfSkillMap> {
  return fixture<WfSkillMap>(html`<wf-skill-map .skills=${skills} .standings=${standings} view=${view}></wf-skill-map>`);
}

const node = (map: WfSkillMap, id: string) => map.shadowRoot!.querySelector<SVGGElement>(`g.node[data-skill="${id}"]`)!;
const focusedSkill = (map: WfSkillMap) => (map.shadowRoot!.activeElement as Element | null)?.getAttribute('data-skill');
const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('<wf-skill-map>', () => {
  it('draws every skill with its level in text, and an arrow for every prerequisite', async () => {
    const map = await mount();
    expect(node(map, 'a').textContent).to.contain('Mastered');
    expect(node(map, 'b').textContent).to.contain('Familiar');
    expect(node(map, 'd').textContent).to.contain('Not started');
    expect(node(map, 'a').getAttribute('aria-label')).to.equal('Count halves: Mastered');
    expect(map.shadowRoot!.querySelectorAll('polyline.edge')).to.have.length(4);
  });

  it('has one node in the tab order and moves along the edges with the arrow keys', async () => {
    const map = await mount();
    const tabbable = [...map.shadowRoot!.querySelectorAll('g.node')].filter((g) => g.getAttribute('tabindex') === '0');
    expect(tabbable.map((g) => g.getAttribute('data-skill'))).to.deep.equal(['a']);
    node(map, 'a').focus();
    press(node(map, 'a'), 'ArrowDown');
    await map.updateComplete;
    const child = focusedSkill(map)!;
    expect(['b', 'c']).to.include(child);
    expect(node(map, child).getAttribute('tabindex')).to.equal('0');
    expect(node(map, 'a').getAttribute('tabindex')).to.equal('-1');
    const other = child === 'b' ? 'c' : 'b';
    const childIsLeft = node(map, child).getBoundingClientRect().x < node(map, other).getBoundingClientRect().x;
    press(node(map, child), childIsLeft ? 'ArrowRight' : 'ArrowLeft');
    await map.updateComplete;
    expect(focusedSkill(map)).to.equal(other);
    press(node(map, focusedSkill(map)!), 'ArrowDown');
    await map.updateComplete;
    expect(focusedSkill(map)).to.equal('d');
    press(node(map, 'd'), 'ArrowUp');
    await map.updateComplete;
    expect(['b', 'c']).to.include(focusedSkill(map));
    press(node(map, focusedSkill(map)!), 'Home');
    await map.updateComplete;
    expect(focusedSkill(map)).to.equal('a');
  });

  it('opens a skill with Enter: its level, estimate and a link to practise it', async () => {
    const map = await mount();
    node(map, 'b').focus();
    setTimeout(() => press(node(map, 'b'), 'Enter'));
    const opened = await oneEvent(map, 'wf-skill-open');
    expect(opened.detail.skillId).to.equal('b');
    await map.updateComplete;
    const details = map.shadowRoot!.querySelector('.details')!;
    expect(details.querySelector('h3')!.textContent).to.equal('Name fractions');
    expect(details.textContent).to.contain('66%');
    expect(details.querySelector('wf-mastery-badge')!.getAttribute('level')).to.equal('familiar');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('/practice?skill=b');
    expect(node(map, 'b').getAttribute('aria-expanded')).to.equal('true');
    press(node(map, 'b'), 'Escape');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.details h3')).to.equal(null);
  });

  it('lists the same skills nested by prerequisite order, with the same actions', async () => {
    const map = await mount('list');
    const top = map.shadowRoot!.querySelectorAll('.tree > li');
    expect([...top].map((li) => li.getAttribute('data-skill'))).to.deep.equal(['a']);
    const items = [...map.shadowRoot!.querySelectorAll('li')].map((li) => li.getAttribute('data-skill'));
    expect(items.sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    const d = map.shadowRoot!.querySelector('li[data-skill="d"]')!;
    expect(d.parentElement!.closest('li')!.getAttribute('data-skill')).to.equal('c');
    expect(d.querySelector('wf-mastery-badge')!.getAttribute('level')).to.equal('not-started');
    const button = d.querySelector('button')!;
    button.click();
    await map.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(d.querySelector('a')!.getAttribute('href')).to.equal('/practice?skill=d');
    expect(d.textContent).to.contain('Name fractions, Compare fractions');
  });

  it('passes axe in both views', async () => {
    await expect(await mount('map')).to.be.accessible();
    await expect(await mount('list')).to.be.accessible();
  });
});
