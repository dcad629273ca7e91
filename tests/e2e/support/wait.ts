/** Polling, for states that no browser event announces (highlights painted, a card shown). */

/** Polls `condition` until it holds (errors count as "not yet"), or throws after `timeoutMs`. */
export async function waitFor(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
