/**
 * Best BILOU label sequence for one sentence (first-order Viterbi). Scoring the
 * whole sentence, rather than deciding token by token, lets a later word undo
 * an early guess ("U.S. Labor Day weekend": the name stops before "weekend").
 * Used both by the tagger and by training (a structured perceptron).
 */
import { isAllowed, LABELS, OUTSIDE } from './labels';

export const START_LABEL = '-';
/** Previous-label rows of a transition table: every label, then the sentence start. */
export const PREVIOUS_LABELS = [...LABELS, START_LABEL];

const K = LABELS.length;
/** For each label, the previous labels (row indices, K = sentence start) it may follow. */
const PREDECESSORS = LABELS.map((label) => PREVIOUS_LABELS.flatMap((previous, p) => (isAllowed(previous, label) ? [p] : [])));
/** A sentence may not end inside a name. */
const MAY_END = LABELS.map((label) => isAllowed(label, OUTSIDE));

/** Work buffers, grown as needed and reused: tagging allocates nothing per sentence. */
let best = new Float32Array(0);
let back = new Int32Array(0);

/**
 * `emissions[i * K + k]`: score of label k at token i; `transitions[i][p * K + k]`:
 * score of label k at token i after previous label p (p = K at the sentence start).
 * `before` is the row of what precedes the first token: K at a sentence start,
 * or the index of a label fixed before it. Writes the best labels (indices into
 * LABELS) into `out`.
 */
export function viterbi(length: number, emissions: Float32Array, transitions: Float32Array[], out: Int32Array, before = K): void {
  if (length === 0) return;
  if (best.length < length * K) {
    best = new Float32Array(length * K * 2);
    back = new Int32Array(length * K * 2);
  }
  for (let i = 0; i < length; i++) {
    const table = transitions[i];
    for (let k = 0; k < K; k++) {
      let top = -Infinity;
      let from = 0;
      for (const p of PREDECESSORS[k]) {
        if (i === 0 ? p !== before : p === K) continue;
        const score = (i === 0 ? 0 : best[(i - 1) * K + p]) + table[p * K + k];
        if (score > top) {
          top = score;
          from = p;
        }
      }
      best[i * K + k] = top + emissions[i * K + k];
      back[i * K + k] = from;
    }
  }
  let last = 0;
  for (let k = 1; k < K; k++) {
    if (MAY_END[k] && best[(length - 1) * K + k] > best[(length - 1) * K + last]) last = k;
  }
  for (let i = length - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * K + last];
  }
}
