import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from './routes.ts';

describe('routes', () => {
  it('has the seven pages of the app, each at its own path', () => {
    expect(routes.map((r) => r.id)).toEqual(['today', 'practice', 'map', 'goals', 'portfolio', 'coach', 'settings']);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
  });

  it.each([
    ['/', 'today'],
    ['/practice', 'practice'],
    ['/practice/', 'practice'],
    ['/settings//', 'settings'],
    ['/map', 'map'],
  ])('matches %s to %s', (path, id) => {
    expect(matchRoute(path)?.id).toBe(id);
  });

  it.each(['/nope', '/practice/extra', '/Settings', ''])('has no page at %j', (path) => {
    expect(matchRoute(path)).toBeUndefined();
  });
});
