/**
 * `items.map(fn)`, made the same way however hot the caller is. V8 builds the
 * result of `Array.prototype.map` as a packed array while the caller runs
 * unoptimised and as a holey one once the optimising compiler has inlined it
 * (Node 20; `split` differs the same way, `filter`, `slice` and spreads do not).
 * So every optimised function that reads such an array meets a second array
 * shape when its maker is optimised, is thrown away and is compiled again: in a
 * batch thread, 13 functions at once for the quote context's arrays, and the
 * entity grouping (about 130 ms a compilation) twice. The parser's stages build
 * the arrays they hand each other here.
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(fn(items[i], i));
  return mapped;
}
