import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, fitTransform, panToShow, zoomAround } from './pan-zoom.ts';

const screen = (t: { x: number; y: number; k: number }, x: number, y: number) => ({ x: x * t.k + t.x, y: y * t.k + t.y });

describe('fitTransform', () => {
  it('shrinks a large map until all of it is inside the view, centred', () => {
    const t = fitTransform({ width: 1600, height: 1200 }, { width: 800, height: 400 });
    const topLeft = screen(t, 0, 0);
    const bottomRight = screen(t, 1600, 1200);
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(800);
    expect(bottomRight.y).toBeLessThanOrEqual(400);
    // Height is the limit here: the map spans the view's height less the margins, and is centred across.
    expect(bottomRight.y - topLeft.y).toBeCloseTo(400 - 16);
    expect(topLeft.x).toBeCloseTo(800 - bottomRight.x);
  });

  it('leaves a small map at its drawn size', () => {
    const t = fitTransform({ width: 200, height: 100 }, { width: 800, height: 400 });
    expect(t.k).toBe(1);
    expect(screen(t, 100, 50)).toEqual({ x: 400, y: 200 });
  });

  it('copes with an empty map or a view not laid out yet', () => {
    expect(fitTransform({ width: 0, height: 0 }, { width: 800, height: 400 })).toEqual({ x: 0, y: 0, k: 1 });
    expect(fitTransform({ width: 100, height: 100 }, { width: 0, height: 0 })).toEqual({ x: 0, y: 0, k: 1 });
  });
});

describe('zoomAround', () => {
  it('keeps the point under the pointer where it is', () => {
    const before = { x: 30, y: -20, k: 0.5 };
    const after = zoomAround(before, 1.6, 250, 120);
    const content = { x: (250 - before.x) / before.k, y: (120 - before.y) / before.k };
    expect(screen(after, content.x, content.y).x).toBeCloseTo(250);
    expect(screen(after, content.x, content.y).y).toBeCloseTo(120);
    expect(after.k).toBeCloseTo(0.8);
  });

  it('stops at the smallest and largest scale', () => {
    expect(zoomAround({ x: 0, y: 0, k: 1 }, 100, 0, 0).k).toBe(MAX_SCALE);
    expect(zoomAround({ x: 0, y: 0, k: 1 }, 0.0001, 0, 0).k).toBe(MIN_SCALE);
  });
});

describe('panToShow', () => {
  const view = { width: 400, height: 300 };
  it('moves the least needed to bring a node in from the right or from below', () => {
    const t = { x: 0, y: 0, k: 1 };
    const moved = panToShow(t, { x: 500, y: 350, width: 100, height: 50 }, view);
    expect(screen(moved, 600, 400)).toEqual({ x: 400 - 12, y: 300 - 12 });
  });

  it('returns the same transform when the node is already in view', () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(panToShow(t, { x: 50, y: 50, width: 100, height: 50 }, view)).toBe(t);
  });

  it('shows the top-left of a node larger than the view', () => {
    const moved = panToShow({ x: 0, y: 0, k: 2 }, { x: 300, y: 300, width: 300, height: 300 }, view);
    expect(screen(moved, 300, 300)).toEqual({ x: 12, y: 12 });
  });
});
