/**
 * The content script never throws into the page: every entry point runs inside
 * `guard`, and what it catches goes to the background's log (best effort: if
 * the background is unreachable there is nothing more to do).
 */
import browser from 'webextension-polyfill';
import { MAX_SHORT_STRING, type ToBackground } from '../shared/messages';

export async function send(message: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function reportError(where: string, error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  send({ type: 'log', where: where.slice(0, MAX_SHORT_STRING), message: text.slice(0, MAX_SHORT_STRING) }).catch(() => undefined);
}

/** Runs `task` (sync or async) and reports instead of throwing. */
export function guard(where: string, task: () => unknown): void {
  try {
    const result = task();
    if (result instanceof Promise) result.catch((error: unknown) => reportError(where, error));
  } catch (error) {
    reportError(where, error);
  }
}
