/**
 * Keyboard navigation order: next and previous wrap around the ends of the
 * article, and the first press goes to the first (or last) item.
 */
export function step(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
