/**
 * Shuffles training examples between epochs with a small deterministic generator
 * (a linear congruential one), so that two trainings on the same data write the
 * same model file.
 */
export function shuffler(seed: number): <T>(items: T[]) => void {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return (items) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
  };
}
