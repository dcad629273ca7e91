/**
 * V8 settings for the CLI, imported first by main.ts so that they hold before
 * any parser code is optimised. V8's flags belong to the process, so batch
 * workers (which run the same file) get them too.
 *
 * Each batch thread is its own V8 isolate and optimises the parser afresh:
 * about 400 TurboFan compilations, 2.5 s of CPU per thread over the first few
 * hundred articles (session 13, `--trace-opt`, 1,008 PolNeAR dev articles).
 * With two threads on two cores that is paid twice where one thread pays it
 * once, and it was the largest cost that kept the 2-core batch from twice
 * the 1-core speed.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode TurboFan inlines into one optimised function, in all (V8's default
 * is 920). Most of the compile time went to a few functions that inline whole
 * stages (`viewDocument`, `groupMentions`, `scanSentenceIn`: 40–190 ms per
 * compilation), and each deoptimisation of an inlined callee recompiled them
 * whole. At 200, compile time fell to about 2.1 s per thread and the 2-core
 * speed-up rose from a median of 1.73x to 1.83x over 9 alternated rounds,
 * with no change in analysis speed once warm that 10 alternated runs could
 * tell from noise (BENCHMARKS.md).
 */
const INLINED_BYTECODE_BUDGET = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
