/**
 * Content-script entry. Runs as one classic script, injected by the background
 * after a toolbar click or by a manifest/registered content script on sites that
 * always run; it may be injected twice into the same page, so the controller is
 * kept on the (isolated-world) global and a second injection only re-runs it.
 * Nothing here may throw into the page.
 */
import { Controller } from './controller';
import { guard } from './report';

const KEY = Symbol.for('whosaid.controller');
type WithController = typeof globalThis & { [KEY]?: Controller };

guard('start', () => {
  if (window.top !== window) return;
  const scope = globalThis as WithController;
  scope[KEY] ??= new Controller(document);
  return scope[KEY].run();
});
