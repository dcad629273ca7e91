/**
 * The tagger caches feature weights by interned integers instead of building
 * feature strings; its labels must be exactly those of the string features that
 * training uses (features.ts). The reference here scores every token from those
 * strings and decodes the same runs with the same Viterbi.
 */
import { describe, expect, it } from 'vitest';
import { contextFeatures, mayBeName, transitionKeys, viewDocument, WINDOW, wordAt, wordFeatures, type DocumentView } from '../../../../src/parser/entities/features';
import { Gazetteer } from '../../../../src/parser/entities/gazetteer';
import gazetteerData from '../../../../src/parser/entities/gazetteer.json';
import { LABELS, OUTSIDE } from '../../../../src/parser/entities/labels';
import modelFile from '../../../../src/parser/entities/model.json';
import { Tagger, type ModelFile } from '../../../../src/parser/entities/tagger';
import { PREVIOUS_LABELS, viterbi } from '../../../../src/parser/entities/viterbi';
import { segment } from '../../../../src/parser/segment';

const model = modelFile as ModelFile;
const K = LABELS.length;

function weight(feature: string, k: number): number {
  const sparse = model.weights[feature];
  if (!sparse) return 0;
  for (let j = 0; j < sparse.length; j += 2) if (sparse[j] === k) return Math.fround(sparse[j + 1] * model.scale);
  return 0;
}

/** Labels from the feature strings themselves, run by run as the tagger decodes them. */
function referenceLabels(view: DocumentView): string[] {
  const n = view.words.length;
  const labels = new Array<string>(n).fill(OUTSIDE);
  let i = 0;
  while (i < n) {
    if (!mayBeName(view, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < view.sentenceEnd[i] && mayBeName(view, end)) end++;
    const length = end - i;
    const emissions = new Float32Array(length * K);
    const transitions: Float32Array[] = [];
    for (let t = i; t < end; t++) {
      const features = [...WINDOW.flatMap((offset) => wordFeatures(wordAt(view, t, offset), offset)), ...contextFeatures(view, t)];
      for (let k = 0; k < K; k++) for (const feature of features) emissions[(t - i) * K + k] += weight(feature, k);
      const table = new Float32Array((K + 1) * K);
      for (const key of transitionKeys(view.words[t], view.capsLine[t] === 1)) {
        PREVIOUS_LABELS.forEach((previous, p) => {
          for (let k = 0; k < K; k++) table[p * K + k] += weight(`${key}|${previous}`, k);
        });
      }
      transitions.push(table);
    }
    const best = new Int32Array(length);
    viterbi(length, emissions, transitions, best, i === view.sentenceStart[i] ? K : LABELS.indexOf(OUTSIDE));
    for (let t = 0; t < length; t++) labels[i + t] = LABELS[best[t]];
    i = end;
  }
  return labels;
}

describe('Tagger', () => {
  const text = [
    'GENEVA - The World Health Organization (WHO) said on Monday that Tedros Adhanom Ghebreyesus would visit Beijing.',
    '"We are concerned," WHO spokesman Christian Lindmeier told reporters in Geneva, adding that the U.N. agency had sent experts to Wuhan.',
    'BANK OF ENGLAND HOLDS RATES',
    'Xi Jinping met Li Keqiang. Xi told Li that the economy of China was strong.',
  ].join('\n\n');
  const gazetteer = new Gazetteer(gazetteerData.names);

  it('labels exactly as the feature strings score, with cold and with warm caches', () => {
    const view = viewDocument(segment(text), gazetteer);
    const expected = referenceLabels(view);
    expect(expected.some((label) => label !== OUTSIDE)).toBe(true);
    const tagger = new Tagger(model, gazetteer);
    expect(tagger.label(view)).toEqual(expected);
    expect(tagger.label(view)).toEqual(expected);
  });
});
