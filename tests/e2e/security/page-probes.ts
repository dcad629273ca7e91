/**
 * What the hostile page (pages/index.html) does to Whosaid, as functions that run in the page's
 * main world through DrivenPage.evaluate. Each is self-contained: the drivers send its source.
 */

/** Every message a part of Whosaid understands (src/shared/messages.ts), as a page would forge it. */
export function forgeMessages(input: { extensionId: string; nonce: string }): string[] {
  const { extensionId, nonce } = input;
  const text = document.body.textContent ?? '';
  const messages: Array<Record<string, unknown>> = [
    { type: 'analyze', text, url: location.href, title: document.title },
    ...[0, 1, 2, 3].flatMap((tabId) => [
      { type: 'analyze-tab', tabId },
      { type: 'get-state', tabId },
      { type: 'set-site-enabled', tabId, enabled: false },
    ]),
    { type: 'set-always-run', origin: location.origin, enabled: true },
    { type: 'forget-everything' },
    { type: 'insert-css', css: 'html { display: none }' },
    { type: 'command', command: 'toggle-highlights' },
    { type: 'command', command: 'next-quote' },
    { type: 'jump-to', kind: 'quote', index: 1 },
    { type: 'teardown' },
  ].map((message) => ({ ...message, nonce }));
  for (const message of messages) {
    window.postMessage(message, '*');
    window.postMessage(JSON.stringify(message), '*');
    document.dispatchEvent(new CustomEvent('whosaid', { detail: message }));
  }
  // Synthetic key presses of the extension's shortcuts must not reach its commands.
  for (const key of ['H', '.', ',']) {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
  }
  // A page has no extension messaging API unless an extension invites it (externally_connectable).
  const scope = globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } };
  const sendMessage = scope.chrome?.runtime?.sendMessage;
  if (!sendMessage) return ['no runtime.sendMessage in the page'];
  return messages.map((message) => {
    try {
      sendMessage(extensionId, message);
      return `sent ${String(message.type)}`;
    } catch (error) {
      return `refused ${String(message.type)}: ${String(error)}`;
    }
  });
}

/**
 * What the page heard on `message` and on the event names it listens to: how many of its own
 * forgeries (proof that it listens), and everything else (which must be nothing).
 */
export function heard(nonce: string): { own: number; others: string[] } {
  const entries = (window as unknown as { __heard?: Array<{ origin: string; data: string }> }).__heard ?? [];
  const others = entries.filter((entry) => !entry.data.includes(nonce)).map((entry) => `${entry.origin}: ${entry.data.slice(0, 200)}`);
  return { own: entries.length - others.length, others };
}

/** The names and sizes of Whosaid's highlights, the page's scroll position and Whosaid's element, if any. */
export function extensionTraces(): { highlights: string[]; scrollY: number; card: boolean } {
  const highlights: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('whosaid-')) highlights.push(`${name}:${highlight.size}`);
  });
  return { highlights: highlights.sort(), scrollY: window.scrollY, card: document.querySelector('whosaid-card') !== null };
}

/** Everything in the extension's `storage.local`, read from one of its own pages. */
export async function readLocalStorage(): Promise<Record<string, unknown>> {
  type StorageApi = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  const scope = globalThis as { browser?: StorageApi; chrome?: StorageApi };
  const api = scope.browser ?? scope.chrome;
  return (await api?.storage.local.get(null)) ?? {};
}
