import { expect } from '@open-wc/testing';
import { KtBridge } from '../bridge.ts';
import { KtRequestHandler } from './kt-handler.ts';
import type { KtOperations, KtRequestMessage, KtAnswerMessage } from './protocol.ts';

/**
 * The worker's request handling and the bridge in real Chromium, on the BKT fallback path.
 *
 * @web/test-runner serves modules unbundled, and tfjs' CommonJS dependencies (long, seedrandom)
 * cannot load that way, so the DKT itself is checked in Chromium by bench/kt-browser.test.ts,
 * which runs the Vite-built worker: golden parity with Node and the damaged-weights fallback.
 */
interface PackModelMetadataJson {
  skillIds: string[];
  bkt: { prior: number; learn: number; guess: number; slip: number }[];
}

const MODELS = '/models/packs/';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let nextId = 1;
async function send<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, args: KtOperations[K]['request']): Promise<KtAnswerMessage> {
  return handler.handle({ id: nextId++, op, args } as KtRequestMessage);
}
async function call<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, args: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
  const response = await send(handler, op, args);
  if (!response.ok) throw new Error(response.error);
  return response.result as KtOperations[K]['result'];
}

describe('knowledge-tracing worker: BKT fallback', () => {
  let skillIds: string[];
  let metadata: PackModelMetadataJson;
  before(async () => {
    skillIds = (await getJson<{ skills: { id: string }[] }>('/content/packs/fractions-3-6.json')).skills.map((s) => s.id);
    metadata = await getJson<PackModelMetadataJson>(`${MODELS}fractions-3-6/metadata.json`);
  });

  it('missing model files give BKT with default parameters and the HTTP status in the reason', async () => {
    const handler = new KtRequestHandler();
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds, modelBaseUrl: '/models/no-such-folder/' });
    expect(loaded.engine).to.equal('bkt');
    if (loaded.engine !== 'bkt') return;
    expect(loaded.parameters).to.equal('default');
    expect(loaded.reason).to.contain('simpler estimates (BKT)');
    expect(loaded.reason).to.contain('HTTP 404');
    expect(loaded.skillIds).to.deep.equal(skillIds);
  });

  it('metadata for another pack is refused by name', async () => {
    const handler = new KtRequestHandler({ fetchFile: (url) => fetch(url.replace('/fractions-3-6/', '/spreadsheet-formulas/')) });
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds, modelBaseUrl: MODELS });
    expect(loaded.engine).to.equal('bkt');
    if (loaded.engine === 'bkt') expect(loaded.reason).to.contain('is for pack "spreadsheet-formulas"');
  });

  it('a pack with a new skill keeps the fitted BKT for known skills and the defaults for the new one', async () => {
    const handler = new KtRequestHandler();
    const withNewSkill = [...skillIds, 'a-brand-new-skill'];
    const loaded = await call(handler, 'load', { packId: 'fractions-3-6', skillIds: withNewSkill, modelBaseUrl: MODELS });
    expect(loaded.engine).to.equal('bkt');
    if (loaded.engine !== 'bkt') return;
    expect(loaded.parameters).to.equal('fitted');
    expect(loaded.reason).to.contain('other skills');
    const { predictions } = await call(handler, 'rebuild', { packId: 'fractions-3-6', attempts: [] });
    const fitted = metadata.bkt[metadata.skillIds.indexOf(withNewSkill[3]!)]!;
    // Before any answer: P(correct) = prior (1 - slip) + (1 - prior) guess, by hand.
    expect(predictions[3]).to.be.closeTo(fitted.prior * (1 - fitted.slip) + (1 - fitted.prior) * fitted.guess, 1e-6);
    // The new skill: defaults prior 0.4, guess 0.2, slip 0.1 -> 0.4 * 0.9 + 0.6 * 0.2 = 0.48.
    expect(predictions[withNewSkill.length - 1]).to.be.closeTo(0.48, 1e-6);
  });

  it('a step follows the BKT update computed by hand, on the answered skill only', async () => {
    const handler = new KtRequestHandler();
    await call(handler, 'load', { packId: 'fractions-3-6', skillIds: [...skillIds, 'new'], modelBaseUrl: MODELS });
    const start = await call(handler, 'rebuild', { packId: 'fractions-3-6', attempts: [] });
    const skill = skillIds.length; // the new skill, on the default parameters
    const wrong = await call(handler, 'step', { packId: 'fractions-3-6', state: start.state, skillIndex: skill, correct: false });
    // P(known | wrong) = 0.4 * 0.1 / (0.4 * 0.1 + 0.6 * 0.8) = 0.04 / 0.52; then learn 0.1.
    const known = 0.04 / 0.52 + (1 - 0.04 / 0.52) * 0.1;
    expect(wrong.state.values[skill]).to.be.closeTo(known, 1e-6);
    expect(wrong.predictions[skill]).to.be.closeTo(known * 0.9 + (1 - known) * 0.2, 1e-6);
    expect(wrong.predictions[0]).to.equal(start.predictions[0]);
  });

  it('refuses bad requests with messages that say what is wrong', async () => {
    const handler = new KtRequestHandler();
    const badId = await send(handler, 'load', { packId: '../secrets', skillIds });
    expect(badId.ok).to.equal(false);
    if (!badId.ok) expect(badId.error).to.contain('not a valid pack id');
    await call(handler, 'load', { packId: 'fractions-3-6', skillIds, modelBaseUrl: '/models/none/' });
    const { state } = await call(handler, 'rebuild', { packId: 'fractions-3-6', attempts: [] });
    const outside = await send(handler, 'step', { packId: 'fractions-3-6', state, skillIndex: skillIds.length, correct: true });
    if (!outside.ok) expect(outside.error).to.contain(`skill index ${skillIds.length} is outside 0..${skillIds.length - 1}`);
    expect(outside.ok).to.equal(false);
    const foreign = await send(handler, 'step', { packId: 'fractions-3-6', state: { engine: 'dkt', values: new Float32Array(32) }, skillIndex: 0, correct: true });
    if (!foreign.ok) expect(foreign.error).to.contain('rebuild it from the stored attempts');
    expect(foreign.ok).to.equal(false);
    const notLoaded = await send(handler, 'predict', { packId: 'spreadsheet-formulas', state });
    if (!notLoaded.ok) expect(notLoaded.error).to.contain('not loaded');
    expect(notLoaded.ok).to.equal(false);
  });
});

describe('KtBridge with a real module worker', () => {
  const worker = (): Worker => new Worker(new URL('./kt-worker-unbundled.ts', import.meta.url), { type: 'module' });
  let skillIds: string[];
  before(async () => {
    skillIds = (await getJson<{ skills: { id: string }[] }>('/content/packs/spreadsheet-formulas.json')).skills.map((s) => s.id);
  });

  it('starts the worker on first use, reports the fallback and steps a learner', async () => {
    const bridge = new KtBridge({ createWorker: worker });
    expect(bridge.running).to.equal(false);
    const loaded = await bridge.load({ packId: 'spreadsheet-formulas', skillIds, modelBaseUrl: '/models/missing/' });
    expect(bridge.running).to.equal(true);
    expect(loaded.engine).to.equal('bkt');
    if (loaded.engine === 'bkt') expect(loaded.reason).to.contain('HTTP 404');
    const rebuilt = await bridge.rebuild('spreadsheet-formulas', [
      { skillIndex: 2, correct: true },
      { skillIndex: 2, correct: true },
    ]);
    const stepped = await bridge.step('spreadsheet-formulas', rebuilt.state, 2, true);
    expect(stepped.predictions.length).to.equal(skillIds.length);
    expect(stepped.predictions[2]!).to.be.above(rebuilt.predictions[2]!);
    expect(await bridge.predict('spreadsheet-formulas', stepped.state)).to.deep.equal(stepped.predictions);
    const error = await bridge.step('spreadsheet-formulas', stepped.state, -1, true).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('Knowledge tracing (step) failed: skill index -1 is outside');
    bridge.terminate();
  });

  it('shuts the worker down when idle and reloads the pack on the next request', async () => {
    const bridge = new KtBridge({ createWorker: worker, idleMs: 50 });
    await bridge.load({ packId: 'spreadsheet-formulas', skillIds, modelBaseUrl: '/models/missing/' });
    const first = await bridge.rebuild('spreadsheet-formulas', [{ skillIndex: 1, correct: false }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bridge.running).to.equal(false);
    const again = await bridge.rebuild('spreadsheet-formulas', [{ skillIndex: 1, correct: false }]);
    expect(bridge.running).to.equal(true);
    expect(Array.from(again.predictions)).to.deep.equal(Array.from(first.predictions));
    bridge.terminate();
  });

  it('rejects requests with a clear message when the worker script cannot load', async () => {
    const bridge = new KtBridge({ createWorker: () => new Worker('/no-such-worker.js', { type: 'module' }) });
    const error = await bridge.stats().catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('knowledge-tracing worker failed');
    expect(bridge.running).to.equal(false);
  });
});
