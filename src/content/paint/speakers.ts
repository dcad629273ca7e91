/**
 * Who a quote belongs to, as a grouping key, and a stable palette slot per
 * speaker. Quotes by the same entity share a key even when the attribution used
 * a surname or a pronoun; unnamed and unattributed quotes have no key, so they
 * get the neutral tint instead of a speaker colour. The popup groups by the same key.
 */
import type { Quote } from '../../shared/analysis';

export function speakerKey(quote: Quote): string | null {
  const speaker = quote.speaker;
  if (!speaker || speaker.anonymous) return null;
  return speaker.entityId ? `entity:${speaker.entityId}` : `name:${speaker.name.trim().toLowerCase()}`;
}

/**
 * What a speaker's colour is carried by from one analysis of a page to the next:
 * the resolved name, since each analysis numbers its entities (and so the keys) afresh.
 */
export function speakerName(quote: Quote): string | null {
  return speakerKey(quote) === null ? null : quote.speaker!.name.trim().toLowerCase();
}

/**
 * Palette slots in order of each speaker's first quote in the text, so the first
 * `paletteSize` speakers all differ and a re-analysis of the same page gives the
 * same colours. `kept`: the slots that speakers (by `speakerName`) had in the
 * page's previous paint, which they keep: after the preview of a long article's
 * part in view comes the whole, and a live page is analysed again as it grows,
 * and no quote should change colour under the reader's eyes. Newcomers take the
 * free slots, in order of their first quote.
 */
export function assignSpeakerSlots(quotes: readonly Quote[], paletteSize: number, kept: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const slots = new Map<string, number>();
  const used = new Set<number>();
  const newcomers = new Set<string>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = speakerKey(quote);
    if (key === null || slots.has(key) || newcomers.has(key)) continue;
    const slot = kept.get(speakerName(quote)!);
    if (slot !== undefined && slot < paletteSize && !used.has(slot)) {
      slots.set(key, slot);
      used.add(slot);
    } else {
      newcomers.add(key);
    }
  }
  let next = 0;
  for (const key of newcomers) {
    // Free slots first; once every slot is taken, they are shared in turn.
    while (used.size < paletteSize && used.has(next % paletteSize)) next++;
    const slot = next % paletteSize;
    slots.set(key, slot);
    used.add(slot);
    next++;
  }
  return slots;
}
