/*
 * Loaded first by every hostile document (tests/e2e/security/hostile-documents.test.ts): records,
 * in the page's own world, every error thrown into the page and every DOM mutation that the page
 * did not make itself, from the end of parsing on. The page makes its own changes through
 * `__hostile.own(change)`, which drops the records they produce; anything left is someone else's
 * (Whosaid may add its card host, and nothing more). overrides.html breaks built-ins for extension
 * code only, so this keeps working there.
 */
(() => {
  const errors = [];
  const mutations = [];
  const describe = (record) => {
    const target = record.target;
    const name = target.nodeType === 1 ? target.localName : target.nodeName;
    const names = (nodes) => Array.prototype.slice.call(nodes).map((node) => node.nodeName.toLowerCase()).join(',');
    const added = names(record.addedNodes);
    const removed = names(record.removedNodes);
    return `${record.type} on ${name}${added ? ` adding ${added}` : ''}${removed ? ` removing ${removed}` : ''}`;
  };
  // What the parser adds while the page loads is the page itself: recording starts once it is parsed.
  let parsing = true;
  const keep = (records) => {
    if (parsing) return;
    for (let i = 0; i < records.length; i += 1) mutations[mutations.length] = describe(records[i]);
  };
  const observer = new MutationObserver(keep);
  const observe = (root) => observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  observe(document);
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    parsing = false;
  });
  window.addEventListener('error', (event) => {
    errors[errors.length] = `error: ${event.message}`;
  });
  window.addEventListener('unhandledrejection', (event) => {
    errors[errors.length] = `unhandled rejection: ${String(event.reason)}`;
  });
  window.__hostile = {
    /** The real highlight registry, for pages that hide or replace `CSS.highlights`. */
    registry: typeof CSS !== 'undefined' ? CSS.highlights : undefined,
    /** Watches one more tree: a shadow root, a frame's document. */
    observe,
    /** Runs the page's own DOM change and forgets the mutations it made. */
    own(change) {
      keep(observer.takeRecords());
      const result = change();
      observer.takeRecords();
      return result;
    },
    /** Mutations and errors so far (mutations not yet delivered included). */
    report() {
      keep(observer.takeRecords());
      return { errors: errors.slice(), mutations: mutations.slice() };
    },
  };
})();
