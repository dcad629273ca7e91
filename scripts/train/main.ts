export {};

/**
 * `npm run train -- <task> <data path> [options]`: trains a model of the parser
 * and writes it as a data file beside the code that uses it.
 */
const TASKS: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  ner: () => import('./ner'),
  'quote-cues': () => import('./quote-cues'),
  'quote-edges': () => import('./quote-edges'),
};

const [task, ...args] = process.argv.slice(2);
const load = task ? TASKS[task] : undefined;
if (!load) {
  console.error(`usage: npm run train -- <${Object.keys(TASKS).join('|')}> <data path> [options]`);
  process.exit(2);
}
load()
  .then((module) => module.run(args))
  .catch((error: unknown) => {
    console.error(`train ${task}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
