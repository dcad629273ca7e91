/**
 * Batch progress on a terminal: one line, redrawn in place, at most every
 * `REDRAW_MS`: a bar of documents done out of documents read so far (the total
 * is unknown while stdin streams), the counts and the rate.
 */

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressSink {
  write(text: string): unknown;
}

/** The progress line for `done` of `read` documents after `seconds`. */
export function formatProgress(done: number, read: number, seconds: number): string {
  const filled = read === 0 ? 0 : Math.round((BAR_WIDTH * done) / read);
  const rate = seconds > 0 ? done / seconds : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${read} docs  ${rate.toFixed(1)} docs/s`;
}

export class ProgressBar {
  private readonly startedAt: number;
  private drawnAt = -Infinity;

  constructor(private readonly sink: ProgressSink, private readonly now: () => number = () => performance.now()) {
    this.startedAt = now();
  }

  update(done: number, read: number): void {
    const now = this.now();
    if (now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.draw(done, read, now);
  }

  /** Draws the final counts and leaves the cursor on a fresh line. */
  finish(done: number, read: number): void {
    this.draw(done, read, this.now());
    this.sink.write('\n');
  }

  private draw(done: number, read: number, now: number): void {
    // "\r" returns to the line start and "\x1b[K" clears what a longer previous line left.
    this.sink.write(`\r${formatProgress(done, read, (now - this.startedAt) / 1000)}\x1b[K`);
  }
}
