/**
 * The in-app pack check in a real worker (Chromium): a hostile pack ends as a refusal with its
 * message, and a checker that hangs or crashes ends as a refusal too, never a stuck screen.
 */
import { expect } from '@open-wc/testing';
import { checkPackOffThread } from './pack-check-runner.ts';
import { hostileFormulaPacks } from '../../content/testing/hostile-formula-packs.ts';
import { minimalPack } from '../../content/testing/minimal-pack.ts';

const blobWorker = (source: string) => () => new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));

describe('checkPackOffThread', () => {
  it('refuses a formula nested 10,000 deep, in the worker', async () => {
    const hostile = hostileFormulaPacks()[0];
    const result = await checkPackOffThread(JSON.stringify(hostile.pack));
    expect(result.ok).to.equal(false);
    expect(result.pack).to.equal(undefined);
    expect(result.problems.some((p) => /characters long; the limit is 1000/.test(p.message))).to.equal(true);
  });

  it('accepts a good pack', async () => {
    const result = await checkPackOffThread(JSON.stringify(minimalPack()));
    expect(result.ok).to.equal(true);
    expect(result.pack?.id).to.equal('tiny');
  });

  it('refuses text that is not JSON', async () => {
    const result = await checkPackOffThread('{ "id": ');
    expect(result.ok).to.equal(false);
    expect(result.problems[0].message).to.match(/not valid JSON/);
  });

  it('gives up on a checker that never answers', async () => {
    const result = await checkPackOffThread('{}', { createWorker: blobWorker('onmessage = () => { for (;;) {} };'), timeoutMs: 300 });
    expect(result.ok).to.equal(false);
    expect(result.problems[0].message).to.match(/took longer than/);
  });

  it('turns a crashed checker into a refusal', async () => {
    const result = await checkPackOffThread('{}', { createWorker: blobWorker('onmessage = () => { throw new Error("boom"); };') });
    expect(result.ok).to.equal(false);
    expect(result.problems[0].message).to.match(/could not be checked/);
  });
});
