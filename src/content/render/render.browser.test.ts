/**
 * XSS corpus, rendered in real Chromium: nothing in pack text may run or load. Each payload tries
 * to set a window flag or to fetch a probe URL on the test server; after rendering (and clicking
 * everything clickable) the flag must be unset and the browser's resource timing must show no
 * request for any probe. Two controls show the detectors do fire on unsanitized HTML.
 */
import { expect } from '@open-wc/testing';
import { renderInline, renderMarkdown, renderResources } from './markdown.ts';
import { readAloudText } from './read-aloud.ts';

type Flagged = Window & { __xss?: string };
const win = window as Flagged;
const PROBE = `${location.origin}/__xss_probe__`;

const CORPUS: [string, string][] = [
  ['script tag', '<script>window.__xss="script"</script>'],
  ['img onerror', '<img src="x" alt="a" onerror="window.__xss=\'onerror\'">'],
  ['svg onload', '<svg onload="window.__xss=\'svg-onload\'"><circle r="4"/></svg>'],
  ['svg script', '<svg><script>window.__xss="svg-script"</script></svg>'],
  ['svg animate onbegin', '<svg><animate onbegin="window.__xss=\'animate\'" attributeName="x" dur="1s"/></svg>'],
  ['svg a javascript', '<svg><a xlink:href="javascript:window.__xss=\'svg-a\'"><text y="10">svg link</text></a></svg>'],
  ['svg image load', `<svg><image href="${PROBE}/svg-image.png" width="5" height="5"/></svg>`],
  ['svg use load', `<svg><use href="${PROBE}/svg-use.svg#x"/></svg>`],
  ['mathml href', '<math href="javascript:window.__xss=\'math-href\'"><mi>x</mi></math>'],
  ['mathml maction', '<math><maction actiontype="statusline" onclick="window.__xss=\'maction\'"><mi>x</mi></maction></math>'],
  ['mathml mXSS', '<math><mtext><table><mglyph><style><img src=x alt=a onerror="window.__xss=\'mxss\'">'],
  ['markdown javascript link', "[click me](javascript:window.__xss='md-link')"],
  ['html javascript link', '<a href="javascript:window.__xss=\'a-js\'">go</a>'],
  ['vbscript and data links', '<a href="vbscript:msgbox(1)">vb</a> <a href="data:text/html,<script>parent.__xss=1</script>">data</a>'],
  ['iframe javascript', '<iframe src="javascript:parent.__xss=\'iframe\'"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss=\'srcdoc\'</script>"></iframe>'],
  ['object', '<object data="javascript:window.__xss=\'object\'"></object>'],
  ['embed', `<embed src="${PROBE}/embed.swf">`],
  ['form', '<form action="javascript:window.__xss=\'form\'"><button>Submit</button></form>'],
  ['input image', `<input type="image" src="${PROBE}/input.png" alt="x">`],
  ['details ontoggle', '<details open ontoggle="window.__xss=\'ontoggle\'"><summary>s</summary>x</details>'],
  ['div onclick', '<div onclick="window.__xss=\'onclick\'">click me</div>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=\'meta\'">'],
  ['css url in style attribute', `<div style="background-image:url(${PROBE}/css-attr.png)">styled</div>`],
  ['style element import', `<style>@import url(${PROBE}/css-import.css); p{background:url(${PROBE}/css-style.png)}</style><p>p</p>`],
  ['link stylesheet', `<link rel="stylesheet" href="${PROBE}/link.css">`],
  ['base tag', `<base href="${PROBE}/base/"><img src="relative.png" alt="rel">`],
  ['markdown remote image', `![a remote picture](${PROBE}/md-img.png)`],
  ['html remote image', `<img src="${PROBE}/raw-img.png" alt="raw">`],
  ['img srcset', `<img srcset="${PROBE}/srcset.png 1x" alt="srcset">`],
  ['video poster and audio', `<video poster="${PROBE}/poster.png"></video><audio src="${PROBE}/audio.mp3" autoplay></audio>`],
  ['tex href', "$\\href{javascript:window.__xss='tex-href'}{x}$"],
  ['tex url and includegraphics', `$\\url{javascript:window.__xss='tex-url'}$ $\\includegraphics{${PROBE}/tex.png}$`],
  ['tex html class injection', '$\\htmlClass{x" onmouseover="window.__xss=1}{y}$'],
  ['data svg image with script', '<img alt="svg" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22parent.__xss=1%22/%3E">'],
];

let hosts: HTMLElement[] = [];
afterEach(() => {
  hosts.forEach((h) => h.remove());
  hosts = [];
  delete win.__xss;
});

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  hosts.push(host);
  return host;
}

/** Click everything, but never let a web link navigate away from the test page. */
function clickAll(host: HTMLElement): void {
  const stopWebNavigation = (e: Event) => {
    const a = (e.target as Element).closest?.('a');
    if (a && /^https?:/i.test(a.getAttribute('href') ?? '')) e.preventDefault();
  };
  host.addEventListener('click', stopWebNavigation, true);
  host.querySelectorAll<HTMLElement | SVGElement>('*').forEach((el) => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  host.removeEventListener('click', stopWebNavigation, true);
}

/** Event-handler attributes, and script URLs in any URL-bearing attribute (text content is inert). */
function dangerousAttributes(host: HTMLElement): string[] {
  const found: string[] = [];
  host.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/href|src|action|data/i.test(attr.name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  });
  return found;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
const probeRequests = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('__xss_probe__'));

describe('render: XSS corpus in Chromium', () => {
  it('detectors fire on unsanitized HTML (controls)', async () => {
    mount(`<img src="${PROBE}/control.png" alt="c" onerror="window.__xss='control'">`);
    await settle();
    expect(win.__xss).to.equal('control');
    expect(probeRequests().some((n) => n.includes('control.png'))).to.equal(true);
    performance.clearResourceTimings();
  });

  for (const [name, payload] of CORPUS) {
    it(`runs and loads nothing: ${name}`, async () => {
      const host = mount(renderMarkdown(payload));
      mount(renderInline(payload));
      clickAll(host);
      await settle();
      expect(win.__xss, 'a payload ran').to.equal(undefined);
      expect(probeRequests(), 'a payload loaded a resource').to.deep.equal([]);
      expect(host.querySelector('script, iframe, object, embed, form, input, button, style, link, meta, base, video, audio')).to.equal(null);
      expect(dangerousAttributes(host), 'a dangerous attribute survived').to.deep.equal([]);
    });
  }
});

describe('render: pack styles cannot move or cover the app', () => {
  it('drops a fixed full-screen overlay and keeps KaTeX layout styles', () => {
    const host = mount(renderMarkdown('<div style="position:fixed;inset:0;z-index:9999;background:white;font-size:40px">You have been logged out</div>\n\nHalf: $\\frac{1}{2}$'));
    const overlay = [...host.querySelectorAll('div')].find((d) => d.textContent?.includes('logged out'))!;
    expect(overlay.getAttribute('style')).to.equal(null);
    expect(getComputedStyle(overlay).position).to.equal('static');
    const katexStyles = [...host.querySelectorAll('.katex [style]')].map((e) => e.getAttribute('style')!);
    expect(katexStyles.length).to.be.greaterThan(0);
    expect(katexStyles.every((st) => !/position|z-index|background|transform/.test(st))).to.equal(true);
  });
});

describe('render: what is allowed', () => {
  it('renders TeX to KaTeX HTML with MathML', () => {
    const host = mount(renderMarkdown('Half: $\\tfrac{1}{2}$\n\n$$\\frac{3}{4} = \\frac{6}{8}$$'));
    expect(host.querySelectorAll('.katex').length).to.equal(2);
    expect(host.querySelector('math mfrac')).to.not.equal(null);
    expect(host.querySelector('.math-display')).to.not.equal(null);
  });

  it('leaves dollars in code spans and escaped dollars as text', () => {
    const host = mount(renderMarkdown('Use `=B2*$E$2` for \\$5 and \\$6.'));
    expect(host.querySelector('.katex')).to.equal(null);
    expect(host.textContent).to.contain('=B2*$E$2');
    expect(host.textContent).to.contain('$5 and $6');
  });

  it('keeps data: images with alt text and drops images without alt', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const host = mount(renderMarkdown(`![a dot](${png})\n\n<img src="${png}">`));
    const images = host.querySelectorAll('img');
    expect(images.length).to.equal(1);
    expect(images[0].getAttribute('alt')).to.equal('a dot');
  });

  it('resolves pack asset names to their data: URLs', () => {
    const svg = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    const host = mount(renderMarkdown('![a line](img/line.svg)', { 'img/line.svg': svg }));
    expect(host.querySelector('img')?.getAttribute('src')).to.equal(svg);
  });

  it('marks web links as external links that need the network', () => {
    const host = mount(renderMarkdown('[Standards](https://www.thecorestandards.org/Math/)'));
    const a = host.querySelector('a')!;
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(a.hasAttribute('data-needs-network')).to.equal(true);
  });

  it('lists lesson resources as external links, refusing non-web addresses', () => {
    const host = mount(renderResources([
      { title: 'Standards (official)', url: 'https://www.thecorestandards.org/Math/' },
      { title: 'Bad', url: 'javascript:window.__xss=1' },
    ]));
    const links = host.querySelectorAll('a[href]');
    expect(links.length).to.equal(1);
    expect(links[0].getAttribute('rel')).to.equal('noopener noreferrer');
    expect(host.textContent).to.contain('Standards (official)');
  });

  it('gives every item read-aloud text', () => {
    const text = readAloudText({ id: 'i', skill: 's', type: 'fraction', stem: 'Find $\\tfrac{1}{4} + \\tfrac{2}{4}$.', answer: '3/4', hints: ['a', 'b'], solution: 's' });
    expect(text).to.equal('Find 1 over 4 plus 2 over 4.');
  });
});
