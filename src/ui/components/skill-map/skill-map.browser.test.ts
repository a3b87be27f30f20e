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

  it('fits the whole map in its box on open, zooms with + and - and the buttons, and 0 fits it again', async () => {
    // A long chain, so the drawn map is taller than its box and has to be shrunk to fit.
    const chain: MapSkill[] = Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, name: `Skill number ${i} with a longer name`, prerequisites: i ? [`s${i - 1}`] : [] }));
    const map = await fixture<WfSkillMap>(html`<wf-skill-map .skills=${chain} .standings=${new Map()} style="width: 600px"></wf-skill-map>`);
    await map.updateComplete;
    const box = () => map.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    const allInside = () =>
      [...map.shadowRoot!.querySelectorAll('g.node')].every((g) => {
        const r = g.getBoundingClientRect();
        return r.left >= box().left && r.right <= box().right && r.top >= box().top && r.bottom <= box().bottom;
      });
    expect(allInside()).to.equal(true);
    const fitted = map.transform.k;
    expect(fitted).to.be.below(1);
    node(map, 's0').focus();
    press(node(map, 's0'), '+');
    await map.updateComplete;
    expect(map.transform.k).to.be.closeTo(fitted * 1.25, 1e-9);
    press(node(map, 's0'), '-');
    press(node(map, 's0'), '-');
    await map.updateComplete;
    expect(map.transform.k).to.be.below(fitted);
    const buttons = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Zoom in', 'Zoom out', 'Show the whole map']);
    buttons[0]!.click();
    buttons[0]!.click();
    await map.updateComplete;
    expect(allInside()).to.equal(false);
    press(node(map, 's0'), '0');
    await map.updateComplete;
    expect(map.transform.k).to.equal(fitted);
    expect(allInside()).to.equal(true);
  });

  it('zooms with the wheel around the pointer, and a drag pans without opening a skill', async () => {
    const map = await mount();
    const viewport = map.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const r = viewport.getBoundingClientRect();
    const before = { ...map.transform };
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: r.left + 100, clientY: r.top + 80, bubbles: true, cancelable: true }));
    await map.updateComplete;
    expect(map.transform.k).to.be.above(before.k);
    const zoomed = { ...map.transform };
    const start = node(map, 'a').getBoundingClientRect();
    const pointer = (type: string, x: number, y: number) =>
      node(map, 'a').dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'mouse', button: 0, clientX: x, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', start.left + 10, start.top + 10);
    pointer('pointermove', start.left + 40, start.top + 30);
    pointer('pointerup', start.left + 40, start.top + 30);
    node(map, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await map.updateComplete;
    expect(map.transform.x - zoomed.x).to.be.closeTo(30, 1e-6);
    expect(map.transform.y - zoomed.y).to.be.closeTo(20, 1e-6);
    expect(map.openId).to.equal(null);
  });

  it("keeps every skill's name inside its node", async () => {
    const long: MapSkill[] = [
      { id: 'x', name: 'Add and subtract mixed numbers with unlike denominators', prerequisites: [] },
      { id: 'y', name: 'Compare fractions with the same numerator', prerequisites: ['x'] },
      { id: 'z', name: 'Multiplicar un número entero por una fracción', prerequisites: ['x'] },
    ];
    const map = await fixture<WfSkillMap>(html`<wf-skill-map .skills=${long} .standings=${new Map()}></wf-skill-map>`);
    for (const g of map.shadowRoot!.querySelectorAll<SVGGElement>('g.node')) {
      const frame = g.querySelector<SVGRectElement>('rect.frame')!.getBBox();
      for (const text of g.querySelectorAll<SVGTextElement>('text')) {
        const b = text.getBBox();
        expect(b.x + b.width, text.textContent!).to.be.at.most(frame.x + frame.width - 4);
        expect(b.y + b.height, text.textContent!).to.be.at.most(frame.y + frame.height);
      }
    }
  });

  it('passes axe in both views', async () => {
    await expect(await mount('map')).to.be.accessible();
    await expect(await mount('list')).to.be.accessible();
  });
});
