/**
 * Where batch lines are processed: inline on the main thread (one thread), or on
 * a pool of worker threads that run this same CLI file (`entryUrl`, the entry
 * module's `import.meta.url`, so the bundled CLI needs no second file).
 * `run` never rejects: a worker that dies (out of memory, say) turns its
 * pending lines into error lines and is replaced, and the batch goes on; a
 * worker that dies before saying it is ready cannot start at all, so it is not
 * replaced and the lines sent to it become error lines giving the reason.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { errorLine, lineId, processLine, type LineResult } from './batch-line';
import { describeError } from './errors';
import type { LineTask, WorkerMessage } from './worker';

export interface LineRunner {
  run(line: string, lineNumber: number): Promise<LineResult>;
  close(): Promise<void>;
}

export function inlineRunner(): LineRunner {
  return { run: async (line, lineNumber) => processLine(line, lineNumber), close: async () => {} };
}

interface Pending {
  line: string;
  lineNumber: number;
  resolve: (result: LineResult) => void;
}

function spawnWorker(entryUrl: string): Worker {
  if (!entryUrl.endsWith('.ts')) return new Worker(fileURLToPath(entryUrl));
  // Running from source under tsx: a worker does not inherit tsx's loader, so it registers it first.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entryUrl)}); })`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

class Slot {
  readonly pending = new Map<number, Pending>();
  /** Why this slot's worker cannot start, once that is known. */
  startFailure: string | undefined;
  private worker!: Worker;

  constructor(private readonly entryUrl: string, private readonly isClosing: () => boolean) {
    this.start();
  }

  private start(): void {
    let failure: unknown;
    let ready = false;
    this.worker = spawnWorker(this.entryUrl);
    this.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        ready = true;
        return;
      }
      this.pending.get(message.seq)?.resolve(message.result);
      this.pending.delete(message.seq);
    });
    this.worker.on('error', (error) => { failure = error; });
    this.worker.on('exit', (code) => {
      if (this.isClosing()) return;
      const reason = failure === undefined ? `exit code ${code}` : describeError(failure);
      if (!ready) this.startFailure = reason;
      for (const pending of this.pending.values()) this.fail(pending, reason);
      this.pending.clear();
      if (!this.startFailure) this.start();
    });
  }

  private fail({ line, lineNumber, resolve }: Pending, reason: string): void {
    resolve(errorLine(lineId(line), lineNumber, `worker thread stopped: ${reason}`));
  }

  post(seq: number, pending: Pending): void {
    if (this.startFailure) return this.fail(pending, this.startFailure);
    this.pending.set(seq, pending);
    this.worker.postMessage({ seq, line: pending.line, lineNumber: pending.lineNumber } satisfies LineTask);
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

export function workerPool(entryUrl: string, threads: number): LineRunner {
  let closing = false;
  let seq = 0;
  const slots = Array.from({ length: threads }, () => new Slot(entryUrl, () => closing));
  return {
    run(line, lineNumber) {
      const live = slots.filter((slot) => !slot.startFailure);
      const slot = (live.length > 0 ? live : slots).reduce((best, candidate) =>
        candidate.pending.size < best.pending.size ? candidate : best);
      return new Promise((resolve) => slot.post(seq++, { line, lineNumber, resolve }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.stop()));
    },
  };
}
