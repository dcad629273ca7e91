/**
 * Where batch lines are processed: on `threads - 1` worker threads plus the
 * main thread, so every core analyses and no core idles on I/O alone (reading
 * and writing lines costs little beside analysis). Lines wait in one queue;
 * workers are topped up to `WORKER_QUEUE` lines each, and the main thread
 * analyses a waiting line only when they are all full, one line per turn of
 * the event loop so that workers' answers (and refills) are never held up.
 * With one thread the main thread does all the work, and no thread pays a
 * second start-up and JIT warm-up. Workers run this same CLI file
 * (`entryUrl`, the entry module's `import.meta.url`), so the bundled CLI
 * needs no second file.
 *
 * `run` never rejects: a worker that dies (out of memory, say) turns its
 * pending lines into error lines and is replaced, and the batch goes on; a
 * worker that dies before saying it is ready cannot start at all, so it is not
 * replaced and its lines are analysed on the main thread instead.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { errorLine, lineId, processLine, type LineResult } from './batch-line';
import { describeError } from './errors';
import type { LineTask, WorkerMessage } from './worker';

/** Lines each worker is given ahead: enough to keep it busy while the main thread analyses a long one. */
const WORKER_QUEUE = 4;

export interface LineRunner {
  run(line: string, lineNumber: number): Promise<LineResult>;
  close(): Promise<void>;
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

function runInline({ line, lineNumber, resolve }: Pending): void {
  resolve(processLine(line, lineNumber));
}

interface SlotEvents {
  isClosing(): boolean;
  /** A line was answered: the worker has room for another. */
  onAnswer(): void;
  /** The worker could not start: these lines must go elsewhere. */
  onStartFailure(pending: Pending[]): void;
}

class Slot {
  readonly pending = new Map<number, Pending>();
  /** Set once this slot's worker has died before it was ready: it cannot start. */
  startFailed = false;
  private worker!: Worker;

  constructor(private readonly entryUrl: string, private readonly events: SlotEvents) {
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
      this.events.onAnswer();
    });
    this.worker.on('error', (error) => { failure = error; });
    this.worker.on('exit', (code) => {
      if (this.events.isClosing()) return;
      const pending = [...this.pending.values()];
      this.pending.clear();
      if (!ready) {
        this.startFailed = true;
        this.events.onStartFailure(pending);
        return;
      }
      const reason = failure === undefined ? `exit code ${code}` : describeError(failure);
      for (const { line, lineNumber, resolve } of pending) {
        resolve(errorLine(lineId(line), lineNumber, `worker thread stopped: ${reason}`));
      }
      this.start();
    });
  }

  post(seq: number, pending: Pending): void {
    this.pending.set(seq, pending);
    this.worker.postMessage({ seq, line: pending.line, lineNumber: pending.lineNumber } satisfies LineTask);
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

export function createRunner(entryUrl: string, threads: number): LineRunner {
  let closing = false;
  let seq = 0;
  let inlineScheduled = false;
  const waiting: Pending[] = [];
  const pump = (): void => {
    for (const slot of slots) {
      while (!slot.startFailed && slot.pending.size < WORKER_QUEUE && waiting.length > 0) slot.post(seq++, waiting.shift()!);
    }
    if (waiting.length === 0 || inlineScheduled) return;
    inlineScheduled = true;
    setImmediate(() => {
      inlineScheduled = false;
      const next = waiting.shift();
      if (next) runInline(next);
      pump();
    });
  };
  const events: SlotEvents = {
    isClosing: () => closing,
    onAnswer: pump,
    onStartFailure(pending) {
      waiting.unshift(...pending);
      pump();
    },
  };
  const slots = Array.from({ length: threads - 1 }, () => new Slot(entryUrl, events));
  return {
    run(line, lineNumber) {
      return new Promise((resolve) => {
        waiting.push({ line, lineNumber, resolve });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.stop()));
    },
  };
}
