import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../../src/parser/entities/labels';
import { viterbi } from '../../../../src/parser/entities/viterbi';

const K = LABELS.length;

function decode(emissionRows: Array<Record<string, number>>): string[] {
  const n = emissionRows.length;
  const emissions = new Float32Array(n * K);
  emissionRows.forEach((row, i) => {
    for (const [label, score] of Object.entries(row)) emissions[i * K + LABELS.indexOf(label)] = score;
  });
  const transitions = Array.from({ length: n }, () => new Float32Array((K + 1) * K));
  const out = new Int32Array(n);
  viterbi(n, emissions, transitions, out);
  return [...out].map((k) => LABELS[k]);
}

describe('viterbi', () => {
  it('takes the best valid sequence, not the best label per token', () => {
    // Token 0 alone prefers U-PER, but B-ORG L-ORG scores more as a whole; I-ORG may not end it.
    expect(decode([{ 'B-ORG': 2, 'U-PER': 3 }, { 'I-ORG': 2.5, 'L-ORG': 2, O: 0.4 }])).toEqual(['B-ORG', 'L-ORG']);
  });

  it('never ends a sentence inside a name', () => {
    expect(decode([{ O: 1 }, { 'B-LOC': 5, 'U-LOC': 4 }])).toEqual(['O', 'U-LOC']);
  });

  it('handles an empty sentence', () => {
    expect(decode([])).toEqual([]);
  });
});
