import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { masteryBadgeStyles } from './mastery-badge.styles.ts';
import { asMasteryLevel, MASTERY_COLORS, masteryIcon, masteryLabel } from './mastery-level.ts';

export { masteryLabel, masteryIcon, MASTERY_COLORS, asMasteryLevel } from './mastery-level.ts';

/**
 * `<wf-mastery-badge level="mastered">`: a skill's mastery level, shown the same way everywhere:
 * an icon whose shape differs per level, the level's name in text, and the level's colour.
 *
 * @property level - 'not-started' | 'practising' | 'familiar' | 'proficient' | 'mastered'
 *   (reflected; anything else shows as not started).
 * @property compact - (boolean attribute) the name is visually hidden but still read by screen
 *   readers and shown as a tooltip; for tight places such as table cells.
 * No events, no slots.
 */
export class WfMasteryBadge extends LitElement {
  static override properties = {
    level: { type: String, reflect: true },
    compact: { type: Boolean, reflect: true },
    placed: { type: Boolean, reflect: true },
  };
  static override styles = masteryBadgeStyles;

  declare level: string;
  declare compact: boolean;
  /** The level comes from the placement check, not yet confirmed by practice. */
  declare placed: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.level = 'not-started';
    this.compact = false;
    this.placed = false;
  }

  protected override render() {
    const level = asMasteryLevel(this.level);
    const label = this.placed ? msg(str`${masteryLabel(level)} (from placement)`) : masteryLabel(level);
    return html`<span class="badge" part="badge" data-level=${level} title=${label} style="--wf-mastery-color: ${MASTERY_COLORS[level]}"
      ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${masteryIcon(level)}</svg
      ><span class="label">${label}</span></span
    >`;
  }
}

if (!customElements.get('wf-mastery-badge')) customElements.define('wf-mastery-badge', WfMasteryBadge);

declare global {
  interface HTMLElementTagNameMap {
    'wf-mastery-badge': WfMasteryBadge;
  }
}
