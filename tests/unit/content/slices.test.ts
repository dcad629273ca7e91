import { describe, expect, it } from 'vitest';
import { runNow, runSliced, SLICE_MS, type Steps } from '../../../src/content/slices';

/** Steps that each keep the thread busy for `ms`, then return how many ran. */
function* busySteps(count: number, ms: number): Steps<number> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) { /* busy */ }
    yield;
  }
  return count;
}

describe('slices', () => {
  it('runs steps to the end at once', () => {
    expect(runNow(busySteps(3, 0))).toBe(3);
  });

  it('gives the thread back once a slice has used its budget', async () => {
    let pauses = 0;
    const result = await runSliced(busySteps(4, SLICE_MS / 2 + 1), async () => {
      pauses++;
    });
    expect(result).toBe(4);
    // Two steps fill a slice: a pause after the 2nd and after the 4th.
    expect(pauses).toBe(2);
  });

  it('counts the time the calling task had used before the call against the first slice', async () => {
    let pauses = 0;
    const taskStart = performance.now() - SLICE_MS / 2;
    expect(await runSliced(busySteps(3, SLICE_MS / 2 + 1), async () => {
      pauses++;
    }, taskStart)).toBe(3);
    // The first step ends the first slice (half of it was gone), the next two fill one: a pause after the 1st and the 3rd
    // (from the call on, the pause would come after the 2nd only).
    expect(pauses).toBe(2);
  });

  it('does not pause work that fits in one slice', async () => {
    let pauses = 0;
    expect(await runSliced(busySteps(1000, 0), async () => {
      pauses++;
    })).toBe(1000);
    expect(pauses).toBe(0);
  });
});
