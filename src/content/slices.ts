/**
 * Long work in short slices. A page's main thread must never be held for more
 * than 50 ms (a "long task": input and rendering wait behind it), so work that
 * grows with the page — walking a 30,000-word article, building its text — is
 * written as a generator of `Steps` that yields at points where it may pause.
 * `runSliced` gives the page its thread back whenever a slice has used its
 * budget; `runNow` drives the same steps to the end at once, for Node (the CLI,
 * evaluation, unit tests), where there is no page to keep responsive.
 */

/** Work that yields (nothing) wherever it may pause and returns T at the end. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Time one slice may run before it gives the thread back: well under the 50 ms
 * long-task threshold, leaving room for the browser's own work in the same task.
 */
export const SLICE_MS = 20;

/** Loop iterations between two pause points: cheap enough to check often, rare enough to cost nothing. */
export const STEPS_BETWEEN_PAUSES = 256;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` in slices of SLICE_MS. `sliceStart` is when the calling task began, when it began
 * earlier than this call (the script's start): the first slice then has only the rest of its budget.
 */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void> = yieldToPage, sliceStart = performance.now()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets pending input and rendering run, then continues: `scheduler.yield()`
 * where it exists (it resumes ahead of other queued tasks), else a message to
 * ourselves — not a timeout, which a background tab delays by up to a second.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
