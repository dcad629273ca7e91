/*
 * Loaded first in the <head> of the pages that `npm run bench -- --browser` serves: records, in
 * the page's main world, when Whosaid's highlights appear and stop changing (they are visible from
 * the main world in CSS.highlights), the long tasks and layout shifts the browser reports
 * (Chromium only), so the bench reads them afterwards. The pages have no other script, so
 * the main-thread work after DOMContentLoaded is the extension's and the browser's own.
 */
(() => {
  const probe = { firstPaintedAt: null, lastChangeAt: null, ranges: 0, longTasks: [], layoutShifts: [], observes: [] };
  window.__whosaidBench = probe;
  const observe = (type, record) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    probe.observes.push(type);
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  };
  observe('longtask', (entry) => probe.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.layoutShifts.push({ start: entry.startTime, value: entry.value });
  });
  // Once per frame: count the ranges of every whosaid- highlight; note when the count first rises and last changes.
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
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
