import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../styles/visually-hidden.ts';

export const appStyles = css`
  :host {
    display: grid;
    grid-template-columns: var(--wf-nav-width) minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    grid-template-areas: 'header header' 'nav main';
    min-height: 100vh;
    min-height: 100dvh;
    background: var(--wf-bg);
    color: var(--wf-text);
  }

  .skip {
    position: absolute;
    left: 0.5rem;
    top: -100px;
    z-index: 10;
    padding: 0.75rem 1rem;
    background: var(--wf-accent);
    color: var(--wf-accent-text);
    border: none;
    border-radius: var(--wf-radius);
    font: inherit;
    cursor: pointer;
  }
  .skip:focus {
    top: 0.5rem;
  }

  header {
    grid-area: header;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.5rem 1rem;
    background: var(--wf-surface);
    border-bottom: 1px solid var(--wf-border);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--wf-target);
    font-weight: 700;
    font-size: 1.25rem;
    color: var(--wf-text);
    text-decoration: none;
  }
  .brand svg {
    width: 32px;
    height: 32px;
  }
  .profile {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--wf-target);
    margin-left: auto;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--wf-border);
    border-radius: 999px;
    color: var(--wf-text);
    text-decoration: none;
    font-weight: 600;
  }
  .profile:focus-visible,
  .brand:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }
  .profile .avatar {
    font-size: 1.25rem;
  }
  .coach-badge {
    padding: 0 0.4rem;
    border-radius: 4px;
    background: var(--wf-accent);
    color: var(--wf-accent-text);
    font-size: 0.75rem;
  }
  .status {
    color: var(--wf-text-muted);
    font-size: 0.875rem;
  }

  nav {
    grid-area: nav;
    background: var(--wf-surface);
    border-right: 1px solid var(--wf-border);
    padding: 0.75rem 0.5rem;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  nav a {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--wf-target);
    padding: 0 0.75rem;
    border-radius: var(--wf-radius);
    color: var(--wf-text);
    text-decoration: none;
    transition: background var(--wf-transition);
  }
  nav a:hover {
    background: var(--wf-surface-raised);
  }
  nav a[aria-current='page'] {
    background: var(--wf-accent);
    color: var(--wf-accent-text);
    font-weight: 600;
    /* The current page's colours apply at once: fading the background in would show its light
       text on a light background for a moment (axe caught that frame after a navigation). */
    transition: none;
  }
  nav svg {
    width: 24px;
    height: 24px;
    flex: none;
    fill: currentColor;
  }
  .short-label {
    display: none;
  }
  .privacy {
    margin: 1.5rem 0.75rem 0;
    font-size: 0.8125rem;
    color: var(--wf-text-muted);
  }

  main {
    grid-area: main;
    padding: 1.5rem clamp(1rem, 3vw, 2.5rem) 2.5rem;
    max-width: 64rem;
    width: 100%;
    box-sizing: border-box;
  }
  h1 {
    margin: 0 0 1rem;
    font-size: 1.75rem;
    line-height: 1.2;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 4px;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-height: var(--wf-target);
    padding: 0 1rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface);
    color: var(--wf-text);
    cursor: pointer;
  }

  .notice {
    padding: 1rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
  }

  /* Phones: navigation moves to a bottom bar within thumb reach; content keeps the full width. */
  @media (max-width: 47.99rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'header' 'main' 'nav';
      grid-template-rows: auto 1fr auto;
    }
    nav {
      position: sticky;
      bottom: 0;
      z-index: 5;
      border-right: none;
      border-top: 1px solid var(--wf-border);
      padding: 0.25rem 0.25rem calc(0.25rem + env(safe-area-inset-bottom));
    }
    /* Seven labels do not fit in 360px in every language: each page shows its icon, and only the
       current page its (short) label; the full title stays the link's accessible name. */
    nav ul {
      display: flex;
      gap: 0.125rem;
    }
    nav li {
      flex: 1 1 0;
      min-width: 0;
    }
    nav li:has(a[aria-current='page']) {
      flex-grow: 2;
    }
    nav a {
      flex-direction: column;
      justify-content: center;
      gap: 0.125rem;
      padding: 0.25rem 0.125rem;
      font-size: 0.75rem;
      line-height: 1.1;
      text-align: center;
      white-space: nowrap;
      min-height: 52px;
    }
    /* Hidden but still read out: a nav link's full title (only the current page shows its short
       label), and the word "Wayfind", so the header keeps room for the learner's name and the
       Coach badge while the logo link keeps its name. */
    nav .label,
    .brand span {
      ${visuallyHiddenDeclarations}
    }
    nav a[aria-current='page'] .short-label {
      display: block;
    }
    .privacy {
      display: none;
    }
    main {
      padding: 1rem 1rem 1.5rem;
    }
    h1 {
      font-size: 1.5rem;
    }
  }

  /* Printing a page (a term report, a certificate, the learning log) prints the page alone. */
  @media print {
    :host {
      display: block;
      min-height: 0;
      background: #fff;
      color: #000;
    }
    .skip,
    header,
    nav,
    wf-update-prompt {
      display: none !important;
    }
    main {
      padding: 0;
      max-width: none;
    }
    h1 {
      break-after: avoid;
    }
  }
`;
