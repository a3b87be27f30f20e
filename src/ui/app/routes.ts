import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One screen of the app: its path, its title (localized at render time) and its lazily loaded page. */
export interface Route {
  id:
    | 'today'
    | 'practice'
    | 'map'
    | 'goals'
    | 'portfolio'
    | 'coach'
    | 'settings'
    | 'verify'
    | 'welcome'
    | 'placement'
    | 'progress'
    | 'journal'
    | 'records'
    | 'profiles'
    | 'projects'
    | 'certificate'
    | 'help';
  path: string;
  title: () => string;
  /** Loads the page's code; each page is its own chunk, so the first paint waits for none of them. */
  load: () => Promise<unknown>;
  render: () => TemplateResult;
  /** SVG path data for the navigation glyph (24x24 viewBox); routes without one stay out of the main navigation. */
  icon?: string;
  /** A shorter label for the phone's bottom bar, where a long title would not fit (defaults to the title). */
  shortTitle?: () => string;
}

export const routes: readonly Route[] = [
  {
    id: 'today',
    path: '/',
    title: () => msg('Today'),
    load: () => import('../pages/today-page.ts'),
    render: () => html`<wf-today-page></wf-today-page>`,
    icon: 'M12 3l9 8h-3v9h-5v-6h-2v6H6v-9H3z',
  },
  {
    id: 'practice',
    path: '/practice',
    title: () => msg('Practice'),
    load: () => import('../pages/practice-page.ts'),
    render: () => html`<wf-practice-page></wf-practice-page>`,
    icon: 'M4 4h16v12H8l-4 4zM8 8v2h8V8zm0 4v2h5v-2z',
  },
  {
    id: 'map',
    path: '/map',
    title: () => msg('Skill map'),
    shortTitle: () => msg('Map'),
    load: () => import('../pages/skill-map-page.ts'),
    render: () => html`<wf-skill-map-page></wf-skill-map-page>`,
    icon: 'M6 3a3 3 0 110 6 3 3 0 010-6zm12 0a3 3 0 110 6 3 3 0 010-6zm-6 12a3 3 0 110 6 3 3 0 010-6zM9 5.3h6v1.4H9zM7 8.5l1.2-.7 4.8 8.5-1.2.7zm10 0l-1.2-.7-4.8 8.5 1.2.7z',
  },
  {
    id: 'goals',
    path: '/goals',
    title: () => msg('Goals'),
    load: () => import('../pages/goals-page.ts'),
    render: () => html`<wf-goals-page></wf-goals-page>`,
    icon: 'M12 3a9 9 0 110 18 9 9 0 010-18zm0 4a5 5 0 100 10 5 5 0 000-10zm0 3a2 2 0 110 4 2 2 0 010-4z',
  },
  {
    id: 'portfolio',
    path: '/portfolio',
    title: () => msg('Portfolio'),
    load: () => import('../pages/portfolio-page.ts'),
    render: () => html`<wf-portfolio-page></wf-portfolio-page>`,
    icon: 'M9 3h6l1 3h4v14H4V6h4zm3 6a3 3 0 100 6 3 3 0 000-6z',
  },
  {
    id: 'coach',
    path: '/coach',
    title: () => msg('Coach'),
    load: () => import('../pages/coach-page.ts'),
    render: () => html`<wf-coach-page></wf-coach-page>`,
    icon: 'M9 4a3 3 0 110 6 3 3 0 010-6zm7 2a2.5 2.5 0 110 5 2.5 2.5 0 010-5zM3 19c0-3.5 3-5.5 6-5.5s6 2 6 5.5zm12.5 0c0-1.8-.6-3.3-1.7-4.4 3.4-.6 6.2 1.1 6.2 4.4z',
  },
  {
    id: 'settings',
    path: '/settings',
    title: () => msg('Settings'),
    load: () => import('../pages/settings-page.ts'),
    render: () => html`<wf-settings-page></wf-settings-page>`,
    icon: 'M12 8a4 4 0 110 8 4 4 0 010-8zm-1-6h2l.5 3 2 .8 2.5-1.8 1.5 1.5-1.8 2.5.8 2 3 .5v2l-3 .5-.8 2 1.8 2.5-1.5 1.5-2.5-1.8-2 .8-.5 3h-2l-.5-3-2-.8-2.5 1.8-1.5-1.5 1.8-2.5-.8-2-3-.5v-2l3-.5.8-2L4.6 5.6l1.5-1.5 2.5 1.8 2-.8z',
  },
  {
    // Reached from the Portfolio page, not the main navigation: a tool used now and then.
    id: 'verify',
    path: '/verify',
    title: () => msg('Check a credential'),
    load: () => import('../pages/verify-credential-page.ts'),
    render: () => html`<wf-verify-credential-page></wf-verify-credential-page>`,
  },
  {
    // Reached on first use and from the profile picker: create a learner profile, choose a pack and a goal.
    id: 'welcome',
    path: '/welcome',
    title: () => msg('Welcome'),
    load: () => import('../pages/welcome-page.ts'),
    render: () => html`<wf-welcome-page></wf-welcome-page>`,
  },
  {
    // Reached from onboarding and the skill map: the adaptive diagnostic.
    id: 'placement',
    path: '/placement',
    title: () => msg('Placement check'),
    load: () => import('../pages/placement-page.ts'),
    render: () => html`<wf-placement-page></wf-placement-page>`,
  },
  {
    // Reached from Today: the charts and tables of a learner.
    id: 'progress',
    path: '/progress',
    title: () => msg('Progress'),
    load: () => import('../pages/progress-page.ts'),
    render: () => html`<wf-progress-page></wf-progress-page>`,
  },
  {
    // Reached from Today, Goals and the end of a session.
    id: 'journal',
    path: '/journal',
    title: () => msg('Journal'),
    load: () => import('../pages/journal-page.ts'),
    render: () => html`<wf-journal-page></wf-journal-page>`,
  },
  {
    // Reached from Coach: the learning log and term reports.
    id: 'records',
    path: '/records',
    title: () => msg('Records'),
    load: () => import('../pages/records-page.ts'),
    render: () => html`<wf-records-page></wf-records-page>`,
  },
  {
    // Reached from the profile button in the header.
    id: 'profiles',
    path: '/profiles',
    title: () => msg('Who is learning?'),
    load: () => import('../pages/profiles-page.ts'),
    render: () => html`<wf-profiles-page></wf-profiles-page>`,
  },
  {
    // Reached from Portfolio.
    id: 'projects',
    path: '/projects',
    title: () => msg('Projects'),
    load: () => import('../pages/projects-page.ts'),
    render: () => html`<wf-projects-page></wf-projects-page>`,
  },
  {
    // Reached from a credential in the Portfolio (?id=...).
    id: 'certificate',
    path: '/certificate',
    title: () => msg('Certificate'),
    load: () => import('../pages/certificate-page.ts'),
    render: () => html`<wf-certificate-page></wf-certificate-page>`,
  },
  {
    // Reached from the navigation footer and from mastery badges.
    id: 'help',
    path: '/help',
    title: () => msg('Help'),
    load: () => import('../pages/help-page.ts'),
    render: () => html`<wf-help-page></wf-help-page>`,
  },
];

/** The routes shown in the main navigation, in order. */
export const navigationRoutes = routes.filter((route): route is Route & { icon: string } => route.icon !== undefined);

/** The route for a URL path; trailing slashes are ignored and unknown paths give undefined. */
export function matchRoute(pathname: string): Route | undefined {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return routes.find((route) => route.path === normalized);
}
