// @ts-check
/**
 * The project's @web/test-runner config plus jsonld served as an ES module, for browser tests
 * that sign or verify credentials:
 *   npx wtr --config src/app/credentials/testing/web-test-runner.crypto.config.mjs --files '...'
 */
import base from '../../../../web-test-runner.config.mjs';
import { jsonldAsEsm } from './wtr-jsonld-plugin.mjs';

export default { ...base, plugins: [jsonldAsEsm(), ...base.plugins] };
