/**
 * Entry point: applies the learner's display preferences before the first paint, mounts the shell,
 * then (in production builds) registers the service worker that makes the app work offline.
 */
import './ui/styles/theme.css';
import { WfApp } from './ui/app/wf-app.ts';
import { ensurePersistenceAsked } from './app/shell/index.ts';

async function start(): Promise<void> {
  const app = new WfApp();
  // Theme and language apply before the shell is in the document, so nothing flashes or switches.
  await app.preferences.start();
  document.body.prepend(app);

  // First use: ask the browser to keep our storage; Settings shows the answer.
  void ensurePersistenceAsked(navigator.storage, localStorage);

  if (import.meta.env.PROD) {
    // After load, so registering and precaching never compete with the first paint.
    const register = () => app.updater.register().catch((error: unknown) => console.warn('Service worker registration failed', error));
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
  }
}

void start();
