import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CardHost, HOST_TAG } from '../../../src/content/card/host';

function page() {
  const { document, window } = parseHTML('<!doctype html><html><body><p>Article</p></body></html>');
  // linkedom has no layout: give the card a size so that placement can be computed.
  Object.defineProperty(window.HTMLElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top: 0, left: 0, right: 200, bottom: 80, width: 200, height: 80 }),
  });
  Object.defineProperty(document, 'defaultView', { configurable: true, value: { innerWidth: 1000, innerHeight: 700 } });
  return document as unknown as Document;
}

const line = { top: 100, bottom: 120, left: 950, right: 990, width: 40, height: 20 } as DOMRect;

describe('the card host', () => {
  it('adds one element with an open shadow root holding a tooltip and a polite live region', () => {
    const doc = page();
    const host = new CardHost(doc, { enter() {}, leave() {} });
    const element = doc.documentElement.querySelector(HOST_TAG)!;
    expect(element).not.toBeNull();
    expect(doc.body.innerHTML).toBe('<p>Article</p>');
    const root = element.shadowRoot!;
    const tooltip = root.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tooltip.hidden).toBe(true);
    host.announce('Quote 1 of 2');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('Quote 1 of 2');
    host.remove();
    expect(doc.documentElement.querySelector(HOST_TAG)).toBeNull();
  });

  it('renders page text as text, never as markup, and places the card below the line inside the viewport', () => {
    const doc = page();
    const host = new CardHost(doc, { enter() {}, leave() {} });
    host.show({ title: '<img src=x onerror=alert(1)>', lines: [{ text: 'Person' }, { text: '<b>bold</b>', source: '<i>the sentence</i>' }] }, line);
    const tooltip = doc.documentElement.querySelector(HOST_TAG)!.shadowRoot!.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.querySelector('img, b, i')).toBeNull();
    expect(tooltip.textContent).toBe('<img src=x onerror=alert(1)>Person<b>bold</b><i>the sentence</i>');
    // The source sentence is its own element under the line it backs.
    expect(tooltip.querySelector('li:nth-child(2) > q.source')?.textContent).toBe('<i>the sentence</i>');
    expect(tooltip.style.top).toBe('126px');
    expect(tooltip.style.left).toBe('792px');
    host.hide();
    expect(tooltip.hidden).toBe(true);
  });

  it('becomes a labelled dialog with buttons when pinned, and a plain tooltip again after', () => {
    const doc = page();
    const host = new CardHost(doc, { enter() {}, leave() {} });
    const ran: string[] = [];
    host.show({ title: 'Jane Doe', lines: [{ text: 'Person' }] }, line, [{ label: 'Next mention', run: () => ran.push('next') }]);
    const card = doc.documentElement.querySelector(HOST_TAG)!.shadowRoot!.querySelector('.card') as HTMLElement;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Jane Doe');
    const button = card.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Next mention');
    button.click();
    expect(ran).toEqual(['next']);
    host.show({ title: 'Jane Doe', lines: [{ text: 'Person' }] }, line);
    expect(card.getAttribute('role')).toBe('tooltip');
    expect(card.hasAttribute('aria-label')).toBe(false);
    expect(card.querySelector('button')).toBeNull();
  });
});
