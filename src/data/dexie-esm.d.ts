// Types for Dexie's ES module build (see dexie.ts): the same API as the package entry.
declare module 'dexie/dist/dexie.mjs' {
  export * from 'dexie';
  import Dexie from 'dexie';
  export default Dexie;
}
