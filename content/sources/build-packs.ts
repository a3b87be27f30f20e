/**
 * Writes the built-in packs to content/packs/*.json (the files the app and content:check read).
 *   npx tsx content/sources/build-packs.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fractionsPack } from './fractions/pack.ts';
import { spreadsheetsPack } from './spreadsheets/pack.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'packs');
for (const pack of [fractionsPack(), spreadsheetsPack()]) {
  const file = join(out, `${pack.id}.json`);
  writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
