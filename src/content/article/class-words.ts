/**
 * The words of an element's class and id ("article-body", "shareButtons",
 * "ad_slot_2") in lower case: "article", "body", "share", "buttons", "ad", "slot".
 * Matching whole words avoids Readability's substring accidents ("shadow" ∌ "ad").
 */
export function classWords(element: Element): string[] {
  return wordsOfClassAndId(element.getAttribute('class'), element.getAttribute('id'));
}

/** The same words from the attribute values (null where absent). */
export function wordsOfClassAndId(className: string | null, id: string | null): string[] {
  const source = `${className ?? ''} ${id ?? ''}`;
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 32;
    const lower = code >= 97 && code <= 122;
    const upper = code >= 65 && code <= 90;
    const digit = code >= 48 && code <= 57;
    const isWordChar = lower || upper || digit;
    const hump = upper && start >= 0 && isLower(source.charCodeAt(i - 1));
    if (start >= 0 && (!isWordChar || hump)) {
      words.push(source.slice(start, i).toLowerCase());
      start = -1;
    }
    if (isWordChar && start < 0) start = i;
  }
  return words;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
