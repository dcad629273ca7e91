/**
 * The structural contract of an `Analysis`, checked independently of how the parser
 * works inside: whatever text goes in, every span must be usable by the extension and
 * the CLI without further checks. An offset outside the text, or one that falls between
 * the two halves of a surrogate pair, would make the content script paint the wrong
 * characters (or throw in `Range.setStart`), so these properties hold for every input.
 *
 * `contractViolations` returns readable messages rather than throwing, so a failing
 * property shows every broken span of the counterexample at once;
 * `expectAnalysisKeepsContract` is the assertion the robustness tests share.
 */
import { expect } from 'vitest';
import { analyze } from '../../../../src/parser';
import { ENTITY_TYPES, QUOTE_KINDS, type Analysis, type TextSpan } from '../../../../src/shared/analysis';

/** Enough to diagnose a failure without flooding the report of a 1 MB input. */
const MAX_VIOLATIONS = 10;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `index` is a valid place to cut `text`: inside it and not inside a surrogate pair. */
export function isCodePointBoundary(text: string, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index > text.length) return false;
  if (index === 0 || index === text.length) return true;
  return !(isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index)));
}

/** Problems with the range [start, end) of `text`, described for the span called `where`. */
function rangeViolations(text: string, start: unknown, end: unknown, where: string): string[] {
  if (typeof start !== 'number' || typeof end !== 'number') return [`${where}: offsets ${String(start)}..${String(end)} are not numbers`];
  const problems: string[] = [];
  if (!(start < end)) problems.push(`${where}: empty or reversed range ${start}..${end}`);
  for (const [name, index] of [['start', start], ['end', end]] as const) {
    if (!isCodePointBoundary(text, index)) problems.push(`${where}: ${name} ${index} is outside 0..${text.length} or splits a surrogate pair`);
  }
  return problems;
}

function spanViolations(text: string, span: TextSpan, where: string): string[] {
  const problems = rangeViolations(text, span.start, span.end, where);
  if (problems.length === 0 && text.slice(span.start, span.end) !== span.text) {
    problems.push(`${where}: text ${JSON.stringify(span.text)} differs from the slice ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
  return problems;
}

function entityViolations(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  analysis.entities.forEach((entity, e) => {
    const where = `entities[${e}]`;
    if (typeof entity.id !== 'string' || ids.has(entity.id)) problems.push(`${where}: id ${JSON.stringify(entity.id)} is missing or repeated`);
    ids.add(entity.id);
    if (typeof entity.name !== 'string' || entity.name.trim() === '') problems.push(`${where}: empty name`);
    if (!ENTITY_TYPES.includes(entity.type)) problems.push(`${where}: unknown type ${JSON.stringify(entity.type)}`);
    if (!Array.isArray(entity.mentions) || entity.mentions.length === 0) problems.push(`${where}: no mentions`);
    else entity.mentions.forEach((mention, m) => problems.push(...spanViolations(text, mention, `${where}.mentions[${m}]`)));
    for (const list of ['aliases', 'descriptions'] as const) {
      const values = entity[list];
      if (values !== undefined && !(Array.isArray(values) && values.every((v) => typeof v === 'string'))) problems.push(`${where}: ${list} is not a list of strings`);
    }
    if (entity.descriptionSources !== undefined) {
      if (entity.descriptionSources.length !== entity.descriptions?.length) problems.push(`${where}: descriptionSources and descriptions differ in length`);
      entity.descriptionSources.forEach((source, d) => {
        problems.push(...spanViolations(text, source, `${where}.descriptionSources[${d}]`));
      });
    }
  });
  return problems;
}

function quoteViolations(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const entityIds = new Set(analysis.entities.map((entity) => entity.id));
  analysis.quotes.forEach((quote, q) => {
    const where = `quotes[${q}]`;
    problems.push(...spanViolations(text, quote, where));
    if (!QUOTE_KINDS.includes(quote.kind)) problems.push(`${where}: unknown kind ${JSON.stringify(quote.kind)}`);
    if (quote.cue !== null) problems.push(...spanViolations(text, quote.cue, `${where}.cue`));
    const speaker = quote.speaker;
    if (speaker !== null) {
      if (typeof speaker.name !== 'string' || speaker.name.trim() === '') problems.push(`${where}.speaker: empty name`);
      if (speaker.entityId !== undefined && !entityIds.has(speaker.entityId)) problems.push(`${where}.speaker: unknown entity ${speaker.entityId}`);
      if (speaker.start !== undefined || speaker.end !== undefined) problems.push(...rangeViolations(text, speaker.start, speaker.end, `${where}.speaker`));
      if (speaker.anonymous !== undefined && typeof speaker.anonymous !== 'boolean') problems.push(`${where}.speaker: anonymous is not a boolean`);
    }
    let previousEnd = quote.start;
    (quote.parts ?? []).forEach(([start, end], p) => {
      const partWhere = `${where}.parts[${p}]`;
      problems.push(...rangeViolations(text, start, end, partWhere));
      if (start < previousEnd || end > quote.end) problems.push(`${partWhere}: ${start}..${end} is out of order or outside the quote ${quote.start}..${quote.end}`);
      previousEnd = end;
    });
  });
  return problems;
}

/** Every way in which `analysis` breaks the contract for `input`; empty when it holds. */
export function contractViolations(input: string, analysis: Analysis): string[] {
  if (analysis.text !== input) return ['analysis.text is not the input text'];
  if (!Array.isArray(analysis.quotes) || !Array.isArray(analysis.entities)) return ['quotes or entities is not an array'];
  return [...entityViolations(input, analysis), ...quoteViolations(input, analysis)].slice(0, MAX_VIOLATIONS);
}

/** The property every robustness test asserts: `analyze` returns, and its result keeps the contract. */
export function expectAnalysisKeepsContract(text: string): void {
  expect(contractViolations(text, analyze(text))).toEqual([]);
}
