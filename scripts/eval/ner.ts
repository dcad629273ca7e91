/**
 * `npm run eval -- ner <conll-file>`: CoNLL-2003 entity-level exact-match
 * precision, recall and F1 per type, scored on the parser's output.
 *
 * Each CoNLL document is detokenised to running text (scripts/train/conll.ts),
 * analysed by the whole parser, and every entity mention is mapped back to the
 * CoNLL tokens it overlaps. PERSON→PER, ORG→ORG, PLACE→LOC and
 * GROUP/EVENT/WORK/OTHER→MISC; dates, times and numbers are not scored.
 *
 * `npm run eval -- ner --seed <gold.json>` compares the entities of the sample
 * article (article.txt beside gold.json) with its hand-made annotation.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze } from '../../src/parser';
import type { Entity, EntityType } from '../../src/shared/analysis';
import { readConll, type ConllType } from '../train/conll';

const CONLL_TYPE: Partial<Record<EntityType, ConllType>> = {
  PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', GROUP: 'MISC', EVENT: 'MISC', WORK: 'MISC', OTHER: 'MISC',
};

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

function score({ truePositives, predicted, gold }: Counts): string {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  return `P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (gold ${gold}, predicted ${predicted})`;
}

async function runConll(path: string): Promise<void> {
  const documents = readConll(path);
  const counts = new Map<string, Counts>();
  const tally = (type: string, key: keyof Counts) => {
    for (const name of [type, 'ALL']) {
      const entry = counts.get(name) ?? { truePositives: 0, predicted: 0, gold: 0 };
      entry[key]++;
      counts.set(name, entry);
    }
  };
  let words = 0;
  let milliseconds = 0;
  // Load the model before timing: speed is measured on a warm parser, as in the background worker.
  if (documents[0]) analyze(documents[0].text);
  for (const document of documents) {
    const began = performance.now();
    const analysis = analyze(document.text);
    milliseconds += performance.now() - began;
    words += document.tokens.length;
    const predicted = new Set<string>();
    for (const entity of analysis.entities) {
      const type = CONLL_TYPE[entity.type];
      if (!type) continue;
      for (const mention of entity.mentions) {
        let first = 0;
        while (first < document.tokens.length && document.tokens[first].end <= mention.start) first++;
        let last = first;
        while (last < document.tokens.length && document.tokens[last].start < mention.end) last++;
        if (last > first) predicted.add(`${first}:${last}:${type}`);
      }
    }
    const gold = new Set(document.entities.map((entity) => `${entity.tokenStart}:${entity.tokenEnd}:${entity.type}`));
    for (const key of predicted) {
      const type = key.split(':')[2];
      tally(type, 'predicted');
      if (gold.has(key)) tally(type, 'truePositives');
    }
    for (const key of gold) tally(key.split(':')[2], 'gold');
  }
  for (const type of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) {
    const entry = counts.get(type);
    if (entry) console.log(`${type.padEnd(5)} ${score(entry)}`);
  }
  console.log(`${documents.length} documents, ${words} tokens, parser ${Math.round(words / (milliseconds / 1000))} tokens/s`);
}

interface SeedEntity {
  name: string;
  type: string;
  mentions: Array<{ start: number; end: number; text: string }>;
  aliases?: string[];
  descriptions?: string[];
}

/** Types of the seed annotation → the contract types that count as right. */
const SEED_TYPES: Record<string, EntityType[]> = {
  PERSON: ['PERSON'], ORG: ['ORG'], GPE: ['PLACE'], LOC: ['PLACE'], MISC: ['OTHER', 'EVENT', 'GROUP', 'WORK'],
  MONEY: ['MONEY'], DATE: ['DATE'], TIME: ['TIME'], PERCENT: ['PERCENT'], QUANTITY: ['QUANTITY'],
};

/** Checks every entity of the sample article: type, grouped mentions, aliases and descriptions. */
function runSeed(goldPath: string): void {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { source: string; entities: SeedEntity[] };
  const text = readFileSync(join(dirname(goldPath), gold.source), 'utf8');
  const { entities } = analyze(text);
  let passed = 0;
  for (const expected of gold.entities) {
    const first = expected.mentions[0];
    const found: Entity | undefined = entities.find((entity) => entity.mentions.some((m) => m.start === first.start && m.end === first.end));
    const problems: string[] = [];
    if (!found) problems.push('not found');
    else {
      if (!(SEED_TYPES[expected.type] ?? []).includes(found.type)) problems.push(`type ${found.type}`);
      if (found.name !== expected.name) problems.push(`name "${found.name}"`);
      const missing = expected.mentions.filter((m) => !found.mentions.some((f) => f.start === m.start && f.end === m.end));
      if (missing.length > 0) problems.push(`mentions missing: ${missing.map((m) => `${m.text}@${m.start}`).join(', ')}`);
      const extra = found.mentions.filter((f) => !expected.mentions.some((m) => f.start === m.start && f.end === m.end));
      if (extra.length > 0) problems.push(`extra mentions: ${extra.map((m) => `${m.text}@${m.start}`).join(', ')}`);
      for (const alias of expected.aliases ?? []) if (!found.aliases?.includes(alias)) problems.push(`alias missing: ${alias}`);
      for (const description of expected.descriptions ?? []) {
        if (!found.descriptions?.includes(description)) problems.push(`description missing: "${description}"`);
      }
    }
    if (problems.length === 0) passed++;
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${expected.type.padEnd(6)} ${expected.name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  }
  const listed = new Set(gold.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
  const unlisted = entities.filter((entity) => !entity.mentions.some((m) => listed.has(`${m.start}:${m.end}`)));
  console.log(`${passed}/${gold.entities.length} entities fully right; ${unlisted.length} entities not in the annotation: ${unlisted.map((e) => `${e.name} (${e.type})`).join(', ')}`);
}

export async function run(args: string[]): Promise<void> {
  const seedAt = args.indexOf('--seed');
  if (seedAt >= 0) {
    if (!args[seedAt + 1]) throw new Error('usage: npm run eval -- ner --seed <gold.json>');
    return runSeed(args[seedAt + 1]);
  }
  if (!args[0]) throw new Error('usage: npm run eval -- ner <conll2003-dev.txt> | --seed <gold.json>');
  return runConll(args[0]);
}
