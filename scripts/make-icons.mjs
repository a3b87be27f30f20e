#!/usr/bin/env node
// Renders the app icons (public/icons/*.png) from public/icons/icon.svg with headless Chromium.
// The maskable icon fills its square with the brand colour and keeps the mark inside the central
// 80% safe zone, so launchers can crop it to any shape. Run: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumFlags, ensureChromium } from './chromium.mjs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const icons = [
  { file: 'icon-192.png', size: 192, background: 'transparent', scale: 1 },
  { file: 'icon-512.png', size: 512, background: 'transparent', scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, background: '#1f5f8b', scale: 0.72 },
];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * icon.scale);
    await page.setContent(`<body style="margin:0;background:${icon.background};display:grid;place-items:center;height:100vh">
      <img src="${dataUrl}" width="${inner}" height="${inner}" alt=""></body>`);
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: icon.background === 'transparent' });
    await page.close();
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
