/** Pack styles: only KaTeX-like lengths and colours survive; nothing can position or cover. */
import { describe, expect, it } from 'vitest';
import { filterStyle } from './style-allow-list.ts';

describe('filterStyle', () => {
  it.each([
    ['position:fixed;inset:0;z-index:9999', ''],
    ['position:absolute;top:0;left:0;width:100vw;height:100vh', 'top:0'],
    ['background:white;opacity:0.99', ''],
    ['transform:translate(-500px,0)', ''],
    ['display:none', ''],
    ['width:100vw', ''],
    ['height:1.2em;vertical-align:-0.25em', 'height:1.2em;vertical-align:-0.25em'],
    ['margin-right:0.1667em;margin-left:-0.0556em', 'margin-right:0.1667em;margin-left:-0.0556em'],
    ['margin-left:-40em', ''],
    ['top:-2.687em', 'top:-2.687em'],
    ['top:-900em', ''],
    ['border-bottom-width:0.04em', 'border-bottom-width:0.04em'],
    ['border-bottom-width:30em', ''],
    ['color:#cc0000', 'color:#cc0000'],
    ['color:red !important', ''],
    ['color:expression(alert(1))', ''],
    ['height:1e\\6 m', ''],
    ['', ''],
  ])('%s -> %s', (input, kept) => {
    expect(filterStyle(input)).toBe(kept);
  });
});
