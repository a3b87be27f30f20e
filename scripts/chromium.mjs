#!/usr/bin/env node
// Finds the Chromium that browser and end-to-end tests drive: $CHROME_PATH, else Debian's
// /usr/bin/chromium. Test tools' own browser downloads do not work on our machines, so when
// Chromium is missing we install Debian's package (if apt and root are available) or stop with
// a message that says how to get it.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_PATH = '/usr/bin/chromium';

export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return DEBIAN_PATH;
}

function canUseApt() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

/** Makes sure a Chromium exists; returns its path or exits with a helpful message. */
export function ensureChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  if (canUseApt()) {
    console.log('Chromium not found; installing Debian\'s "chromium" package with apt-get ...');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: 'inherit',
      });
    } catch {
      /* reported below */
    }
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  console.error(
    [
      'Browser tests need Chromium, and none was found.',
      '  - On Debian or Ubuntu: sudo apt-get install chromium',
      '  - Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/the/binary',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = ensureChromium();
  if (!process.argv.includes('--quiet')) console.log(`Chromium: ${path}`);
}
