/**
 * Every message the extension's parts exchange, with one validator per message.
 *
 * Messages cross a trust boundary: the content script lives in a page that may be
 * hostile, and anything may arrive on `runtime.onMessage`. So every receiver runs
 * the matching validator (and checks the sender) before acting, and every bound
 * (text size, list length, string length) is stated here once.
 *
 * Pure module: no browser API, so the background, content script, popup, options
 * page and the unit tests share it.
 */
import { ENTITY_TYPES, QUOTE_KINDS, type Analysis, type Quote } from './analysis';
import { withSpanTexts, type BareAnalysis } from './bare-spans';

/** The largest article text the background accepts: 2 MB of UTF-16 code units. */
export const MAX_TEXT_LENGTH = 2_000_000;
/** URLs and short strings (titles, reasons, log lines) are cut off at these lengths. */
export const MAX_URL_LENGTH = 8_192;
export const MAX_SHORT_STRING = 2_000;
/** The highlight stylesheet is generated from a fixed set of names: it stays small. */
export const MAX_CSS_LENGTH = 64_000;
/** Items reported as "not found on this page" are indexes into the analysis. */
export const MAX_INDEX_LIST = 100_000;

export const TAB_STATUSES = ['idle', 'analysing', 'done', 'not-article', 'not-english', 'disabled', 'error'] as const;
export type TabStatus = (typeof TAB_STATUSES)[number];

export const COMMANDS = ['toggle-highlights', 'next-quote', 'previous-quote'] as const;
export type Command = (typeof COMMANDS)[number];

/** Indexes into `analysis.quotes` and `analysis.entities` that could not be painted. */
export interface Unanchored {
  quotes: number[];
  entities: number[];
}

/** What the background knows about one tab; the popup renders it. */
export interface TabState {
  status: TabStatus;
  url: string;
  title?: string;
  analysis?: Analysis;
  unanchored: Unanchored;
  /**
   * Quotes an earlier analysis of this URL found that the page's text has lost since (a re-render
   * took them out): "not found on this page" until the tab navigates. Each stands alone, its
   * offsets into its own text.
   */
  removedQuotes?: Quote[];
  /** A short, user-facing reason for `not-article` and `error`. */
  reason?: string;
}

// ---- content script → background ----------------------------------------------

/** Run the parser on the article text found in the sender's tab. */
export interface AnalyzeRequest { type: 'analyze'; text: string; url: string; title?: string }
/**
 * Analyse a piece of the article (the part in view) for a first paint while the whole is analysed;
 * answered like `analyze`, but nothing is recorded for the tab.
 */
export interface PreviewRequest { type: 'preview'; text: string }
/** The background's answer to `analyze` and `preview`: the analysis with bare spans (./bare-spans). */
export type AnalyzeResponse =
  | { ok: true; analysis: BareAnalysis; underlineSupported: boolean }
  | { ok: false; error: string };
/** A successful answer to `analyze`, made whole again with the text that was sent. */
export interface AnalyzeResult { analysis: Analysis; underlineSupported: boolean }

/**
 * The page at `url` (as the content script read it: pushState changes it) has no article, has one in
 * another language than English (the only one the parser reads), or the site is switched off.
 */
export interface PageStatusMessage { type: 'page-status'; status: 'not-article' | 'not-english' | 'disabled'; reason: string; url: string }
/** Items of the analysis that the content script could not map back to the page. */
export interface UnanchoredMessage { type: 'unanchored'; quotes: number[]; entities: number[] }
/** An error caught in the content script or a UI page, for the background's log. */
export interface LogMessage { type: 'log'; message: string; where: string }
/** Insert (or remove) the `::highlight()` stylesheet in the sender's tab, without a DOM change. */
export interface InsertCssMessage { type: 'insert-css'; css: string }
export interface RemoveCssMessage { type: 'remove-css'; css: string }

// ---- popup / options → background ---------------------------------------------

export interface GetStateRequest { type: 'get-state'; tabId: number }
/** The popup opened on this tab: analyse it now unless that is done or under way. */
export interface AnalyzeTabRequest { type: 'analyze-tab'; tabId: number }
export interface SetSiteEnabledRequest { type: 'set-site-enabled'; tabId: number; enabled: boolean }
/** Register (or unregister) the content script for an origin the user granted. */
export interface SetAlwaysRunRequest { type: 'set-always-run'; origin: string; enabled: boolean }
export interface ForgetEverythingRequest { type: 'forget-everything' }

/** The background's answer to popup requests. */
export interface StateResponse { state: TabState; site: SiteView }
export interface SiteView { origin: string | null; enabled: boolean; alwaysRun: boolean }

// ---- background → popup (broadcast) -------------------------------------------

export interface StateChangedMessage { type: 'state-changed'; tabId: number; state: TabState }

// ---- background / popup → content script --------------------------------------

export interface CommandMessage { type: 'command'; command: Command }
export interface JumpToMessage { type: 'jump-to'; kind: 'quote' | 'entity'; index: number }

export type ToBackground =
  | AnalyzeRequest | PreviewRequest | PageStatusMessage | UnanchoredMessage | LogMessage | InsertCssMessage | RemoveCssMessage
  | GetStateRequest | AnalyzeTabRequest | SetSiteEnabledRequest | SetAlwaysRunRequest
  | ForgetEverythingRequest;
export type ToContent = CommandMessage | JumpToMessage;
export type ToPopup = StateChangedMessage;

// ---- validation -----------------------------------------------------------------

type Guard<T> = (value: unknown) => value is T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}
function isIndex(value: unknown, limit = Number.MAX_SAFE_INTEGER): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= limit;
}
function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
function isIndexList(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= MAX_INDEX_LIST && value.every((item) => isIndex(item));
}
function isOptional<T>(value: unknown, guard: (v: unknown) => v is T): boolean {
  return value === undefined || guard(value);
}
const isShort = (value: unknown): value is string => isString(value, MAX_SHORT_STRING);
const isUrl = (value: unknown): value is string => isString(value, MAX_URL_LENGTH);

/** A span inside a text of `length` code units whose `text` matches when given. */
function isSpan(value: unknown, text: string): boolean {
  if (!isRecord(value) || !isIndex(value.start) || !isIndex(value.end)) return false;
  if (value.start > value.end || value.end > text.length) return false;
  return value.text === undefined || value.text === text.slice(value.start, value.end);
}

/**
 * The whole Analysis contract: every offset inside the text, every span's text
 * equal to the slice it names. The content script paints only what passes.
 */
export function isAnalysis(value: unknown): value is Analysis {
  if (!isRecord(value) || !isString(value.text, MAX_TEXT_LENGTH)) return false;
  const text = value.text;
  if (!Array.isArray(value.quotes) || !Array.isArray(value.entities)) return false;
  const quotesOk = value.quotes.every((quote: unknown) => {
    if (!isRecord(quote) || !isSpan(quote, text) || !isOneOf(QUOTE_KINDS, quote.kind)) return false;
    if (quote.cue !== null && !isSpan(quote.cue, text)) return false;
    if (quote.parts !== undefined) {
      const partsOk = Array.isArray(quote.parts) && quote.parts.every((part: unknown) =>
        Array.isArray(part) && part.length === 2 && isSpan({ start: part[0], end: part[1] }, text));
      if (!partsOk) return false;
    }
    const speaker = quote.speaker;
    if (speaker === null) return true;
    return isRecord(speaker) && isShort(speaker.name) && isOptional(speaker.entityId, isShort)
      && isOptional(speaker.anonymous, (v): v is boolean => typeof v === 'boolean')
      && (speaker.start === undefined || isSpan(speaker, text));
  });
  return quotesOk && value.entities.every((entity: unknown) =>
    isRecord(entity) && isShort(entity.id) && isShort(entity.name) && isOneOf(ENTITY_TYPES, entity.type)
    && Array.isArray(entity.mentions) && entity.mentions.every((mention: unknown) => isSpan(mention, text))
    && isOptional(entity.aliases, isShortList) && isOptional(entity.descriptions, isShortList)
    && (entity.descriptionSources === undefined || (Array.isArray(entity.descriptionSources)
      && Array.isArray(entity.descriptions) && entity.descriptionSources.length === entity.descriptions.length
      && entity.descriptionSources.every((source: unknown) => isSpan(source, text)))));
}
/** Quotes whose offsets are into their own text (TabState.removedQuotes). */
function isStandaloneQuoteList(value: unknown): value is Quote[] {
  return Array.isArray(value) && value.length <= MAX_INDEX_LIST && value.every((quote: unknown) =>
    isRecord(quote) && isString(quote.text, MAX_TEXT_LENGTH) && isAnalysis({ text: quote.text, quotes: [quote], entities: [] }));
}
function isShortList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isShort);
}

export function isTabState(value: unknown): value is TabState {
  return isRecord(value) && isOneOf(TAB_STATUSES, value.status) && isUrl(value.url)
    && isOptional(value.title, isShort) && isOptional(value.reason, isShort)
    && isOptional(value.analysis, isAnalysis) && isOptional(value.removedQuotes, isStandaloneQuoteList)
    && isRecord(value.unanchored) && isIndexList(value.unanchored.quotes) && isIndexList(value.unanchored.entities);
}

const toBackgroundGuards: { [K in ToBackground['type']]: Guard<Extract<ToBackground, { type: K }>> } = {
  'analyze': (m): m is AnalyzeRequest => isRecord(m) && isString(m.text, MAX_TEXT_LENGTH) && isUrl(m.url)
    && isOptional(m.title, isShort),
  'preview': (m): m is PreviewRequest => isRecord(m) && isString(m.text, MAX_TEXT_LENGTH),
  'page-status': (m): m is PageStatusMessage => isRecord(m) && isOneOf(['not-article', 'not-english', 'disabled'], m.status)
    && isShort(m.reason) && isUrl(m.url),
  'unanchored': (m): m is UnanchoredMessage => isRecord(m) && isIndexList(m.quotes) && isIndexList(m.entities),
  'log': (m): m is LogMessage => isRecord(m) && isShort(m.message) && isShort(m.where),
  'insert-css': (m): m is InsertCssMessage => isRecord(m) && isString(m.css, MAX_CSS_LENGTH),
  'remove-css': (m): m is RemoveCssMessage => isRecord(m) && isString(m.css, MAX_CSS_LENGTH),
  'get-state': (m): m is GetStateRequest => isRecord(m) && isIndex(m.tabId),
  'analyze-tab': (m): m is AnalyzeTabRequest => isRecord(m) && isIndex(m.tabId),
  'set-site-enabled': (m): m is SetSiteEnabledRequest => isRecord(m) && isIndex(m.tabId)
    && typeof m.enabled === 'boolean',
  'set-always-run': (m): m is SetAlwaysRunRequest => isRecord(m) && isUrl(m.origin) && isHttpOrigin(m.origin)
    && typeof m.enabled === 'boolean',
  'forget-everything': (m): m is ForgetEverythingRequest => isRecord(m),
};

const toContentGuards: { [K in ToContent['type']]: Guard<Extract<ToContent, { type: K }>> } = {
  'command': (m): m is CommandMessage => isRecord(m) && isOneOf(COMMANDS, m.command),
  'jump-to': (m): m is JumpToMessage => isRecord(m) && isOneOf(['quote', 'entity'], m.kind) && isIndex(m.index),
};

function validate<T extends { type: string }>(guards: Record<string, Guard<T>>, value: unknown): T | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  const guard = Object.hasOwn(guards, value.type) ? guards[value.type] : undefined;
  return guard && guard(value) ? value : null;
}

/** The message if it is a well-formed message for the background, else null. */
export function parseToBackground(value: unknown): ToBackground | null {
  return validate(toBackgroundGuards as Record<string, Guard<ToBackground>>, value);
}
/** The message if it is a well-formed message for the content script, else null. */
export function parseToContent(value: unknown): ToContent | null {
  return validate(toContentGuards as Record<string, Guard<ToContent>>, value);
}
/** The message if it is a well-formed broadcast for the popup, else null. */
export function parseToPopup(value: unknown): ToPopup | null {
  return isRecord(value) && value.type === 'state-changed' && isIndex(value.tabId) && isTabState(value.state)
    ? (value as unknown as StateChangedMessage) : null;
}
/** The analysis of `text` in an answer to `analyze`, checked against that text; null for an error or anything malformed. */
export function parseAnalyzeResponse(value: unknown, text: string): AnalyzeResult | null {
  if (!isRecord(value) || value.ok !== true || !isRecord(value.analysis) || typeof value.underlineSupported !== 'boolean') return null;
  // Spans may come without their text (isSpan checks it only where it is given).
  const analysis: unknown = { ...value.analysis, text };
  if (!isAnalysis(analysis)) return null;
  return { analysis: withSpanTexts(analysis, text), underlineSupported: value.underlineSupported };
}
export function parseStateResponse(value: unknown): StateResponse | null {
  if (!isRecord(value) || !isTabState(value.state) || !isRecord(value.site)) return null;
  const site = value.site;
  const ok = (site.origin === null || isUrl(site.origin)) && typeof site.enabled === 'boolean'
    && typeof site.alwaysRun === 'boolean';
  return ok ? (value as unknown as StateResponse) : null;
}

/** "https://example.com" style origins only: the match patterns we register are built from them. */
export function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** The origin of an http(s) page URL, or null for anything else (about:, file:, extension pages). */
export function httpOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
