/**
 * BILOU labels (Begin, Inside, Last, Outside, Unit) over the CoNLL types. BILOU
 * tags tell the tagger where a name ends as well as where it starts, which
 * greedy left-to-right tagging needs (Ratinov and Roth, 2009).
 */
export const TAGGER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TaggerType = (typeof TAGGER_TYPES)[number];

export const OUTSIDE = 'O';

export const LABELS: string[] = [OUTSIDE, ...TAGGER_TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${type}`))];

/** Whether `label` may follow `previous` (a name that has begun must go on or end with the same type). */
export function isAllowed(previous: string, label: string): boolean {
  const open = previous[0] === 'B' || previous[0] === 'I';
  const continues = label[0] === 'I' || label[0] === 'L';
  if (!open) return !continues;
  return continues && label.slice(2) === previous.slice(2);
}

export interface LabelledSpan {
  /** First and one-past-last token index. */
  tokenStart: number;
  tokenEnd: number;
  type: TaggerType;
}

/** Reads spans from a label sequence; a span cut off by the end of the sequence still counts. */
export function spansOf(labels: string[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const label = labels[i] ?? OUTSIDE;
    const part = label[0];
    if (start >= 0 && (part === OUTSIDE || part === 'B' || part === 'U' || label.slice(2) !== labels[start].slice(2))) {
      spans.push({ tokenStart: start, tokenEnd: i, type: labels[start].slice(2) as TaggerType });
      start = -1;
    }
    if (part === 'B' || part === 'U' || (part !== OUTSIDE && start < 0 && i < labels.length)) start = i;
    if (start >= 0 && (part === 'L' || part === 'U')) {
      spans.push({ tokenStart: start, tokenEnd: i + 1, type: label.slice(2) as TaggerType });
      start = -1;
    }
  }
  return spans;
}

/** The BILOU labels of tokens covered by spans (the inverse of `spansOf`). */
export function labelsOf(length: number, spans: LabelledSpan[]): string[] {
  const labels = new Array<string>(length).fill(OUTSIDE);
  for (const { tokenStart, tokenEnd, type } of spans) {
    if (tokenEnd - tokenStart === 1) {
      labels[tokenStart] = `U-${type}`;
      continue;
    }
    labels[tokenStart] = `B-${type}`;
    for (let i = tokenStart + 1; i < tokenEnd - 1; i++) labels[i] = `I-${type}`;
    labels[tokenEnd - 1] = `L-${type}`;
  }
  return labels;
}
