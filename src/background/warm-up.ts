/**
 * Gets the parser ready while a page loads, so that the page's analysis does not pay for its start.
 *
 * Why: Chrome stops an idle service worker after 30 seconds and Firefox unloads an idle event page,
 * so most pages meet a cold parser. Its first analysis builds the tagger's tables and compiles the
 * parser's functions: 85–113 ms for the 315-word sample article in a fresh Node 20 process, against
 * 17 ms after one short text and 6–8 ms warm. A navigation wakes the worker (`tabs.onUpdated`) long
 * before the page's content script asks at document idle, so on a site where the script runs by
 * itself the parser analyses a short text of its own then, once per worker life, after the event's
 * own work.
 */
import { siteChoice, type Stored } from '../shared/settings';
import { httpOriginOf } from '../shared/messages';

/** Names, a split quotation, reported speech, a date, money and a place: most stages' code runs once. */
export const WARM_UP_TEXT =
  '“We will not stop,” said Jane Smith, a spokeswoman for the Ministry of Health. ' +
  'She told reporters on Monday that the plan would cost $20 million, according to officials in Paris.';

/** Whether the content script runs by itself on `url`: an http(s) site the user set to always run, and not switched off. */
export function runsByItself(stored: Stored, url: string | undefined): boolean {
  const { enabled, alwaysRun } = siteChoice(stored, httpOriginOf(url));
  return enabled && alwaysRun;
}

export interface WarmUp {
  /** True until the warm-up has started: once it has, callers need not ask whether a page wants one. */
  readonly pending: boolean;
  /** Warms the parser the first time, on a later task; does nothing after. */
  run(): void;
}

/** The worker's warm-up. A failure is logged, never thrown: the page's own analysis reports its errors. */
export function createWarmUp(
  analyze: (text: string) => unknown,
  log: (what: string, detail: string) => void,
  schedule: (run: () => void) => void = (run) => void setTimeout(run, 0),
): WarmUp {
  let pending = true;
  return {
    get pending() {
      return pending;
    },
    run() {
      if (!pending) return;
      pending = false;
      schedule(() => {
        try {
          analyze(WARM_UP_TEXT);
        } catch (error) {
          log('warm-up', error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
