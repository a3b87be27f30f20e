import { css } from 'lit';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { visuallyHidden } from '../styles/visually-hidden.ts';

export const welcomeStyles = [
  controlStyles,
  visuallyHidden,
  cardStyles,
  css`
    :host {
      display: block;
      max-width: 42rem;
    }
    form,
    section {
      display: block;
      padding: 1rem 1.25rem;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-surface);
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--wf-focus);
    }
    .progress {
      color: var(--wf-text-muted);
      margin: 0 0 0.5rem;
    }
    fieldset {
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 0.75rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin-bottom: 1rem;
    }
    input[type='text'],
    input:not([type]) {
      min-height: var(--wf-target);
      padding: 0 0.75rem;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-surface);
      max-width: 24rem;
    }
    input[aria-invalid='true'] {
      border-color: var(--wf-danger);
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: var(--wf-target);
    }
    .avatars {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .avatar {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: var(--wf-target);
      padding: 0 0.5rem;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      font-size: 1.5rem;
    }
    .avatar:has(input:checked) {
      background: var(--wf-accent-soft);
      border-color: var(--wf-accent);
      border-width: 2px;
    }
    .avatar:has(input:focus-visible) {
      outline: 3px solid var(--wf-focus);
      outline-offset: 2px;
    }
    .skills {
      max-height: 24rem;
      overflow-y: auto;
    }
    .error {
      color: var(--wf-danger);
      font-weight: 600;
      margin: 0 0 0.75rem;
    }
    .error:empty {
      margin: 0;
    }
    .start {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    a.button {
      display: inline-flex;
      align-items: center;
      min-height: var(--wf-target);
      padding: 0 1rem;
      border-radius: var(--wf-radius);
      border: 1px solid var(--wf-border);
      background: var(--wf-surface);
      color: var(--wf-text);
      text-decoration: none;
    }
    a.button.primary {
      background: var(--wf-accent);
      border-color: var(--wf-accent);
      color: var(--wf-accent-text);
      font-weight: 600;
    }
  `,
];
