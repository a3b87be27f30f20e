import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { MasteryLevel } from '../../../data/records.ts';
import { formatPercent } from '../../../i18n/format.ts';
import { MASTERY_COLORS, masteryIcon, masteryLabel } from '../mastery-badge/mastery-level.ts';
import '../mastery-badge/mastery-badge.ts';
import { LINE_HEIGHT, layoutSkillMap, nameLines, neighbour, skillTree, type Direction, type MapSkill, type SkillMapLayout, type SkillTreeNode } from './skill-map-layout.ts';
import { skillMapStyles } from './skill-map.styles.ts';
import { PanZoomGestures, fitTransform, panToShow, zoomAround, type ViewTransform } from './pan-zoom.ts';

export type { MapSkill } from './skill-map-layout.ts';

/** What the map knows about one skill of the learner. */
export interface SkillStanding {
  level: MasteryLevel;
  /** The model's predicted chance of a correct answer, 0..1 (advice: the level rests on answers). */
  estimate: number;
  /** The level comes from the placement check, not yet confirmed by practice. */
  placed?: boolean;
}

export type SkillMapView = 'map' | 'list';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * `<wf-skill-map>`: a pack's prerequisite graph, as a drawn map or as an equivalent nested list.
 *
 * Map: dagre layout drawn as SVG, prerequisites above the skills that need them, fitted to its
 * box when it opens (and when the box changes size, until the learner moves it). Drag, pinch and
 * the wheel pan and zoom; so do the buttons above it and, anywhere in the map, + and - (0 fits it
 * again). Each node shows
 * the skill's name and its level in words with the level's icon and colour. One node is in the
 * tab order (roving tabindex); arrow keys move up to a prerequisite, down to a skill that needs
 * it, and left/right along the row; Home/End go to the first/last skill; Enter or Space opens
 * the skill's details (level, estimate, "Practise this skill"), Escape closes them.
 * List: the same skills nested by prerequisite order, each with the same details and link.
 *
 * @property skills - MapSkill[] (id, name, prerequisites).
 * @property standings - Map<skillId, SkillStanding>; skills missing from it are not started.
 * @property view - 'map' | 'list' (reflected).
 * @fires wf-skill-open - detail { skillId }, when a skill's details open.
 */
export class WfSkillMap extends LitElement {
  static override properties = {
    skills: { attribute: false },
    standings: { attribute: false },
    view: { type: String, reflect: true },
    focusedId: { state: true },
    openId: { state: true },
    transform: { state: true },
  };
  static override styles = skillMapStyles;

  declare skills: MapSkill[];
  declare standings: ReadonlyMap<string, SkillStanding>;
  declare view: SkillMapView;
  declare focusedId: string | null;
  declare openId: string | null;
  declare transform: ViewTransform;
  /** True once the learner has panned or zoomed: a resize then keeps their view instead of refitting. */
  #moved = false;
  #gesturesOn: Element | null = null;
  readonly #resize = new ResizeObserver(() => {
    if (!this.#moved) this.fit();
  });
  #layout: SkillMapLayout | null = null;
  #layoutFor: MapSkill[] | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.skills = [];
    this.standings = new Map();
    this.view = 'map';
    this.focusedId = null;
    this.openId = null;
    this.transform = { x: 0, y: 0, k: 1 };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#gesturesOn = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && (viewport !== this.#gesturesOn || changed.has('skills'))) {
      this.#gesturesOn = viewport;
      // The gestures live as long as the viewport element they listen on.
      new PanZoomGestures(viewport, () => this.transform, (t) => this.#setView(t, true));
      this.#resize.disconnect();
      this.#resize.observe(viewport);
      this.#moved = false;
      this.fit();
    }
  }

  #viewSize() {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    return { width: viewport?.clientWidth ?? 0, height: viewport?.clientHeight ?? 0 };
  }

  #setView(transform: ViewTransform, byLearner: boolean) {
    this.transform = transform;
    if (byLearner) this.#moved = true;
  }

  /** Shows the whole map, centred in its box. */
  fit(): void {
    const map = this.#mapLayout();
    this.#setView(fitTransform(map, this.#viewSize()), false);
    this.#moved = false;
  }

  #zoom(factor: number) {
    const { width, height } = this.#viewSize();
    this.#setView(zoomAround(this.transform, factor, width / 2, height / 2), true);
  }

  /** Moves keyboard focus to a skill's node (map view). */
  async focusSkill(skillId: string): Promise<void> {
    this.focusedId = skillId;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`g.node[data-skill="${CSS.escape(skillId)}"]`)?.focus({ preventScroll: true });
  }

  /** Keeps the node that has keyboard focus in view: pans the least needed to show it whole. */
  #reveal(skillId: string) {
    const node = this.#mapLayout().nodes.find((n) => n.id === skillId);
    if (!node) return;
    const rect = { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height };
    const next = panToShow(this.transform, rect, this.#viewSize());
    if (next !== this.transform) this.#setView(next, true);
  }

  #standing(skillId: string): SkillStanding {
    return this.standings.get(skillId) ?? { level: 'not-started', estimate: 0 };
  }

  #mapLayout(): SkillMapLayout {
    if (this.#layoutFor !== this.skills || !this.#layout) {
      this.#layout = layoutSkillMap(this.skills);
      this.#layoutFor = this.skills;
    }
    return this.#layout;
  }

  protected override render() {
    if (this.skills.length === 0) return html`<p>${msg('This course has no skills to show.')}</p>`;
    if (this.view !== 'map') this.#gesturesOn = null;
    return html`${this.view === 'list' ? this.#renderList() : this.#renderMap()} ${this.#renderDetails()}`;
  }

  #renderMap() {
    const map = this.#mapLayout();
    const focused = this.focusedId && this.skills.some((s) => s.id === this.focusedId) ? this.focusedId : this.skills[0]!.id;
    return html`<div class="map" @keydown=${this.#onKeydown}><p id="map-help" class="help">
        ${msg('Arrow keys move along the arrows between skills: up to what a skill needs, down to what it leads to. Enter opens a skill. + and - zoom, 0 shows the whole map; drag to move it.')}
      </p>
      <div class="zoom" role="group" aria-label=${msg('Zoom')}>
        <button type="button" @click=${() => this.#zoom(1.25)} aria-keyshortcuts="+">${msg('Zoom in')}</button>
        <button type="button" @click=${() => this.#zoom(0.8)} aria-keyshortcuts="-">${msg('Zoom out')}</button>
        <button type="button" @click=${() => this.fit()} aria-keyshortcuts="0">${msg('Show the whole map')}</button>
      </div>
      <div class="viewport">
        <svg role="group" aria-label=${msg('Skill map')} aria-describedby="map-help">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 Z" class="arrowhead"></path>
            </marker>
          </defs>
          <g class="content" transform="translate(${this.transform.x} ${this.transform.y}) scale(${this.transform.k})">
            <g aria-hidden="true">
              ${map.edges.map((edge) => svg`<polyline class="edge" marker-end="url(#arrow)" points=${edge.points.map((p) => `${p.x},${p.y}`).join(' ')}></polyline>`)}
            </g>
            ${map.nodes.map((node) => this.#renderNode(node, node.id === focused))}
          </g>
        </svg>
      </div></div>`;
  }

  #renderNode(node: SkillMapLayout['nodes'][number], tabbable: boolean) {
    const skill = this.skills.find((s) => s.id === node.id)!;
    const { level } = this.#standing(node.id);
    const left = node.x - node.width / 2;
    const top = node.y - node.height / 2;
    const lines = nameLines(skill.name);
    const levelTop = top + 12 + lines.length * LINE_HEIGHT;
    return svg`<g
      class="node"
      role="button"
      data-skill=${node.id}
      data-level=${level}
      tabindex=${tabbable ? 0 : -1}
      aria-label=${msg(str`${skill.name}: ${masteryLabel(level)}`)}
      aria-expanded=${this.openId === node.id ? 'true' : 'false'}
      style="--level-color: ${MASTERY_COLORS[level]}"
      @click=${() => this.#open(node.id)}
      @focus=${() => {
        this.focusedId = node.id;
        this.#reveal(node.id);
      }}
    >
      <title>${skill.name}</title>
      <rect class="frame" x=${left} y=${top} width=${node.width} height=${node.height} rx="8"></rect>
      <rect class="band" x=${left} y=${top} width="8" height=${node.height} rx="4"></rect>
      <text class="name" x=${left + 16} y=${top + 6}>${lines.map(
        // The space keeps the words apart in the node's text content (what assistive tech compares with its label).
        (line, i) => svg`<tspan x=${left + 16} dy=${LINE_HEIGHT}>${i < lines.length - 1 ? `${line} ` : line}</tspan>`,
      )}</text>
      <svg class="icon" x=${left + 16} y=${levelTop + 4} width="16" height="16" viewBox="0 0 16 16">${masteryIcon(level)}</svg>
      <text class="level" x=${left + 37} y=${levelTop + 17}>${masteryLabel(level)}</text>
    </g>`;
  }

  #onKeydown(event: KeyboardEvent) {
    const zoomKeys: Record<string, () => void> = { '+': () => this.#zoom(1.25), '=': () => this.#zoom(1.25), '-': () => this.#zoom(0.8), '0': () => this.fit() };
    if (event.key in zoomKeys && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      zoomKeys[event.key]!();
      return;
    }
    const current = (event.target as Element).closest?.('g.node')?.getAttribute('data-skill');
    if (!current) return;
    let next: string | null = null;
    if (event.key in KEYS) next = neighbour(this.#mapLayout(), this.skills, current, KEYS[event.key]!);
    else if (event.key === 'Home') next = this.#mapLayout().nodes[0]?.id ?? null;
    else if (event.key === 'End') next = this.#mapLayout().nodes.at(-1)?.id ?? null;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#open(current);
      return;
    } else if (event.key === 'Escape') {
      this.openId = null;
      return;
    } else return;
    event.preventDefault();
    if (next) void this.focusSkill(next);
  }

  #renderList() {
    const item = (node: SkillTreeNode): unknown => {
      const { level, estimate, placed = false } = this.#standing(node.skill.id);
      const open = this.openId === node.skill.id;
      return html`<li data-skill=${node.skill.id}>
        <div class="row">
          <button type="button" class="skill" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.#open(open ? null : node.skill.id)}>
            ${node.skill.name}
          </button>
          <wf-mastery-badge level=${level} ?placed=${placed}></wf-mastery-badge>
        </div>
        ${open ? this.#detailsBody(node.skill, level, estimate, placed) : nothing}
        ${node.children.length > 0 ? html`<ul>${node.children.map(item)}</ul>` : nothing}
      </li>`;
    };
    return html`<ul class="tree" aria-label=${msg('Skills, each under what it needs')}>${skillTree(this.skills).map(item)}</ul>`;
  }

  #renderDetails() {
    // In the map view the details appear below the map and are announced without moving focus,
    // so the arrow keys keep working; Tab reaches the link next.
    if (this.view !== 'map') return nothing;
    const skill = this.skills.find((s) => s.id === this.openId);
    return html`<div class="details" aria-live="polite">
      ${skill ? html`<section aria-labelledby="details-heading">
        <h3 id="details-heading">${skill.name}</h3>
        ${this.#detailsBody(skill, this.#standing(skill.id).level, this.#standing(skill.id).estimate, this.#standing(skill.id).placed ?? false)}
      </section>` : nothing}
    </div>`;
  }

  #detailsBody(skill: MapSkill, level: MasteryLevel, estimate: number, placed: boolean) {
    const needs = skill.prerequisites.map((id) => this.skills.find((s) => s.id === id)?.name ?? id);
    return html`<dl class="facts">
        <dt>${msg('Level (from your answers)')}</dt>
        <dd><wf-mastery-badge level=${level} ?placed=${placed}></wf-mastery-badge></dd>
        <dt>${msg("The model's estimate (advice only)")}</dt>
        <dd>${level === 'not-started' && estimate === 0 ? msg('Not known yet') : formatPercent(estimate)}</dd>
        <dt>${msg('Needs')}</dt>
        <dd>${needs.length > 0 ? needs.join(', ') : msg('Nothing: a starting skill')}</dd>
      </dl>
      <a class="practise" href=${`/practice?skill=${encodeURIComponent(skill.id)}`}>${msg(str`Practise this skill: ${skill.name}`)}</a>`;
  }

  #open(skillId: string | null) {
    this.openId = skillId;
    if (skillId) this.dispatchEvent(new CustomEvent<{ skillId: string }>('wf-skill-open', { detail: { skillId }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('wf-skill-map')) customElements.define('wf-skill-map', WfSkillMap);

declare global {
  interface HTMLElementTagNameMap {
    'wf-skill-map': WfSkillMap;
  }
  interface HTMLElementEventMap {
    'wf-skill-open': CustomEvent<{ skillId: string }>;
  }
}
