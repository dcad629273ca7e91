/** The value after `name` among a training task's arguments (`--epochs 8`), or undefined when it is not given. */
export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
