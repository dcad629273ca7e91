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
 * Palette slots in order of each speaker's first quote in the text, so the first
 * `paletteSize` speakers all differ and a re-analysis of the same page gives the
 * same colours.
 */
export function assignSpeakerSlots(quotes: readonly Quote[], paletteSize: number): Map<string, number> {
  const slots = new Map<string, number>();
  const byPosition = [...quotes].sort((a, b) => a.start - b.start);
  for (const quote of byPosition) {
    const key = speakerKey(quote);
    if (key !== null && !slots.has(key)) slots.set(key, slots.size % paletteSize);
  }
  return slots;
}
