/**
 * The attributes the page walk (blocks.ts) reads of every element, fetched with as
 * few DOM calls as possible. Each DOM call from a content script crosses into the
 * page (in Firefox through an Xray wrapper, at microseconds a call), and the walk
 * visits every element: on a page of 100,000 elements, seven `getAttribute` calls
 * per element cost most of the 0.9 s the walk took in Firefox ESR 153. Now an
 * element without attributes costs one call, and one with attributes two, plus one
 * for each attribute the walk uses.
 */

export interface WalkAttributes {
  /** The `hidden` attribute is present. */
  hidden: boolean;
  ariaHidden: string | null;
  style: string | null;
  contentEditable: string | null;
  className: string | null;
  id: string | null;
  role: string | null;
}

const NONE: WalkAttributes = Object.freeze({
  hidden: false, ariaHidden: null, style: null, contentEditable: null, className: null, id: null, role: null,
});

/** Attribute name (lower case) → the field it fills. */
const FIELDS: ReadonlyMap<string, Exclude<keyof WalkAttributes, 'hidden'>> = new Map([
  ['aria-hidden', 'ariaHidden'], ['style', 'style'], ['contenteditable', 'contentEditable'],
  ['class', 'className'], ['id', 'id'], ['role', 'role'],
]);

export function walkAttributes(element: Element): WalkAttributes {
  if (!element.hasAttributes()) return NONE;
  let read: WalkAttributes | null = null;
  for (const name of element.getAttributeNames()) {
    // HTML pages have lower-case names already; an XML page may not.
    const lower = name.toLowerCase();
    const field = FIELDS.get(lower);
    if (!field && lower !== 'hidden') continue;
    read ??= { ...NONE };
    if (field) read[field] = element.getAttribute(name);
    else read.hidden = true;
  }
  return read ?? NONE;
}
