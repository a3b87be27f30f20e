import { css } from 'lit';

export const portfolioPageStyles = css`
  :host { display: block; }
  ul.offers, ul.progressing { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
  ul.offers > li { padding: 0.75rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); background: var(--wf-surface-raised, var(--wf-surface)); }
  h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
  p { margin: 0.25rem 0; }
  .meta { color: var(--wf-text-muted); overflow-wrap: anywhere; }
  fieldset { margin: 0.5rem 0; padding: 0.25rem 0.75rem 0.5rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); min-width: 0; }
  legend { font-weight: 600; }
  label.choice { display: inline-flex; align-items: center; gap: 0.4rem; min-height: var(--wf-target); }
  .field { display: grid; gap: 0.25rem; margin: 0.5rem 0; }
  .field label { font-weight: 600; }
  input[type='text'] { min-height: var(--wf-target); padding: 0 0.5rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); background: var(--wf-surface); max-width: 100%; box-sizing: border-box; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
  .problem { color: var(--wf-danger); font-weight: 600; }
  .done { color: var(--wf-success); font-weight: 600; }
  .ask { padding: 0.5rem 0.75rem; border-left: 4px solid var(--wf-warning); background: var(--wf-surface); }
  /* Each credential on the way is a row: name, bar, count; the bars line up in one column. */
  ul.progressing { gap: 0.5rem; }
  ul.progressing > li { display: grid; grid-template-columns: minmax(0, 18rem) 10rem max-content; gap: 0.25rem 1rem; align-items: center; }
  progress { width: 100%; accent-color: var(--wf-accent); }
  @media (max-width: 40rem) {
    ul.progressing > li { grid-template-columns: minmax(0, 1fr) max-content; }
    ul.progressing > li > :first-child { grid-column: 1 / -1; }
  }
  /* The import part is its own step: room above its heading, away from the export button. */
  .actions + h3 { margin-top: 2rem; }
  a { display: inline-flex; align-items: center; min-height: var(--wf-target); font-weight: 600; }
`;
