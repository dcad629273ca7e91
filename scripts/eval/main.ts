/**
 * `npm run eval -- <task> <path>`: scores the parser or the article finder on a
 * development set. Each task lives in its own module beside this one.
 */
const TASKS: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  quotes: () => import('./quotes'),
  ner: () => import('./ner'),
  extract: () => import('./extract'),
};

const [task, ...args] = process.argv.slice(2);
const load = task ? TASKS[task] : undefined;
if (!load) {
  console.error(`usage: npm run eval -- <${Object.keys(TASKS).join('|')}> <data path> [options]`);
  process.exit(2);
}
load()
  .then((module) => module.run(args))
  .catch((error: unknown) => {
    console.error(`eval ${task}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
