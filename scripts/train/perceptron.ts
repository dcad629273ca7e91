/**
 * An averaged multi-class perceptron over a fixed feature dictionary (Collins,
 * 2002). Averaging uses the usual lazy trick: each weight remembers when it last
 * changed, so an update costs O(features) rather than O(all weights). The caller
 * decides what an example is (a sentence, for the structured perceptron).
 */
export class AveragedPerceptron {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private step = 0;

  constructor(readonly featureCount: number, readonly labelCount: number) {
    this.weights = new Float32Array(featureCount * labelCount);
    this.totals = new Float64Array(featureCount * labelCount);
    this.stamps = new Int32Array(featureCount * labelCount);
  }

  /** Weight of one feature (dictionary index) for one label. */
  weight(feature: number, label: number): number {
    return this.weights[feature * this.labelCount + label];
  }

  /** Counts one training example (averaging weighs each weight by how long it held). */
  tick(): void {
    this.step++;
  }

  /** Moves one weight by `delta`. */
  adjust(feature: number, label: number, delta: number): void {
    const index = feature * this.labelCount + label;
    this.totals[index] += (this.step - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.step;
    this.weights[index] += delta;
  }

  /** The averaged weights (the final model). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) {
      const total = this.totals[i] + (this.step - this.stamps[i]) * this.weights[i];
      out[i] = total / Math.max(1, this.step);
    }
    return out;
  }
}

/** The features seen at least `minCount` times, each with its index in the perceptron: rarer ones only overfit. */
export function featureDictionary(counts: Map<string, number>, minCount: number): Map<string, number> {
  const dictionary = new Map<string, number>();
  for (const [feature, n] of counts) if (n >= minCount) dictionary.set(feature, dictionary.size);
  return dictionary;
}

/**
 * A one-label model's weights as stored in its JSON file, sorted by feature: round(averaged / scale), those smaller
 * than `minStored` dropped (they rarely decide, and the file stays small).
 */
export function storedWeights(dictionary: Map<string, number>, averaged: Float32Array, scale: number, minStored: number): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [feature, index] of [...dictionary].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const stored = Math.round(averaged[index] / scale);
    if (Math.abs(stored) >= minStored) weights[feature] = stored;
  }
  return weights;
}
