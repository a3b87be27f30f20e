import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchRoute, type Route } from './routes.ts';

/**
 * A small History-API router as a reactive controller: it tracks the current route, loads the
 * route's page chunk before showing it, and turns clicks on same-origin links into in-app
 * navigation. (The app has seven fixed routes, so a routing library would add weight for nothing.)
 */
export class RouterController implements ReactiveController {
  route: Route | undefined;
  loading = false;
  loadError: unknown = null;
  /** Increments on every navigation, so the host can move focus only when the page changed. */
  navigationCount = 0;

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

  async navigate(path: string): Promise<void> {
    if (path !== location.pathname) history.pushState({}, '', path);
    await this.#show(path);
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
    void this.navigate(anchor.pathname);
  }
}
