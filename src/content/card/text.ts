/**
 * What a hover card says, as plain strings: the card renders them with
 * `textContent` only. Pure, and every word comes through the `Translate`
 * function (browser.i18n in the extension, the same messages.json in tests).
 */
import type { Analysis, Entity, Quote } from '../../shared/analysis';
import { speakerKey } from '../paint/speakers';

export type Translate = (key: string, substitutions?: string[]) => string;

export interface CardText {
  /** The speaker's or entity's name: the card's label. */
  title: string;
  /** One line each: description, kind, cue, counts. */
  lines: string[];
}

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
  return { title: speakerLabel(quote, t), lines };
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
  const lines = [entityTypeLabel(entity, t)];
  for (const description of entity.descriptions ?? []) lines.push(description);
  for (const alias of entity.aliases ?? []) {
    lines.push(isAcronym(alias) ? t('cardAcronym', [alias, entity.name]) : t('cardAlias', [alias]));
  }
  const count = entity.mentions.length;
  lines.push(mention === undefined
    ? plural(t, 'cardMentions', count)
    : t('cardMentionOf', [String(mention + 1), String(count)]));
  const quoted = analysis.quotes.filter((quote) => quote.speaker?.entityId === entity.id).length;
  if (quoted > 0) lines.push(plural(t, 'cardQuotesBy', quoted));
  return { title: entity.name, lines };
}

/**
 * The polite live-region line for keyboard navigation: "Quote 3 of 12: Jane Doe, direct".
 * `position` and `total` count painted quotes in reading order.
 */
export function quoteAnnouncement(analysis: Analysis, index: number, position: number, total: number, t: Translate): string {
  const quote = analysis.quotes[index];
  return t('announceQuote', [String(position + 1), String(total), speakerLabel(quote, t), kindLabel(quote, t)]);
}
