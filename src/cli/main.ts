/**
 * Entry point of the `whosaid` CLI (bundled to dist/cli/whosaid.js). The same
 * file is also the batch worker: on a worker thread it serves lines instead of
 * running a command, so the bundle is a single file.
 */
// First: V8's settings must hold before any parser code is optimised.
import './v8-tuning';
import { isMainThread, parentPort } from 'node:worker_threads';
import { runCli } from './cli';
import { serveLines } from './worker';

if (isMainThread) {
  // A closed pipe ("whosaid ... | head") is a normal way to stop reading, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`whosaid: cannot write output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  process.exitCode = await runCli(process.argv.slice(2), import.meta.url, io);
} else {
  serveLines(parentPort!);
}
