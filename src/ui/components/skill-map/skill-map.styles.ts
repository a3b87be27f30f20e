import { css } from 'lit';
import { controlStyles } from '../../styles/controls.ts';

export const skillMapStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .help {
      color: var(--wf-text-muted);
      margin: 0 0 0.5rem;
    }
    .zoom {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    /* The map's box: the map is fitted into it and moved inside it, so nothing scrolls sideways.
       Tall enough to read on a Chromebook, short enough to leave the phone's bottom bar room. */
    .viewport {
      position: relative;
      height: clamp(18rem, calc(100dvh - 12rem), 40rem);
      overflow: hidden;
      touch-action: none;
      cursor: grab;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-bg);
    }
    .viewport:active {
      cursor: grabbing;
    }
    .viewport > svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .edge {
      fill: none;
      stroke: var(--wf-text-muted);
      stroke-width: 1.5;
    }
    .arrowhead {
      fill: var(--wf-text-muted);
    }
    .node {
      cursor: pointer;
      color: var(--level-color);
    }
    .node .frame {
      fill: var(--wf-surface);
      stroke: var(--level-color);
      stroke-width: 2;
    }
    .node[data-level='mastered'] .frame {
      stroke-width: 3;
    }
    .node .band {
      fill: var(--level-color);
    }
    .node text {
      fill: var(--wf-text);
      font-size: 14px;
    }
    .node .name {
      font-weight: 600;
    }
    .node .level {
      font-size: 13px;
    }
    .node:focus {
      outline: none;
    }
    .node:focus-visible .frame,
    .node[aria-expanded='true'] .frame {
      stroke: var(--wf-focus);
      stroke-width: 4;
    }
    .details section {
      margin-top: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-surface);
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 0.75rem;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .practise {
      display: inline-flex;
      align-items: center;
      min-height: var(--wf-target);
      font-weight: 600;
    }
    .tree,
    .tree ul {
      list-style: none;
      margin: 0;
      padding-inline-start: 1.25rem;
      border-inline-start: 1px solid var(--wf-border);
    }
    .tree {
      padding-inline-start: 0;
      border: none;
    }
    .tree li {
      margin: 0.25rem 0;
    }
    /* The badge stays beside its skill: a long name wraps inside its button instead. */
    .row {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .row wf-mastery-badge {
      flex: none;
    }
    button.skill {
      min-width: 0;
      text-align: start;
      padding: 0.25rem 0.75rem;
    }
    /* A phone has no room for name and badge side by side at depth: the badge goes under the name, whole. */
    @media (max-width: 47.99rem) {
      .tree ul {
        padding-inline-start: 0.5rem;
      }
      .row {
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
      }
    }
    .tree .facts,
    .tree .practise {
      margin-inline-start: 1rem;
    }
    @media (prefers-reduced-motion: no-preference) {
      .node .frame {
        transition: stroke var(--wf-transition);
      }
    }
  `,
];
