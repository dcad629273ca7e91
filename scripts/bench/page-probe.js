/*
 * Loaded first in the <head> of the pages that `npm run bench -- --browser` serves: records, in
 * the page's main world, when Whosaid's highlights appear and stop changing (they are visible from
 * the main world in CSS.highlights), when the highlights now in view were all there, and the
 * layout shifts the browser reports (Chromium only), so the bench reads them afterwards.
 * Main-thread tasks come from a trace (main-thread.ts).
 */
(() => {
  const probe = { firstPaintedAt: null, lastChangeAt: null, ranges: 0, layoutShifts: [], observes: [], inViewPaintedAt: null };
  window.__whosaidBench = probe;
  /**
   * When each stretch of text was first seen in a whosaid- highlight (Whosaid paints the ranges in view
   * first), by its boundary points: a repaint (the whole article's analysis after the preview of the part
   * in view) builds new Range objects over text the reader has seen highlighted since the first.
   */
  const firstSeen = new WeakMap();
  const seenAt = (range) => firstSeen.get(range.startContainer)?.get(`${range.startOffset} ${range.endOffset}`);
  const markSeen = (range, now) => {
    let byOffsets = firstSeen.get(range.startContainer);
    if (!byOffsets) firstSeen.set(range.startContainer, (byOffsets = new Map()));
    const key = `${range.startOffset} ${range.endOffset}`;
    if (!byOffsets.has(key)) byOffsets.set(key, now);
  };
  const eachRange = (visit) => CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('whosaid-')) highlight.forEach((range) => visit(range));
  });
  /** Called by the bench once painting has settled: when the ranges in the viewport now were all painted. */
  probe.measureInView = () => {
    let latest = null;
    eachRange((range) => {
      const box = range.getBoundingClientRect();
      const inView = box.bottom > 0 && box.top < innerHeight && box.width > 0;
      const seen = seenAt(range);
      if (inView && seen !== undefined) latest = Math.max(latest ?? 0, seen);
    });
    probe.inViewPaintedAt = latest;
  };
  const observe = (type, record) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    probe.observes.push(type);
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  };
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.layoutShifts.push({ start: entry.startTime, value: entry.value });
  });
  // Once per frame: count the ranges of every whosaid- highlight; note when the count first rises and last
  // changes, and (only then, to keep the probe cheap) when each range appeared.
  const poll = () => {
    let ranges = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('whosaid-')) ranges += highlight.size;
    });
    if (ranges !== probe.ranges) {
      const now = performance.now();
      if (probe.firstPaintedAt === null) probe.firstPaintedAt = now;
      probe.lastChangeAt = now;
      probe.ranges = ranges;
      eachRange((range) => markSeen(range, now));
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
