import type { Page } from 'playwright-core';

/**
 * Layout checks run inside the page, looking through every shadow root. Each finds what a person
 * would see as broken: text that leaves its box or is cut off, controls lying on top of each other,
 * a page that scrolls sideways, a radio button or checkbox squeezed below the app's 24px (the
 * WCAG 2.2 target size), and a fixed bar hiding the control that has keyboard focus.
 */
export interface LayoutProblem {
  kind: 'overflow' | 'clipped' | 'overlap' | 'sideways-scroll' | 'covered' | 'small-target';
  what: string;
}

/** tsx compiles named inner functions with an `__name` helper that the page does not have. */
async function defineNameHelper(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

/** Text overflow, clipping, overlapping or squeezed controls and sideways scrolling on the page as it is now. */
export async function findLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  await defineNameHelper(page);
  return page.evaluate(() => {
    const problems: { kind: 'overflow' | 'clipped' | 'overlap' | 'sideways-scroll' | 'covered' | 'small-target'; what: string }[] = [];
    const SLACK = 1.5;
    const parentOf = (node: Node): Element | null => {
      if (node.parentElement) return node.parentElement;
      const root = node.parentNode;
      return root instanceof ShadowRoot ? root.host : null;
    };
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const element of root.querySelectorAll('*')) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      let host: Element | null = element;
      while (host && !(host.getRootNode() instanceof Document)) host = (host.getRootNode() as ShadowRoot).host;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${cls}${host && host !== element ? ` in ${host.tagName.toLowerCase()}` : ''} "${text}"`;
    };
    const styleOf = (element: Element) => getComputedStyle(element);
    // Screen-reader-only text sits in a 1px box on purpose.
    const tiny = (rect: DOMRect) => rect.width <= 1 || rect.height <= 1;
    const hiddenAncestor = (element: Element | null): boolean => {
      // Also catches the content of a closed <details>, which is skipped (content-visibility) rather than display: none.
      if (element && !element.checkVisibility({ visibilityProperty: true })) return true;
      for (let e = element; e; e = parentOf(e)) {
        const style = styleOf(e);
        if (style.visibility === 'hidden' || style.display === 'none') return true;
        if (tiny(e.getBoundingClientRect()) && style.display !== 'contents') return true;
      }
      return false;
    };
    const inFixedBar = (element: Element): Element | null => {
      for (let e: Element | null = element; e; e = parentOf(e)) {
        const position = styleOf(e).position;
        if (position === 'fixed' || position === 'sticky') return e;
      }
      return null;
    };
    const outside = (inner: DOMRect, outer: DOMRect) =>
      inner.left < outer.left - SLACK || inner.right > outer.right + SLACK || inner.top < outer.top - SLACK || inner.bottom > outer.bottom + SLACK;
    const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';

    // 1. Sideways scrolling.
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth > window.innerWidth + 1) {
      // Name the innermost elements that stick out, so the report says what to fix.
      const clippedInside = (element: Element) => {
        for (let e = parentOf(element); e; e = parentOf(e)) {
          if (styleOf(e).overflowX !== 'visible' && e.getBoundingClientRect().right <= window.innerWidth + 1) return true;
        }
        return false;
      };
      const wide = all.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !hiddenAncestor(e) && !clippedInside(e));
      let innermost = wide.filter((e) => !wide.some((other) => other !== e && parentOf(other) === e)).slice(0, 3).map(describe);
      // Nothing visible sticks out: then it is hidden text (screen-reader only, position: absolute)
      // that escaped a scroller, as a spreadsheet's target label once did. Name that instead.
      if (innermost.length === 0) {
        const escaped = all.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && styleOf(e).position === 'absolute');
        innermost = escaped.slice(0, 3).map((e) => `hidden ${describe(e)}`);
      }
      problems.push({ kind: 'sideways-scroll', what: `page is ${scrollWidth}px wide in a ${window.innerWidth}px window: ${innermost.join('; ')}` });
    }

    // 2. Text that leaves its box (its block, and the control it labels) or is cut off by a clipping ancestor.
    const seen = new Set<string>();
    const report = (problem: { kind: 'overflow' | 'clipped'; what: string }) => {
      const key = `${problem.kind} ${problem.what}`;
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(problem);
      }
    };
    for (const element of [document.body, ...all]) {
      if (element.closest('svg, select, option, textarea, script, style, template, noscript, .katex')) continue;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !(node.textContent ?? '').trim()) continue;
        if (hiddenAncestor(element)) break;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (tiny(text)) continue;
        let block: Element | null = element;
        while (block && ['inline', 'contents'].includes(styleOf(block).display)) block = parentOf(block);
        if (block && outside(text, block.getBoundingClientRect())) report({ kind: 'overflow', what: `text leaves ${describe(block)}` });
        let control: Element | null = element;
        while (control && !control.matches('a[href], button, summary, [role=button]')) control = parentOf(control);
        if (control && control !== block && outside(text, control.getBoundingClientRect())) report({ kind: 'overflow', what: `text leaves ${describe(control)}` });
        for (let e = parentOf(element); e; e = parentOf(e)) {
          const style = styleOf(e);
          if (!['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflowY)) continue;
          const box = e.getBoundingClientRect();
          const clippedX = ['hidden', 'clip'].includes(style.overflowX) && (text.left < box.left - SLACK || text.right > box.right + SLACK);
          const clippedY = ['hidden', 'clip'].includes(style.overflowY) && (text.top < box.top - SLACK || text.bottom > box.bottom + SLACK);
          if (clippedX || clippedY) report({ kind: 'clipped', what: `text cut off by ${describe(e)}: "${(node.textContent ?? '').trim().slice(0, 40)}"` });
        }
      }
    }

    // 3. Controls cut off by a clipping ancestor, or lying on top of each other.
    const controls = all.filter((element) => element.matches(INTERACTIVE) && !hiddenAncestor(element));
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      for (let e = parentOf(control); e; e = parentOf(e)) {
        const style = styleOf(e);
        if (!['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflowY)) continue;
        if (outside(rect, e.getBoundingClientRect())) report({ kind: 'clipped', what: `${describe(control)} cut off by ${describe(e)}` });
      }
    }
    const contains = (a: Element, b: Element) => {
      for (let e: Element | null = b; e; e = parentOf(e)) if (e === a) return true;
      return false;
    };
    for (let i = 0; i < controls.length; i++) {
      const a = controls[i]!;
      const ra = a.getBoundingClientRect();
      for (let j = i + 1; j < controls.length; j++) {
        const b = controls[j]!;
        if (contains(a, b) || contains(b, a)) continue;
        // Content scrolls under a fixed bar by design; the focus check below covers that case.
        if (inFixedBar(a) !== inFixedBar(b)) continue;
        const rb = b.getBoundingClientRect();
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 2 && y > 2) problems.push({ kind: 'overlap', what: `${describe(a)} overlaps ${describe(b)}` });
      }
    }
    // 4. A radio button or checkbox narrower or shorter than the 24px the app's controls promise
    // (a flex row beside a long label squeezes it).
    for (const control of controls) {
      if (!control.matches('input[type=radio], input[type=checkbox]')) continue;
      const rect = control.getBoundingClientRect();
      if (rect.width < 24 - SLACK || rect.height < 24 - SLACK) {
        const label = (control.closest('label')?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        problems.push({ kind: 'small-target', what: `${control.getAttribute('type')} "${label}" is ${rect.width.toFixed(1)}x${rect.height.toFixed(1)}px` });
      }
    }
    return problems;
  });
}

/**
 * Tabs through the page (up to `maxStops` stops) and reports each focused control that a fixed or
 * sticky bar (the phone's bottom navigation) covers after the browser scrolled it into view.
 */
export async function findCoveredFocus(page: Page, maxStops: number): Promise<LayoutProblem[]> {
  await defineNameHelper(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const problems: LayoutProblem[] = [];
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(() => {
      const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return { done: true, covered: '' };
      const bars: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          const position = getComputedStyle(element).position;
          if (position === 'fixed' || position === 'sticky') bars.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      for (let e: Element | null = active; e; e = parentOf(e)) if (bars.includes(e)) return { done: false, covered: '' };
      const rect = active.getBoundingClientRect();
      for (const bar of bars) {
        const box = bar.getBoundingClientRect();
        const x = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
        const y = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
        if (x > 2 && y > 2) {
          const label = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return { done: false, covered: `${active.tagName.toLowerCase()} "${label}" under ${bar.tagName.toLowerCase()}` };
        }
      }
      return { done: false, covered: '' };
    });
    if (result.done) break;
    if (result.covered) problems.push({ kind: 'covered', what: result.covered });
  }
  return problems;
}
