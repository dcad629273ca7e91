/**
 * The performance budgets of issue 7, in one table: each bench section looks
 * its budget up here, so a budget is changed in one place.
 */
export const BUDGETS = {
  /** Parser words per second, single-threaded in Node. */
  parserWordsPerSecond: 100_000,
  /** Parser speed over compromise's (people, places, organizations) on the same texts. */
  parserOverCompromise: 5,
  /** Largest time per word over smallest, from 1x to 8x text length: linear growth. */
  timePerWordGrowth: 1.3,
  /** The content script is injected into every analysed page. */
  contentScriptBytes: 150 * 1024,
  /** Each store package. */
  packageBytes: 3 * 1024 * 1024,
  /** Batch mode on all cores over one thread (the budget is stated for 2 cores). */
  batchSpeedup: 1.7,
} as const;

/** In-browser budgets, measured by `npm run bench -- --browser`. */
export const BROWSER_BUDGETS = {
  /** Sample page painted after document idle. */
  samplePaintMs: 100,
  /** A 30,000-word page painted after document idle. */
  longPagePaintMs: 500,
  /** No main-thread task over this, caused by the extension. */
  longTaskMs: 50,
} as const;

/** The huge page the browser part builds around the sample article: menu lists × links, and comments (about 100,000 elements). */
export const HUGE_PAGE = { menuLists: 300, linksPerList: 100, comments: 13_000 } as const;

/** The words of the long page the browser part builds from the sample page. */
export const LONG_PAGE_WORDS = 30_000;

/** The smallest document the issue asks the parser to be timed on. */
export const LONG_DOCUMENT_WORDS = 20_000;
/** The text lengths of the linear-growth check, as multiples of `SCALING_BASE_WORDS`. */
export const SCALING_FACTORS = [1, 2, 4, 8] as const;
export const SCALING_BASE_WORDS = 4_000;
