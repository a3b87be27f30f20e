import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchRoute, type Route } from './routes.ts';

/**
 * A small History-API router as a reactive controller: it tracks the current route, loads the
 * route's page chunk before showing it, and turns clicks on same-origin links into in-app
 * navigation. (The app has a short fixed list of routes, so a routing library would add weight for
 * nothing.) Query strings (`/practice?skill=x`) belong to the page: `url` changes with them, and the
 * shell keys the page element on it, so a new query gives a freshly started page.
 */
export class RouterController implements ReactiveController {
  route: Route | undefined;
  loading = false;
  loadError: unknown = null;
  /** Increments on every navigation, so the host can move focus only when the page changed. */
  navigationCount = 0;
  /** The path and query of the page shown. */
  url = location.pathname + location.search;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onPopState = () => void this.#show(location.pathname);
  readonly #onClick = (event: MouseEvent) => this.#interceptLink(event);

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    this.#host.addEventListener('click', this.#onClick);
    void this.#show(location.pathname);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    this.#host.removeEventListener('click', this.#onClick);
  }

  /** Goes to `url` (a path, optionally with ?query and #hash) inside the app. */
  async navigate(url: string): Promise<void> {
    const target = new URL(url, location.href);
    if (target.pathname + target.search + target.hash !== location.pathname + location.search + location.hash) {
      history.pushState({}, '', target.pathname + target.search + target.hash);
    }
    await this.#show(target.pathname);
  }

  retry(): Promise<void> {
    return this.#show(location.pathname);
  }

  async #show(pathname: string): Promise<void> {
    const route = matchRoute(pathname);
    this.loading = true;
    this.loadError = null;
    this.#host.requestUpdate();
    try {
      await route?.load();
    } catch (error) {
      // A page chunk can fail to load (an old tab after an update, or storage cleared while offline).
      this.loadError = error;
    }
    this.route = route;
    this.url = location.pathname + location.search;
    this.loading = false;
    this.navigationCount += 1;
    this.#host.requestUpdate();
  }

  #interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    if (!matchRoute(anchor.pathname)) return;
    event.preventDefault();
    void this.navigate(anchor.pathname + anchor.search + anchor.hash);
  }
}
