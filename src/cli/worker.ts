/**
 * The worker-thread side of batch mode: says it is ready once loaded, then
 * answers each `LineTask` from the main thread with the `LineResult` of
 * `processLine`, tagged with the same `seq`.
 */
import type { MessagePort } from 'node:worker_threads';
import { processLine, type LineResult } from './batch-line';

export interface LineTask {
  seq: number;
  line: string;
  lineNumber: number;
}

export interface LineReply {
  seq: number;
  result: LineResult;
}

export type WorkerMessage = { ready: true } | LineReply;

export function serveLines(port: MessagePort): void {
  port.on('message', (task: LineTask) => {
    port.postMessage({ seq: task.seq, result: processLine(task.line, task.lineNumber) } satisfies WorkerMessage);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
