/**
 * Pan and zoom for the skill map: the arithmetic of a view transform (pure functions, unit-tested)
 * and a small controller that turns pointer drags, two-finger pinches and the mouse wheel into it.
 * Hand-written because the map needs only translate + uniform scale and a library (d3-zoom and
 * its dependencies) would be the largest code on the page.
 */

/** Screen point = content point × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The map is never shrunk below this or enlarged beyond this (relative to its drawn size). */
export const MIN_SCALE = 0.1;
export const MAX_SCALE = 2.5;
const FIT_MARGIN = 8;

export const clampScale = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/**
 * The transform that shows all of `content` centred in `view`, never enlarged beyond its drawn
 * size (a small map stays at its natural size).
 */
export function fitTransform(content: Size, view: Size): ViewTransform {
  if (content.width <= 0 || content.height <= 0 || view.width <= 0 || view.height <= 0) return { x: 0, y: 0, k: 1 };
  const k = clampScale(Math.min((view.width - 2 * FIT_MARGIN) / content.width, (view.height - 2 * FIT_MARGIN) / content.height, 1));
  return { k, x: (view.width - content.width * k) / 2, y: (view.height - content.height * k) / 2 };
}

/** Zooms by `factor` keeping the content point under the screen point (px, py) where it is. */
export function zoomAround(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const k = clampScale(t.k * factor);
  const applied = k / t.k;
  return { k, x: px - (px - t.x) * applied, y: py - (py - t.y) * applied };
}

/** The smallest pan that brings a content rectangle fully into view (with a margin), or `t` if it is already. */
export function panToShow(t: ViewTransform, rect: { x: number; y: number; width: number; height: number }, view: Size): ViewTransform {
  const margin = 12;
  const left = rect.x * t.k + t.x;
  const top = rect.y * t.k + t.y;
  const right = left + rect.width * t.k;
  const bottom = top + rect.height * t.k;
  let dx = 0;
  let dy = 0;
  if (left < margin) dx = margin - left;
  else if (right > view.width - margin) dx = Math.max(view.width - margin - right, margin - left);
  if (top < margin) dy = margin - top;
  else if (bottom > view.height - margin) dy = Math.max(view.height - margin - bottom, margin - top);
  return dx === 0 && dy === 0 ? t : { ...t, x: t.x + dx, y: t.y + dy };
}

/**
 * Listens on a viewport element and reports new transforms: one pointer drags the map, two pinch
 * it, the wheel zooms around the pointer. A press that moves less than a few pixels stays a click,
 * so tapping a skill still opens it.
 */
export class PanZoomGestures {
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #moved = false;

  constructor(
    private readonly element: HTMLElement,
    private readonly current: () => ViewTransform,
    private readonly apply: (t: ViewTransform) => void,
  ) {
    element.addEventListener('pointerdown', this.#down);
    element.addEventListener('pointermove', this.#move);
    element.addEventListener('pointerup', this.#up);
    element.addEventListener('pointercancel', this.#up);
    element.addEventListener('wheel', this.#wheel, { passive: false });
    // A drag that ends on a node must not open it.
    element.addEventListener('click', this.#click, { capture: true });
  }

  #local(event: PointerEvent | WheelEvent) {
    const box = this.element.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  readonly #down = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (this.#pointers.size === 0) this.#moved = false;
    this.#pointers.set(event.pointerId, this.#local(event));
  };

  readonly #move = (event: PointerEvent) => {
    const before = this.#pointers.get(event.pointerId);
    if (!before) return;
    const after = this.#local(event);
    if (!this.#moved && Math.hypot(after.x - before.x, after.y - before.y) < 4) return;
    if (!this.#moved) {
      this.#moved = true;
      // Keeps the drag going when the pointer leaves the map; a pointer already gone cannot be captured.
      try {
        this.element.setPointerCapture(event.pointerId);
      } catch {
        /* nothing to capture */
      }
    }
    const t = this.current();
    if (this.#pointers.size === 1) {
      this.apply({ ...t, x: t.x + after.x - before.x, y: t.y + after.y - before.y });
    } else {
      const other = [...this.#pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const factor = Math.hypot(after.x - other.x, after.y - other.y) / Math.max(1, Math.hypot(before.x - other.x, before.y - other.y));
        const zoomed = zoomAround(t, factor, (other.x + after.x) / 2, (other.y + after.y) / 2);
        this.apply({ ...zoomed, x: zoomed.x + (after.x - before.x) / 2, y: zoomed.y + (after.y - before.y) / 2 });
      }
    }
    this.#pointers.set(event.pointerId, after);
  };

  readonly #up = (event: PointerEvent) => {
    this.#pointers.delete(event.pointerId);
  };

  readonly #click = (event: MouseEvent) => {
    if (this.#moved) {
      event.stopPropagation();
      event.preventDefault();
      this.#moved = false;
    }
  };

  readonly #wheel = (event: WheelEvent) => {
    event.preventDefault();
    const { x, y } = this.#local(event);
    // Lines (Firefox) count about 16 px each; a notch of about 100 px zooms by about 16%.
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.apply(zoomAround(this.current(), Math.exp(-delta * 0.0015), x, y));
  };
}
