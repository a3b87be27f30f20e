/**
 * Library: the content packs on this device.
 *
 * Owns the catalog of built-in and imported packs and installing/removing them (content-library.ts),
 * which pack a learner studies (learner-pack.ts) and checking a pack file before import
 * (pack-file-check.ts).
 * Offers: readCatalog, fetchBuiltInPack, installPack, listLibrary, openPack, choosePack.
 * Lazy entries (loaded with import() when a file is chosen): ./pack-file-check.ts
 */
export { fetchBuiltInPack, installPack, listLibrary, readCatalog, removeImportedPack } from './content-library.ts';
export type { CatalogEntry, LibraryEntry, PackFileCheck } from './content-library.ts';
export { choosePack, chosenPackId, learnerPackIds, openPack, packForSetting } from './learner-pack.ts';
