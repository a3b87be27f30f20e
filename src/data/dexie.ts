/**
 * The one place src/data imports Dexie from. Dexie's package entry (import-wrapper.mjs) imports a
 * UMD file as if it were a module, which only bundlers accept; @web/test-runner serves files as
 * they are and fails on it. Dexie's own ES module build works in Vite, @web/test-runner and Node.
 */
export { default, liveQuery } from 'dexie/dist/dexie.mjs';
export type { EntityTable, Transaction } from 'dexie';
