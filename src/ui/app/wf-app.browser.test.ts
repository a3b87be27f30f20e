import { expect, fixture, html } from '@open-wc/testing';
import './wf-app.ts';
import type { WfApp } from './wf-app.ts';
import { navigationRoutes } from './routes.ts';

const startUrl = location.href;

async function settled(app: WfApp): Promise<void> {
  for (let i = 0; i < 250 && (app.router.loading || !app.router.route); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await app.updateComplete;
}

describe('<wf-app>', () => {
  afterEach(() => history.replaceState({}, '', startUrl));

  it('renders one labelled navigation link per route, with the current page marked', async () => {
    history.replaceState({}, '', '/');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    const nav = app.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Main');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(navigationRoutes.map((r) => r.path));
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.querySelector('.label')!.textContent!.trim())).to.deep.equal(['Today']);
    // The phone bar's short label is for the eye only; the link's name stays the page's full title.
    const map = links.find((a) => a.getAttribute('href') === '/map')!;
    expect(map.querySelector('.label')!.textContent!.trim()).to.equal('Skill map');
    expect(map.querySelector('.short-label')!.getAttribute('aria-hidden')).to.equal('true');
    expect(map.querySelector('.short-label')!.textContent!.trim()).to.equal('Map');
  });

  it('navigates in place when a link is clicked, and moves focus to the new title', async () => {
    history.replaceState({}, '', '/');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    app.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/settings"]')!.click();
    await settled(app);
    await app.updateComplete;
    expect(location.pathname).to.equal('/settings');
    const heading = app.shadowRoot!.querySelector('h1')!;
    expect(heading.textContent).to.equal('Settings');
    expect(app.shadowRoot!.activeElement).to.equal(heading);
    expect(document.title).to.equal('Settings · Wayfind');
  });

  it('follows the browser Back button', async () => {
    history.replaceState({}, '', '/');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    await app.router.navigate('/goals');
    await settled(app);
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await settled(app);
    expect(app.shadowRoot!.querySelector('h1')!.textContent).to.equal('Today');
  });

  it('shows a page-not-found message with a way back for unknown addresses', async () => {
    history.replaceState({}, '', '/no-such-page');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('h1')!.textContent).to.equal('Page not found');
    expect(app.shadowRoot!.querySelector('main a[href="/"]')).to.exist;
  });

  it('says so when the device goes offline', async () => {
    history.replaceState({}, '', '/');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    app.online = false;
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('header [role="status"]')!.textContent).to.contain('Offline');
  });

  it('is accessible', async () => {
    history.replaceState({}, '', '/');
    const app = await fixture<WfApp>(html`<wf-app></wf-app>`);
    await settled(app);
    await expect(app).to.be.accessible();
  });
});
