import { describe, expect, it } from 'vitest';
import { matchRoute, navigationRoutes, routes } from './routes.ts';

describe('routes', () => {
  it('navigates between the seven main pages, each at its own path', () => {
    expect(navigationRoutes.map((r) => r.id)).toEqual(['today', 'practice', 'map', 'goals', 'portfolio', 'coach', 'settings']);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
  });

  it('keeps occasional tools out of the main navigation', () => {
    expect(routes.filter((r) => !navigationRoutes.includes(r as never)).map((r) => r.id)).toEqual([
      'verify',
      'welcome',
      'placement',
      'progress',
      'journal',
      'records',
      'profiles',
      'projects',
      'certificate',
      'help',
    ]);
  });

  it.each([
    ['/', 'today'],
    ['/practice', 'practice'],
    ['/practice/', 'practice'],
    ['/settings//', 'settings'],
    ['/map', 'map'],
    ['/verify', 'verify'],
  ])('matches %s to %s', (path, id) => {
    expect(matchRoute(path)?.id).toBe(id);
  });

  it.each(['/nope', '/practice/extra', '/Settings', ''])('has no page at %j', (path) => {
    expect(matchRoute(path)).toBeUndefined();
  });
});
