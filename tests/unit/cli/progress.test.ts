import { describe, expect, it } from 'vitest';
import { formatProgress, ProgressBar } from '../../../src/cli/progress';

describe('formatProgress', () => {
  it('shows the bar, done out of read, and the rate', () => {
    expect(formatProgress(0, 0, 0)).toBe(`[${'.'.repeat(24)}] 0/0 docs  0.0 docs/s`);
    expect(formatProgress(5, 10, 2)).toBe(`[${'#'.repeat(12)}${'.'.repeat(12)}] 5/10 docs  2.5 docs/s`);
    expect(formatProgress(10, 10, 4)).toBe(`[${'#'.repeat(24)}] 10/10 docs  2.5 docs/s`);
  });
});

describe('ProgressBar', () => {
  it('redraws in place at most every 100 ms and ends on a new line', () => {
    let clock = 0;
    const written: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => written.push(text) }, () => clock);
    bar.update(1, 5);
    clock = 50;
    bar.update(2, 5);
    clock = 150;
    bar.update(3, 5);
    clock = 1000;
    bar.finish(5, 5);
    expect(written).toHaveLength(4);
    expect(written[0]).toMatch(/^\r\[.*\] 1\/5 docs/);
    expect(written[1]).toMatch(/^\r\[.*\] 3\/5 docs .*\x1b\[K$/);
    expect(written[2]).toMatch(/^\r\[#{24}\] 5\/5 docs  5\.0 docs\/s/);
    expect(written[3]).toBe('\n');
  });
});
