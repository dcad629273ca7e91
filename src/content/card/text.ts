/**
 * What a hover card says, as plain strings: the card renders them with
 * `textContent` only. Pure, and every word comes through the `Translate`
 * function (browser.i18n in the extension, the same messages.json in tests).
 */
import type { Analysis, Entity, Quote } from '../../shared/analysis';
import { speakerKey } from '../paint/speakers';

export type Translate = (key: string, substitutions?: string[]) => string;

export interface CardLine {
  text: string;
  /** The article's sentence the line was taken from (an entity's description), so the reader can check it. */
  source?: string;
}

export interface CardText {
  /** The speaker's or entity's name: the card's label. */
  title: string;
  /** One line each: description, kind, cue, counts. */
  lines: CardLine[];
}

/** A source sentence longer than this is cut to a window around the description it backs. */
export const SOURCE_MAX_LENGTH = 160;

/** `key` + "One" or "Many", with the count as $1 (browser.i18n has no plural rules). */
export function plural(t: Translate, key: string, count: number, more: string[] = []): string {
  return t(`${key}${count === 1 ? 'One' : 'Many'}`, [String(count), ...more]);
}

/** "Unattributed", "Anonymous source" or the resolved name. */
export function speakerLabel(quote: Quote, t: Translate): string {
  if (!quote.speaker) return t('speakerUnattributed');
  if (quote.speaker.anonymous) return t('speakerAnonymous');
  return quote.speaker.name;
}

export function kindLabel(quote: Quote, t: Translate): string {
  const keys = { direct: 'kindDirect', indirect: 'kindReported', mixed: 'kindMixed', pull: 'kindPull' } as const;
  return t(keys[quote.kind]);
}

function entityOf(analysis: Analysis, quote: Quote): Entity | undefined {
  const id = quote.speaker?.entityId;
  return id === undefined ? undefined : analysis.entities.find((entity) => entity.id === id);
}

export function quoteCardText(analysis: Analysis, index: number, t: Translate): CardText {
  const quote = analysis.quotes[index];
  const lines: string[] = [];
  if (quote.speaker?.anonymous && quote.speaker.name) lines.push(t('cardAnonymousAs', [quote.speaker.name]));
  for (const description of entityOf(analysis, quote)?.descriptions ?? []) lines.push(description);
  lines.push(kindLabel(quote, t));
  if (quote.cue) lines.push(t('cardCue', [quote.cue.text]));
  const key = speakerKey(quote);
  if (key !== null) {
    const others = analysis.quotes.filter((other, i) => i !== index && speakerKey(other) === key).length;
    if (others > 0) lines.push(plural(t, 'cardOtherQuotes', others));
  }
  return { title: speakerLabel(quote, t), lines: lines.map((text) => ({ text })) };
}

/** An alias written in capitals ("WHO", "U.N.") is read as an acronym of the full name. */
function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function entityTypeLabel(entity: Entity, t: Translate): string {
  return t(`type_${entity.type}`);
}

/** `mention` is the index of the hovered mention in `entity.mentions`, when known. */
export function entityCardText(analysis: Analysis, index: number, t: Translate, mention?: number): CardText {
  const entity = analysis.entities[index];
  const lines: CardLine[] = [{ text: entityTypeLabel(entity, t) }];
  lines.push(...describedLines(entity));
  for (const alias of entity.aliases ?? []) {
    lines.push({ text: isAcronym(alias) ? t('cardAcronym', [alias, entity.name]) : t('cardAlias', [alias]) });
  }
  const count = entity.mentions.length;
  lines.push({
    text: mention === undefined ? plural(t, 'cardMentions', count) : t('cardMentionOf', [String(mention + 1), String(count)]),
  });
  const quoted = analysis.quotes.filter((quote) => quote.speaker?.entityId === entity.id).length;
  if (quoted > 0) lines.push({ text: plural(t, 'cardQuotesBy', quoted) });
  return { title: entity.name, lines };
}

/** Each description of the entity, with the sentence it came from when the analysis gives one. */
export function describedLines(entity: Entity): CardLine[] {
  return (entity.descriptions ?? []).map((text, at) => {
    const sentence = entity.descriptionSources?.[at]?.text;
    return sentence?.trim() ? { text, source: sourceExcerpt(sentence, text) } : { text };
  });
}

/**
 * The sentence on one line; when longer than SOURCE_MAX_LENGTH, a window of that
 * length around the description (or the sentence's start), with ellipses where cut.
 */
export function sourceExcerpt(sentence: string, description: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= SOURCE_MAX_LENGTH) return flat;
  const at = Math.max(0, flat.indexOf(description.replace(/\s+/g, ' ').trim()));
  const room = SOURCE_MAX_LENGTH - 2; // two ellipses at most
  const start = Math.max(0, Math.min(at - Math.floor(Math.max(0, room - description.length) / 2), flat.length - room));
  const end = Math.min(flat.length, start + room);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/**
 * The polite live-region line for keyboard navigation: "Quote 3 of 12: Jane Doe, direct".
 * `position` and `total` count painted quotes in reading order.
 */
export function quoteAnnouncement(analysis: Analysis, index: number, position: number, total: number, t: Translate): string {
  const quote = analysis.quotes[index];
  return t('announceQuote', [String(position + 1), String(total), speakerLabel(quote, t), kindLabel(quote, t)]);
}
