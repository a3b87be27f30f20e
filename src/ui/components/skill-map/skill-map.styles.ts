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
    .scroller {
      overflow: auto;
      max-height: 70vh;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-bg);
    }
    svg {
      display: block;
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
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    button.skill {
      text-align: start;
      padding: 0.25rem 0.75rem;
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
