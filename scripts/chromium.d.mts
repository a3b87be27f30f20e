/** Chromium flags for headless runs on machines with a closed network. */
export const chromiumFlags: string[];
/** $CHROME_PATH if it exists, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string;
/** Returns a Chromium path, installing Debian's package when possible, or exits with advice. */
export function ensureChromium(): string;
