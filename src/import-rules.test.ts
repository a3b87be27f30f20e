/**
 * The layout rules of src/, checked by reading every file's imports (README, "Layout"):
 * 1. there is no import circle anywhere in src/ (type-only imports count too: a circle of types is
 *    still two modules that cannot be understood one without the other);
 * 2. code outside a feature folder of src/app reaches it only through its entry, index.ts, or
 *    through a lazy entry that index.ts names (loaded with import() so it stays out of the first
 *    download); tests may also use a feature's `*.testing.ts` helpers;
 * 3. no file of a feature imports its own entry (the entry sits above the feature's files);
 * 4. an import for side effects only (`import './x.ts'`) names a file that package.json's
 *    "sideEffects" declares: the bundler drops every other file whose exports go unused, which is
 *    what keeps a feature entry's re-exports out of the first download (README, "Bundle budget").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.dirname(fileURLToPath(import.meta.url));
const appDir = path.join(src, 'app');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface ImportEdge { target: string; dynamic: boolean; typeOnly: boolean }

/** Relative specifiers of static imports and re-exports (type-only included) and of dynamic import(). */
export function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/^\s*(?:import|export)(\s+type)?\b(?:[^'";]*?\bfrom)?\s*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    edges.push({ target: path.resolve(path.dirname(file), match[2]!), dynamic: false, typeOnly: Boolean(match[1]) });
  }
  for (const match of code.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
    edges.push({ target: path.resolve(path.dirname(file), match[1]!), dynamic: true, typeOnly: false });
  }
  return edges;
}

/** Relative specifiers imported for their side effects only: `import './x.ts';`. */
export function sideEffectImportsOf(file: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

const repoRoot = path.dirname(src);
const sideEffectGlobs = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { sideEffects?: string[] }).sideEffects ?? [];
/** Whether package.json's "sideEffects" covers `file` (globs: `**` any folders, `*` within a name). */
export function declaresSideEffects(file: string, globs: readonly string[] = sideEffectGlobs): boolean {
  const relative = path.relative(repoRoot, file).split(path.sep).join('/');
  return globs.some((glob) => {
    const pattern = glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replaceAll('**/', '<anydir>')
      .replaceAll('**', '<any>')
      .replaceAll('*', '[^/]*')
      .replaceAll('<anydir>', '(?:.*/)?')
      .replaceAll('<any>', '.*');
    return new RegExp(`^${pattern}$`).test(relative);
  });
}

const files = sourceFiles(src);
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const edges = new Map(files.map((file) => [file, importsOf(file, texts.get(file)!)]));
const rel = (file: string) => path.relative(src, file);

function featureOf(file: string): string | null {
  const inside = path.relative(appDir, file);
  if (inside.startsWith('..')) return null;
  const parts = inside.split(path.sep);
  return parts.length > 1 ? parts[0]! : null;
}

/** The lazy entries an index.ts names in its opening comment ("Lazy entries: ./a.ts, ./b.ts"). */
function lazyEntries(feature: string): Set<string> {
  const entry = path.join(appDir, feature, 'index.ts');
  const text = texts.get(entry) ?? '';
  const block = /Lazy entries[^:]*:([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return new Set([...block.matchAll(/\.\/([\w./-]+\.ts)/g)].map((match) => path.join(appDir, feature, match[1]!)));
}

/** Every import circle, each reported once by the file where the walk first closed it. */
function findCycles(): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const { target } of edges.get(file) ?? []) {
      if (!texts.has(target)) continue;
      if (state.get(target) === 'open') cycles.push(stack.slice(stack.indexOf(target)).map(rel));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('import rules of src/', () => {
  it('reads the imports it checks (a known import and a known dynamic import are found)', () => {
    const practicePage = edges.get(path.join(src, 'ui/pages/practice-page.ts')) ?? [];
    expect(practicePage.length).toBeGreaterThan(0);
    const routes = edges.get(path.join(src, 'ui/app/routes.ts')) ?? [];
    expect(routes.some((edge) => edge.dynamic)).toBe(true);
    expect(lazyEntries('credentials')).toContain(path.join(appDir, 'credentials/credential-crypto.ts'));
  });

  it('reads static, type-only and dynamic imports of a made-up file', () => {
    const a = path.join(src, 'made-up/a.ts');
    expect(importsOf(a, "import { b } from './b.ts';\nimport type { C } from '../c.ts';\nconst d = () => import('./d.ts');")).toEqual([
      { target: path.join(src, 'made-up/b.ts'), dynamic: false, typeOnly: false },
      { target: path.join(src, 'c.ts'), dynamic: false, typeOnly: true },
      { target: path.join(src, 'made-up/d.ts'), dynamic: true, typeOnly: false },
    ]);
  });

  it('has no import circle', () => {
    expect(findCycles()).toEqual([]);
  });

  it('reaches a feature of src/app only through its entry or a lazy entry it names', () => {
    const wrong: string[] = [];
    for (const [file, fileEdges] of edges) {
      const from = featureOf(file);
      const isTest = /\.(test|testing)\.ts$/.test(file);
      for (const { target, dynamic, typeOnly } of fileEdges) {
        const to = featureOf(target);
        if (!to || to === from) continue;
        if (path.basename(target) === 'index.ts' && path.dirname(target) === path.join(appDir, to)) continue;
        if (isTest && target.endsWith('.testing.ts')) continue;
        if (lazyEntries(to).has(target) && (dynamic || typeOnly || isTest || /-cli\.ts$/.test(file))) continue;
        wrong.push(`${rel(file)} -> ${rel(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every feature entry above its own files', () => {
    const wrong: string[] = [];
    for (const [file, fileEdges] of edges) {
      const feature = featureOf(file);
      if (!feature || path.basename(file) === 'index.ts') continue;
      const entry = path.join(appDir, feature, 'index.ts');
      if (fileEdges.some((edge) => edge.target === entry)) wrong.push(rel(file));
    }
    expect(wrong).toEqual([]);
  });

  it('gives every feature folder an entry that says what it owns', () => {
    const folders = readdirSync(appDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) {
      const text = texts.get(path.join(appDir, folder, 'index.ts'));
      expect(text, `${folder}/index.ts`).toMatch(/^\/\*\*[\s\S]*?Owns[\s\S]*?\*\//);
    }
  });

  it('imports a file for its side effects only where package.json declares it has them', () => {
    expect(sideEffectGlobs.length).toBeGreaterThan(0);
    const made = path.join(src, 'app/made-up/a.ts');
    expect(sideEffectImportsOf(made, "import './b.ts';\nimport { c } from './c.ts';\nimport '../../ui/x.css';")).toEqual([path.join(src, 'app/made-up/b.ts'), path.join(src, 'ui/x.css')]);
    expect(declaresSideEffects(path.join(src, 'app/made-up/b.ts'))).toBe(false);
    expect(declaresSideEffects(path.join(src, 'ui/components/x/x.ts'))).toBe(true);
    expect(declaresSideEffects(path.join(src, 'main.ts'))).toBe(true);
    expect(declaresSideEffects(path.join(src, 'app/styles/y.css'))).toBe(true);
    const wrong = files
      .filter((file) => !/\.(test|testing)\.ts$/.test(file))
      .flatMap((file) => sideEffectImportsOf(file, texts.get(file)!).filter((target) => !declaresSideEffects(target)).map((target) => `${rel(file)} -> ${path.relative(src, target)}`));
    expect(wrong).toEqual([]);
  });
});
