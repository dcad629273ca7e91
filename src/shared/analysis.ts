/**
 * The Analysis contract: the JSON that the parser returns, the CLI prints and the
 * extension passes between its parts. Every offset is a UTF-16 code-unit index
 * (a JavaScript string index) into `Analysis.text`, end exclusive.
 *
 * This module is pure (no DOM, no browser API) so that the parser, the CLI, the
 * background worker, the content script and the popup can all import it.
 */

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed', 'pull'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const ENTITY_TYPES = [
  'PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK', 'OTHER',
  'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A piece of the analysed text: `text === analysis.text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Speaker {
  /** The resolved name: "Wang Lijun" when the attribution says "Wang" or "she". */
  name: string;
  /** The entity this speaker resolved to, when there is one. */
  entityId?: string;
  /** The local mention the attribution uses ("Li", "she", "a spokesman"). */
  start?: number;
  end?: number;
  /** True for unnamed sources ("sources said", "an official who asked not to be named"). */
  anonymous?: boolean;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The reporting verb or phrase ("said", "according to"). */
  cue: TextSpan | null;
  /** Pieces of a quote interrupted by its attribution, without the attribution. */
  parts?: Array<[number, number]>;
}

export interface Entity {
  /** Stable within one analysis ("e0", "e1", ...). */
  id: string;
  /** The fullest name the article gives ("World Health Organization", "Wang Lijun"). */
  name: string;
  type: EntityType;
  mentions: TextSpan[];
  /** Other names the article uses for it ("WHO"). */
  aliases?: string[];
  /** Descriptions taken from the article ("an official with the commission"). */
  descriptions?: string[];
  /**
   * Where each description came from, in the order of `descriptions`: the
   * sentence (or attribution line) that holds it, so that a reader can check it.
   */
  descriptionSources?: TextSpan[];
}

export interface Analysis {
  text: string;
  quotes: Quote[];
  entities: Entity[];
}
