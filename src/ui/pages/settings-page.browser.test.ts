import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { preferencesContext } from '../app/contexts.ts';
import { PreferencesService } from '../../app/shell/index.ts';
import './settings-page.ts';
import type { WfSettingsPage } from './settings-page.ts';

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

async function mount(service: PreferencesService): Promise<WfSettingsPage> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: preferencesContext, initialValue: service });
  const page = document.createElement('wf-settings-page');
  host.append(page);
  await page.updateComplete;
  return page;
}

describe('<wf-settings-page>', () => {
  afterEach(async () => {
    await new PreferencesService(memoryStore()).update({ theme: 'system', motion: 'system', locale: 'en' });
  });

  it('applies a theme chosen with a radio button to the document', async () => {
    const service = new PreferencesService(memoryStore());
    const page = await mount(service);
    const contrast = [...page.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="theme"]')].find((i) => i.value === 'contrast')!;
    contrast.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.documentElement.dataset.theme).to.equal('contrast');
    expect(service.value.theme).to.equal('contrast');
  });

  it('reduces motion when asked, even if the system does not', async () => {
    const service = new PreferencesService(memoryStore());
    const page = await mount(service);
    const reduce = [...page.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="motion"]')].find((i) => i.value === 'reduce')!;
    reduce.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.documentElement.dataset.reducedMotion).to.equal('true');
  });

  it('switches the language and keeps <html lang> in step', async () => {
    const service = new PreferencesService(memoryStore());
    const page = await mount(service);
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('select#language')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    // The Spanish strings are a lazy chunk; wait for them rather than for a fixed time.
    await waitUntil(() => document.documentElement.lang === 'es', '<html lang> never became es', { timeout: 10000 });
    await waitUntil(() => page.shadowRoot!.querySelector('#language-heading')!.textContent === 'Idioma', 'heading not translated', { timeout: 10000 });
  });

  it('labels every control and passes axe', async () => {
    const page = await mount(new PreferencesService(memoryStore()));
    await expect(page).to.be.accessible();
  });
});
