/**
 * Turns an Analysis (offsets into the article text) into paintable items (live
 * DOM Ranges) through the article's offset map, and lists what could not be
 * found in the page, for the popup's "not found on this page" section. Written
 * as pausable steps (../slices): a long article has thousands of mentions.
 */
import type { Analysis, EntityType } from '../../shared/analysis';
import type { Unanchored } from '../../shared/messages';
import { entityHighlightName, quoteHighlightName, quoteStyleOf } from './names';
import { assignSpeakerSlots, speakerKey, speakerName } from './speakers';
import { STEPS_BETWEEN_PAUSES, type Steps } from '../slices';

/** The one method of the article finder's OffsetMap that painting needs. */
export interface RangeSource {
  rangesFor(start: number, end: number): Range[];
}

export interface PaintItem {
  kind: 'quote' | 'entity';
  /** Index into `analysis.quotes` or `analysis.entities`. */
  index: number;
  /** For entities: which mention this item is. */
  mention?: number;
  /** Text offsets, for ordering and caret hit-tests. */
  start: number;
  end: number;
  ranges: Range[];
  /** The `CSS.highlights` name that paints it. */
  highlight: string;
}

export interface AnchorOptions {
  paletteSize: number;
  showQuotes: boolean;
  entityTypes: readonly EntityType[];
  /** Speakers' palette slots in the page's previous paint, by name (see assignSpeakerSlots). */
  keptSlots?: ReadonlyMap<string, number>;
}

export interface Anchored {
  items: PaintItem[];
  unanchored: Unanchored;
  /** Each speaker's palette slot, by name, for the next paint to keep. */
  speakerSlots: Map<string, number>;
}

export function* anchorAnalysis(analysis: Analysis, map: RangeSource, options: AnchorOptions): Steps<Anchored> {
  const items: PaintItem[] = [];
  const unanchored: Unanchored = { quotes: [], entities: [] };
  let anchoredSpans = 0;
  const rangesFor = (start: number, end: number): Range[] => {
    try {
      return map.rangesFor(start, end);
    } catch {
      return [];
    }
  };
  const slots = assignSpeakerSlots(analysis.quotes, options.paletteSize, options.keptSlots);
  const speakerSlots = new Map<string, number>();
  for (const [index, quote] of analysis.quotes.entries()) {
    if (++anchoredSpans % STEPS_BETWEEN_PAUSES === 0) yield;
    const key = speakerKey(quote);
    const slot = key === null ? null : slots.get(key) ?? null;
    if (slot !== null) speakerSlots.set(speakerName(quote)!, slot);
    const highlight = quoteHighlightName(quoteStyleOf(quote.kind), slot);
    const pieces = quote.parts ?? [[quote.start, quote.end]];
    const ranges = pieces.flatMap(([start, end]) => rangesFor(start, end));
    if (ranges.length === 0) unanchored.quotes.push(index);
    else if (options.showQuotes) items.push({ kind: 'quote', index, start: quote.start, end: quote.end, ranges, highlight });
  }
  for (const [index, entity] of analysis.entities.entries()) {
    const highlight = entityHighlightName(entity.type);
    let found = 0;
    for (const [mentionIndex, mention] of entity.mentions.entries()) {
      if (++anchoredSpans % STEPS_BETWEEN_PAUSES === 0) yield;
      const ranges = rangesFor(mention.start, mention.end);
      if (ranges.length === 0) continue;
      found++;
      if (options.entityTypes.includes(entity.type)) {
        items.push({ kind: 'entity', index, mention: mentionIndex, start: mention.start, end: mention.end, ranges, highlight });
      }
    }
    if (found === 0 && entity.mentions.length > 0) unanchored.entities.push(index);
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return { items, unanchored, speakerSlots };
}

/**
 * The item under a text offset: the innermost (shortest) one, so an entity inside
 * a quote wins over the quote. `items` is sorted by start.
 */
export function itemAtOffset(items: readonly PaintItem[], offset: number): PaintItem | null {
  let best: PaintItem | null = null;
  for (const item of items) {
    if (item.start > offset) break;
    if (offset < item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}
