/**
 * The `::highlight()` stylesheet. Built from the page's own text and background
 * colours so every tint keeps the text at 4.5:1 and every underline stands out at
 * 3:1 on light and dark pages alike; forced-colors mode gets system colours.
 *
 * Quotes are tinted by speaker (palette slot), reported speech lighter than direct.
 * Entities are underlined with a line style per type (so colour is never the only
 * cue); where `::highlight` cannot draw underlines (Firefox before 146) they get
 * a light tint instead.
 *
 * The rules may be confined to the article's element (`scope`, see scope.ts): rules
 * for every element make inserting the sheet restyle the whole page.
 */
import { ENTITY_TYPES, type EntityType } from '../../shared/analysis';
import { blend, parseColour, readableAlpha, toHex, visibleMark, type Rgb } from './colour';
import { ACTIVE_HIGHLIGHT, entityHighlightName, quoteHighlightName, type QuoteStyle } from './names';
import type { HighlightScope } from './scope';
import entityStyles from './entity-styles.json';

export interface PageColours { text: Rgb; background: Rgb }

export interface StyleOptions {
  /** Speaker colours, one per palette slot. */
  palette: readonly string[];
  page: PageColours;
  /** False where `::highlight()` ignores text-decoration. */
  underline: boolean;
  /** Where the rules apply (scope.ts), or null for the whole page. */
  scope: HighlightScope | null;
}

/** How strong each tint would be on a plain white page, before the contrast check. */
const WANTED_ALPHA: Record<QuoteStyle, number> = { direct: 0.34, reported: 0.14 };
const NEUTRAL_TINT = '#888888';
const ACTIVE_TINT = '#FFB000';
const ACTIVE_ALPHA = 0.55;

/** Per entity type: underline colour and line style, and the tint used where underlines are not drawn. */
interface EntityStyle { colour: string; line: string; tint: number }
const ENTITY_STYLES = entityStyles as Record<EntityType, EntityStyle>;

export function buildHighlightCss(options: StyleOptions): string {
  const { page } = options;
  const tint = (hex: string, wanted: number) => {
    const colour = parseColour(hex) ?? parseColour(NEUTRAL_TINT)!;
    const alpha = readableAlpha(colour, page.text, page.background, wanted);
    return `rgb(${colour.r} ${colour.g} ${colour.b} / ${alpha})`;
  };
  const on = highlightSelector(options.scope);
  const rules: string[] = [];
  const slots: Array<[number | null, string]> = [...options.palette.map((hex, slot): [number, string] => [slot, hex]), [null, NEUTRAL_TINT]];
  for (const [slot, hex] of slots) {
    for (const style of ['direct', 'reported'] as const) {
      rules.push(`${on(quoteHighlightName(style, slot))} { background-color: ${tint(hex, WANTED_ALPHA[style])}; }`);
    }
  }
  for (const type of ENTITY_TYPES) {
    const { colour, line, tint: wanted } = ENTITY_STYLES[type];
    const body = options.underline
      ? `text-decoration-line: underline; text-decoration-style: ${line}; text-decoration-color: ${toHex(visibleMark(parseColour(colour)!, page.background))}; text-decoration-thickness: 2px; text-underline-offset: 0.2em; text-decoration-skip-ink: none;`
      : `background-color: ${tint(colour, wanted)};`;
    rules.push(`${on(entityHighlightName(type))} { ${body} }`);
  }
  const active = `background-color: ${tint(ACTIVE_TINT, ACTIVE_ALPHA)};${options.underline ? ' text-decoration: underline solid 3px;' : ''}`;
  rules.push(`${on(ACTIVE_HIGHLIGHT)} { ${active} }`);
  rules.push(forcedColoursRules(options.palette.length, on));
  return rules.join('\n');
}

/** The selector of a highlight's rule: on every element, or on the scope's element and (unless inherited) everything inside it. */
function highlightSelector(scope: HighlightScope | null): (name: string) => string {
  if (!scope) return (name) => `::highlight(${name})`;
  const { selector, inherited } = scope;
  return inherited ? (name) => `${selector}::highlight(${name})` : (name) => `${selector}::highlight(${name}), ${selector} ::highlight(${name})`;
}

/** Windows High Contrast and similar: system colours only, line styles still tell types apart. */
function forcedColoursRules(paletteSize: number, on: (name: string) => string): string {
  const quoteNames: string[] = [];
  for (const slot of [...Array.from({ length: paletteSize }, (_, i) => i), null]) {
    quoteNames.push(quoteHighlightName('direct', slot), quoteHighlightName('reported', slot));
  }
  const entityNames = ENTITY_TYPES.map(entityHighlightName);
  return [
    '@media (forced-colors: active) {',
    ...quoteNames.map((name) => `  ${on(name)} { background-color: Mark; color: MarkText; }`),
    ...entityNames.map((name) => `  ${on(name)} { text-decoration-color: LinkText; }`),
    `  ${on(ACTIVE_HIGHLIGHT)} { background-color: Highlight; color: HighlightText; }`,
    '}',
  ].join('\n');
}

/**
 * The page colours from computed styles: `text` is the article's colour and
 * `backgrounds` the computed background colours from the article root outwards
 * (the first opaque one wins; transparent all the way up means the white canvas).
 */
export function pageColours(text: string, backgrounds: ReadonlyArray<{ colour: string; alpha: number }>): PageColours {
  let background: Rgb = { r: 255, g: 255, b: 255 };
  const layers: Array<{ colour: Rgb; alpha: number }> = [];
  for (const layer of backgrounds) {
    const colour = parseColour(layer.colour);
    if (!colour || layer.alpha <= 0) continue;
    layers.push({ colour, alpha: layer.alpha });
    if (layer.alpha >= 1) break;
  }
  for (const layer of layers.reverse()) background = blend(background, layer.colour, layer.alpha);
  return { text: parseColour(text) ?? { r: 0, g: 0, b: 0 }, background };
}
