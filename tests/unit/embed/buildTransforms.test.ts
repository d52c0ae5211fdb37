/** The build's page and CSS rewrites for course pages (issue #14): classic scripts; rem → the widget's own rem. */
import { describe, it, expect } from 'vitest';
import { classicHtml, remToWidgetRem } from '../../../scripts/build-widgets.mjs';

describe('classicHtml', () => {
  it('turns module scripts into deferred classic scripts and drops crossorigin and modulepreload', () => {
    const html = [
      '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/x.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-b.css">',
    ].join('\n');
    const out = classicHtml(html) as string;
    expect(out).toContain('<script defer src="./assets/index-a.js"></script>');
    expect(out).toContain('<link rel="stylesheet" href="./assets/index-b.css">');
    expect(out).not.toMatch(/crossorigin|modulepreload|type="module"/);
  });

  it('refuses a page it could not rewrite', () => {
    expect(() => classicHtml('<script type="module">import "x"</script>')).toThrow(/module script/);
  });
});

describe('remToWidgetRem', () => {
  it('rewrites rem lengths to the widget root size, and to px inside media and container queries', () => {
    const css = '.a{padding:0.5rem 1rem;margin:-.25rem}@container pqd-widget (min-width: 40rem){.b{gap:2rem}}@media (max-width:30rem){.c{top:1.5rem}}';
    const out = remToWidgetRem(css) as string;
    expect(out).toContain('padding:calc(0.5 * var(--pqd-rem, 16px)) calc(1 * var(--pqd-rem, 16px))');
    expect(out).toContain('margin:calc(-.25 * var(--pqd-rem, 16px))');
    expect(out).toContain('@container pqd-widget (min-width: 640px){');
    expect(out).toContain('@media (max-width:480px){');
    expect(out).toContain('gap:calc(2 * var(--pqd-rem, 16px))');
    expect(out).not.toMatch(/\drem\b/);
  });

  it('leaves words and identifiers alone', () => {
    const js = 'const remove = 1; x.rem2 = "lorem 3 remarks"; a1rem; .gap-1rem{}';
    expect(remToWidgetRem(js)).toBe(js);
  });
});
