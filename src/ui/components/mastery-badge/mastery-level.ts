/**
 * How each mastery level looks, everywhere it is shown: a colour AND an icon shape AND a word,
 * so the level never depends on colour alone. Shared by <wf-mastery-badge> and the skill map.
 */
import { msg } from '@lit/localize';
import { svg, type SVGTemplateResult } from 'lit';
import { MASTERY_LEVELS, type MasteryLevel } from '../../../data/records.ts';

/** The level's name in the current language. */
export function masteryLabel(level: MasteryLevel): string {
  switch (level) {
    case 'not-started':
      return msg('Not started');
    case 'practising':
      return msg('Practising');
    case 'familiar':
      return msg('Familiar');
    case 'proficient':
      return msg('Proficient');
    case 'mastered':
      return msg('Mastered');
  }
}

/** Theme colour of each level (theme tokens, so each theme keeps its contrast). */
export const MASTERY_COLORS: Readonly<Record<MasteryLevel, string>> = {
  'not-started': 'var(--wf-text-muted)',
  practising: 'var(--wf-warning)',
  familiar: 'var(--wf-accent)',
  proficient: 'var(--wf-accent)',
  mastered: 'var(--wf-success)',
};

/** A level name read from an attribute; anything unknown shows as not started. */
export function asMasteryLevel(value: string | null | undefined): MasteryLevel {
  return (MASTERY_LEVELS as readonly string[]).includes(value ?? '') ? (value as MasteryLevel) : 'not-started';
}

/**
 * The level's icon in a 16x16 box, drawn in currentColor: a circle that fills by quarters as the
 * level rises (empty, a quarter, half, three quarters) and a star for mastered, so the shapes
 * differ even in greyscale.
 */
export function masteryIcon(level: MasteryLevel): SVGTemplateResult {
  const ring = svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle>`;
  switch (level) {
    case 'not-started':
      return svg`${ring}`;
    case 'practising':
      return svg`${ring}<path d="M8 8 V1.5 A6.5 6.5 0 0 1 14.5 8 Z" fill="currentColor"></path>`;
    case 'familiar':
      return svg`${ring}<path d="M8 1.5 A6.5 6.5 0 0 1 8 14.5 Z" fill="currentColor"></path>`;
    case 'proficient':
      return svg`${ring}<path d="M8 8 V1.5 A6.5 6.5 0 1 1 1.5 8 Z" fill="currentColor"></path>`;
    case 'mastered':
      return svg`<path d="M8 0.8 L10.1 5.4 L15.1 5.9 L11.3 9.3 L12.4 14.3 L8 11.7 L3.6 14.3 L4.7 9.3 L0.9 5.9 L5.9 5.4 Z" fill="currentColor"></path>`;
  }
}
