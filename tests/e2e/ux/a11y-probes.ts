/**
 * In-page checks for the accessibility checklist (../shared notes §6), run through
 * DrivenPage.evaluate on the popup, the options page and the article page (Whosaid's card lives in
 * an open shadow root there). Each function is self-contained: the drivers send its source text.
 */

export interface Finding {
  /** A short description of the element: tag, id or class, and its text. */
  element: string;
  detail: string;
}

/**
 * Pointer targets under 24 × 24 CSS px (WCAG 2.2 SC 2.5.8). A control inside a label is measured
 * with its label, which a click on activates it too. Scope: an extension page, or Whosaid's card in
 * an article page (whose own controls are not ours to judge).
 */
export function auditTargets(scope: 'document' | 'card'): Finding[] {
  const card = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  const roots: Array<Document | ShadowRoot> = scope === 'card' ? (card ? [card] : []) : [document];
  const findings: Finding[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
      if (element.getClientRects().length === 0) continue;
      const target = element.closest('label') ?? element;
      const { width, height } = target.getBoundingClientRect();
      if (width < 24 || height < 24) {
        findings.push({
          element: `${element.localName}${element.id ? `#${element.id}` : ''}.${element.className} "${(target.textContent ?? '').trim().slice(0, 30)}"`,
          detail: `${width.toFixed(1)} × ${height.toFixed(1)}`,
        });
      }
    }
  }
  return findings;
}

/** Controls without an accessible name: no aria-label(ledby), no label, no text. */
export function auditNames(scope: 'document' | 'card'): Finding[] {
  const card = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  const roots: Array<Document | ShadowRoot> = scope === 'card' ? (card ? [card] : []) : [document];
  const findings: Finding[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="dialog"]')) {
      if (element.getClientRects().length === 0) continue;
      const labelledBy = element.getAttribute('aria-labelledby')?.split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? (root as Document).getElementById?.(id)?.textContent ?? '').join(' ');
      const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent).join(' ') : '';
      const isField = /^(input|select|textarea)$/.test(element.localName);
      const name = [element.getAttribute('aria-label'), labelledBy, labels, isField ? '' : element.textContent]
        .map((text) => text?.trim() ?? '').find((text) => text !== '');
      if (!name) findings.push({ element: `${element.localName}${element.id ? `#${element.id}` : ''}.${element.className}`, detail: 'no accessible name' });
    }
  }
  return findings;
}

export interface FocusState {
  /** The focused element, through open shadow roots; null on the body (focus left the page). */
  element: string | null;
  /** Where it is in document order (through shadow roots): tells apart controls with the same text. */
  position: string;
  outlineStyle: string;
  outlineWidth: number;
}

/** The focused element and the focus ring it draws. */
export function readFocus(): FocusState {
  let focused: Element | null = document.activeElement;
  const position = [[...document.querySelectorAll('*')].indexOf(focused!)];
  while (focused?.shadowRoot?.activeElement) {
    const root: ShadowRoot = focused.shadowRoot;
    focused = root.activeElement;
    position.push([...root.querySelectorAll('*')].indexOf(focused!));
  }
  if (!focused || focused === document.body || focused === document.documentElement) {
    return { element: null, position: '', outlineStyle: 'none', outlineWidth: 0 };
  }
  const style = getComputedStyle(focused);
  const html = focused as HTMLElement;
  return {
    element: `${focused.localName}${focused.id ? `#${focused.id}` : ''} "${(html.textContent || html.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
    position: position.join('/'),
    outlineStyle: style.outlineStyle,
    outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
  };
}

/** Which user preferences the page currently sees. */
export function readMediaState(): { reducedMotion: boolean; forcedColors: boolean } {
  return {
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    forcedColors: matchMedia('(forced-colors: active)').matches,
  };
}

/** The popup's document scroll behaviour (smooth only without reduced motion). */
export function readScrollBehavior(): string {
  return getComputedStyle(document.documentElement).scrollBehavior;
}

/** The open card's motion and frame: running animations, transition time, border and shadow, and the system text colour. */
export function readCardLook(): { animations: number; transition: string; borderColor: string; boxShadow: string; canvasText: string } | null {
  const root = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.card');
  if (!card || card.hidden) return null;
  const probe = document.createElement('span');
  probe.style.color = 'CanvasText';
  root!.append(probe);
  const canvasText = getComputedStyle(probe).color;
  probe.remove();
  const style = getComputedStyle(card);
  return {
    animations: card.getAnimations({ subtree: true }).length,
    transition: style.transitionDuration,
    borderColor: style.borderTopColor,
    boxShadow: style.boxShadow,
    canvasText,
  };
}

/** Selects the text of the first element matching `selector`, as a reader dragging over it would; returns that text. */
export function selectText(selector: string): string {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector)!);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}

/** The document selection as assistive technology reads it: its text, and where it starts (the element holding it). */
export function readSelection(): { text: string; within: string | null } {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return { text: '', within: null };
  const start = selection.getRangeAt(0).startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? start as Element : start.parentElement;
  return { text: selection.toString(), within: element?.localName ?? null };
}
