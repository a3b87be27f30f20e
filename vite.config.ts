import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentSecurityPolicy } from './src/csp.ts';
import { securityHeaders } from './src/security-headers.ts';

/**
 * Ships the built-in content packs (content/packs) and trained model files (models/packs) with
 * the build, so the service worker can precache them and the app never needs a network.
 */
function shipContentAndModels(): Plugin {
  const roots: Array<[string, string]> = [
    ['content/packs', 'content'],
    ['models/packs', 'models'],
  ];
  const filesUnder = (dir: string): string[] =>
    !existsSync(dir)
      ? []
      : readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? filesUnder(path) : [path];
        });
  return {
    name: 'wayfind-ship-content-and-models',
    apply: 'build',
    generateBundle() {
      // A catalog of the built-in packs, so the app can list them without reading every pack.
      const catalog = filesUnder('content/packs')
        .filter((file) => file.endsWith('.json'))
        .map((file) => {
          const pack = JSON.parse(readFileSync(file, 'utf8')) as { id: string; version: string; title: string; language: string; l10n?: Record<string, { title?: string }> };
          const titles: Record<string, string> = { [pack.language]: pack.title };
          for (const [locale, text] of Object.entries(pack.l10n ?? {})) if (text.title) titles[locale] = text.title;
          return { id: pack.id, version: pack.version, title: pack.title, titles, url: `/content/${relative('content/packs', file)}` };
        });
      this.emitFile({ type: 'asset', fileName: 'content/index.json', source: JSON.stringify({ packs: catalog }) });
      for (const [source, target] of roots) {
        for (const file of filesUnder(source)) {
          if (file.endsWith('.md') || file.endsWith('.ts')) continue;
          this.emitFile({ type: 'asset', fileName: `${target}/${relative(source, file)}`, source: readFileSync(file) });
        }
      }
    },
  };
}

/** The CSP goes into the built page only: Vite's dev server injects inline code that it would block. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'wayfind-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  build: { target: 'es2022', manifest: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  // The preview server sends the same headers as public/_headers asks a real host to send.
  preview: { port: 4173, strictPort: true, headers: Object.fromEntries(securityHeaders) },
  plugins: [
    shipContentAndModels(),
    contentSecurityPolicyMeta(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // We register with workbox-window ourselves (src/app/service-worker.ts) to control when updates apply.
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        id: '/',
        name: 'Wayfind: your private learning companion',
        short_name: 'Wayfind',
        description:
          'Practise, master skills and earn credentials you own. Works offline; your learning stays on this device.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f6f2',
        theme_color: '#1f5f8b',
        categories: ['education'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can ever load is precached: shell, lazy pages, content packs, models, wasm.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,wasm,bin}'],
        globIgnores: ['.vite/**'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
});
