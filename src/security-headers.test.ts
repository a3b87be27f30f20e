/** The header CSP, public/_headers and the README's nginx and Apache snippets all come from src/csp.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { apacheSnippet, headerContentSecurityPolicy, headersFile, nginxSnippet } from './security-headers.ts';

const repoFile = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('security headers for real hosts', () => {
  it('adds frame-ancestors \'none\' to the page\'s own policy and loosens nothing', () => {
    expect(headerContentSecurityPolicy.startsWith(`${contentSecurityPolicy}; `)).toBe(true);
    expect(headerContentSecurityPolicy).toMatch(/; frame-ancestors 'none'$/);
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  });

  it('public/_headers is exactly what `npm run headers` writes (run it after changing src/csp.ts)', () => {
    expect(repoFile('public/_headers')).toBe(headersFile());
    expect(headersFile()).toContain(`  Content-Security-Policy: ${headerContentSecurityPolicy}\n`);
    expect(headersFile()).toContain('  X-Frame-Options: DENY\n');
  });

  it('the README\'s deploy section carries the generated nginx and Apache snippets verbatim', () => {
    const readme = repoFile('README.md');
    expect(readme).toContain(`\`\`\`nginx\n${nginxSnippet()}\n\`\`\``);
    expect(readme).toContain(`\`\`\`apache\n${apacheSnippet()}\n\`\`\``);
    expect(readme).toMatch(/needs the header/);
  });
});
