/**
 * Puts the `::highlight()` rules into the page without touching its DOM: the
 * background inserts them with `scripting.insertCSS` (invisible to page scripts,
 * untouched by the page's CSP); if that is refused, a constructed stylesheet
 * adopted by the document. Returns the function that takes them out again.
 */
import { send } from '../report';

export async function insertStyles(doc: Document, css: string): Promise<() => void> {
  try {
    if ((await send({ type: 'insert-css', css })) === true) {
      return () => void send({ type: 'remove-css', css }).catch(() => undefined);
    }
  } catch {
    // fall back below
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}
