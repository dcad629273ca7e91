import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/shared/analysis';
import { buildHighlightCss, pageColours } from '../../../src/content/paint/styles';
import { contrast, blend, parseColour } from '../../../src/content/paint/colour';
import palettes from '../../../src/shared/palettes.json';
import { ACTIVE_HIGHLIGHT, entityHighlightName, quoteHighlightName } from '../../../src/content/paint/names';

const light = pageColours('rgb(20, 20, 20)', [{ colour: 'rgb(255, 255, 255)', alpha: 1 }]);
const dark = pageColours('rgb(235, 235, 235)', [{ colour: 'rgba(0, 0, 0, 0)', alpha: 0 }, { colour: 'rgb(17, 17, 17)', alpha: 1 }]);

function rule(css: string, name: string): string {
  const start = css.indexOf(`::highlight(${name}) {`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

function tintOf(body: string) {
  const match = /background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(body);
  expect(match, body).not.toBeNull();
  const [, r, g, b, alpha] = match!;
  return { colour: { r: Number(r), g: Number(g), b: Number(b) }, alpha: Number(alpha) };
}

describe('the highlight stylesheet', () => {
  it('has a rule for every speaker slot and style, every entity type, and the active item', () => {
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: null });
    for (let slot = 0; slot < palettes['okabe-ito'].length; slot++) {
      rule(css, `whosaid-quote-direct-${slot}`);
      rule(css, `whosaid-quote-reported-${slot}`);
    }
    rule(css, 'whosaid-quote-direct-none');
    for (const type of ENTITY_TYPES) expect(rule(css, `whosaid-entity-${type.toLowerCase()}`)).toContain('text-decoration-style');
    rule(css, 'whosaid-active');
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).toContain('background-color: Mark; color: MarkText;');
  });

  it('tints reported speech lighter than direct speech', () => {
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: null });
    expect(tintOf(rule(css, 'whosaid-quote-reported-0')).alpha).toBeLessThan(tintOf(rule(css, 'whosaid-quote-direct-0')).alpha);
  });

  it('keeps 4.5:1 text contrast on light and dark pages', () => {
    for (const page of [light, dark]) {
      const css = buildHighlightCss({ palette: palettes['tol-muted'], page, underline: true, scope: null });
      for (let slot = 0; slot < palettes['tol-muted'].length; slot++) {
        const { colour, alpha } = tintOf(rule(css, `whosaid-quote-direct-${slot}`));
        expect(contrast(page.text, blend(page.background, colour, alpha))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('uses line styles to tell entity types apart, and tints where underlines are not drawn', () => {
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: null });
    expect(rule(css, 'whosaid-entity-person')).toContain('text-decoration-style: solid');
    expect(rule(css, 'whosaid-entity-org')).toContain('text-decoration-style: dashed');
    expect(rule(css, 'whosaid-entity-place')).toContain('text-decoration-style: dotted');
    const fallback = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: false, scope: null });
    expect(rule(fallback, 'whosaid-entity-person')).not.toContain('text-decoration');
    expect(tintOf(rule(fallback, 'whosaid-entity-person')).alpha).toBeGreaterThan(0);
  });
});

describe('page colours', () => {
  it('takes the first opaque background, blending translucent layers above it', () => {
    expect(dark.background).toEqual({ r: 17, g: 17, b: 17 });
    const tinted = pageColours('#000', [{ colour: 'rgba(255, 0, 0, 0.5)', alpha: 0.5 }, { colour: 'rgb(0, 0, 255)', alpha: 1 }]);
    expect(tinted.background).toEqual({ r: 128, g: 0, b: 128 });
    expect(pageColours('nonsense', []).background).toEqual(parseColour('#ffffff'));
  });
});

describe('the highlight stylesheet', () => {
  it('has a rule for every highlight name the painter can use, in forced colours too: it goes in before the analysis is known', () => {
    const palette = palettes['tol-muted'];
    const css = buildHighlightCss({ palette, page: light, underline: true, scope: null });
    const names = [
      ...[...palette.keys(), null].flatMap((slot) => [quoteHighlightName('direct', slot), quoteHighlightName('reported', slot)]),
      ...ENTITY_TYPES.map(entityHighlightName),
      ACTIVE_HIGHLIGHT,
    ];
    for (const name of names) expect(css.split(`::highlight(${name})`), name).toHaveLength(3);
  });
});

describe('the scope of the highlight rules', () => {
  it('confines every rule, forced colours included, to the article element and everything inside it', () => {
    const scope = 'div#content > main > article';
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: { selector: scope, inherited: false } });
    const all = css.split('::highlight(').length - 1;
    const onElement = css.split(`${scope}::highlight(`).length - 1;
    const inside = css.split(`${scope} ::highlight(`).length - 1;
    expect(onElement).toBeGreaterThan(0);
    expect(onElement).toBe(inside);
    expect(onElement + inside).toBe(all);
  });

  it('puts every rule on the article element alone where highlights inherit', () => {
    const scope = 'div#content > main > article';
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: { selector: scope, inherited: true } });
    expect(css.split(`${scope}::highlight(`).length).toBe(css.split('::highlight(').length);
    expect(css).not.toContain(`${scope} ::highlight(`);
  });

  it('applies to the whole page when the article element is unknown', () => {
    const css = buildHighlightCss({ palette: palettes['okabe-ito'], page: light, underline: true, scope: null });
    expect(css).toMatch(/^::highlight\(/m);
    expect(css).not.toMatch(/\S ::highlight\(/);
  });
});
