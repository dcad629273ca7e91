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
 * whole. At 200, a traced thread compiled for 1.7–2.1 s instead of 2.5–3.0 s,
 * and the 2-core speed-up's median rose from 1.70x (10 alternated rounds) to
 * 1.79x (11), with no loss of warm analysis speed that 6 alternated pairs of
 * processes could tell from noise (BENCHMARKS.md, session 13).
 */
const INLINED_BYTECODE_BUDGET = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
