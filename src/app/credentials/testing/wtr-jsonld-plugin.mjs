// @ts-check
/**
 * A @web/test-runner plugin that serves jsonld (a CommonJS package, which the browser cannot
 * import as is) as one ES module bundled by esbuild. Vite does this conversion for the app; the
 * test runner has no CommonJS plugin installed. Used by browser tests that sign or verify.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SERVED_PATH = '/__wayfind/jsonld.esm.js';

/** @type {Promise<string> | undefined} */
let bundled;

function bundleJsonld() {
  bundled ??= build({
    entryPoints: [require.resolve('jsonld')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

export function jsonldAsEsm() {
  return {
    name: 'wayfind-jsonld-esm',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      return source === 'jsonld' ? SERVED_PATH : undefined;
    },
    /** @param {{ path: string }} context */
    async serve(context) {
      return context.path === SERVED_PATH ? { body: await bundleJsonld(), type: 'js' } : undefined;
    },
  };
}

/**
 * Serves a JSON file that a module imports (`import doc from './x.json'`, which Vite turns into a
 * module for the app) as `export default {...}`. Only imports are rewritten (to `?json-module`);
 * a test's fetch of a .json file still gets the file itself.
 */
export function jsonImportsAsEsm() {
  return {
    name: 'wayfind-json-imports',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      return source.endsWith('.json') && source.startsWith('.') ? `${source}?json-module` : undefined;
    },
    /** @param {{ path: string, URL: URL }} context */
    async serve(context) {
      if (!context.URL.searchParams.has('json-module')) return undefined;
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(new URL(`../../../..${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${text};`, type: 'js' };
    },
  };
}
