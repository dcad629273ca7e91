/** Timing helpers shared by the bench sections: word counts, medians, timed runs. */

/** Words as whitespace-separated runs, the usual definition of words-per-second figures. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in milliseconds of `runs` calls of `work`, after one untimed warm-up call (JIT). */
export function medianMs(work: () => void, runs: number): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median wall times in milliseconds of `a` and `b` over `runs` rounds that time one call of each, after one
 * untimed call of each (JIT), and the median of the rounds' own ratios b / a. Alternating the two puts a
 * stall or a drift of the machine's speed (on 2-core VMs here, 20-40% from one minute to the next) on both
 * sides of each ratio instead of on one median.
 */
export function pairedMedianMs(a: () => void, b: () => void, runs: number): { a: number; b: number; ratio: number } {
  a();
  b();
  const rounds: Array<{ a: number; b: number }> = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    a();
    const aMs = performance.now() - start;
    start = performance.now();
    b();
    rounds.push({ a: aMs, b: performance.now() - start });
  }
  return {
    a: median(rounds.map((round) => round.a)),
    b: median(rounds.map((round) => round.b)),
    ratio: median(rounds.map((round) => round.b / round.a)),
  };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
