import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumPath, chromiumFlags } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { jsonImportsAsEsm, jsonldAsEsm } from './src/app/credentials/testing/wtr-jsonld-plugin.mjs';

// Component and IndexedDB tests, in Debian's Chromium (never a downloaded browser).
export default {
  files: ['src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  reporters: [defaultReporter(), countReporter('.test-results/wtr.json')],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  // jsonld is CommonJS: the plugin serves it as one ES module (Vite does the same for the app).
  plugins: [jsonldAsEsm(), jsonImportsAsEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumFlags },
    }),
  ],
};
