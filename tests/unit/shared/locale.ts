/**
 * Test helpers: the real en messages.json behind a `Translate` with Chrome's
 * substitution rules ($NAME$ placeholders whose content is $1..$9), and a small
 * hand-made Analysis whose offsets are computed, not typed in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis, Entity, Quote, QuoteKind, Speaker } from '../../../src/shared/analysis';
import type { Translate } from '../../../src/content/card/text';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const messages: Messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

export const t: Translate = (key, substitutions = []) => {
  const entry = messages[key];
  if (!entry) throw new Error(`missing message ${key}`);
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
    entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
};

export const TEXT = [
  '“We will build the wall,” said Jane Doe, the mayor of Port Ellery. The World Health Organization (WHO) agreed.',
  'Doe said that the vote was close. “It was hard,” she said, “but fair.”',
  'Officials said the cost would rise. The plan, according to the WHO, is sound. “Nobody asked us.”',
].join('\n\n');

function span(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in TEXT: ${text}`);
  return { start, end: start + text.length, text };
}

function quote(words: string, kind: QuoteKind, speaker: Speaker | null, cue: string | null, from = 0): Quote {
  const where = span(words, from);
  return { ...where, kind, speaker, cue: cue === null ? null : span(cue, from) };
}

const entities: Entity[] = [
  { id: 'e0', name: 'Jane Doe', type: 'PERSON', mentions: [span('Jane Doe'), span('Doe said')].map((m, i) => (i === 1 ? { start: m.start, end: m.start + 3, text: 'Doe' } : m)), descriptions: ['the mayor of Port Ellery'] },
  { id: 'e1', name: 'World Health Organization', type: 'ORG', mentions: [span('World Health Organization'), span('WHO'), span('WHO', TEXT.indexOf('according'))], aliases: ['WHO'] },
  { id: 'e2', name: 'Port Ellery', type: 'PLACE', mentions: [span('Port Ellery')] },
  { id: 'e3', name: 'Sam Lee', type: 'PERSON', mentions: [] },
];

const hard = span('“It was hard,” she said, “but fair.”');
const doe: Speaker = { name: 'Jane Doe', entityId: 'e0' };

export const ANALYSIS: Analysis = {
  text: TEXT,
  entities,
  quotes: [
    quote('“We will build the wall,”', 'direct', { ...doe, ...span('Jane Doe') }, 'said'),
    quote('that the vote was close', 'indirect', { ...doe, start: TEXT.indexOf('Doe said'), end: TEXT.indexOf('Doe said') + 3 }, 'said', TEXT.indexOf('Doe said')),
    { ...hard, kind: 'direct', speaker: { ...doe }, cue: span('said', hard.start), parts: [[hard.start, hard.start + 14], [hard.end - 11, hard.end]] },
    quote('the cost would rise', 'indirect', { name: 'Officials', anonymous: true }, 'said', TEXT.indexOf('Officials')),
    quote('The plan', 'indirect', { name: 'World Health Organization', entityId: 'e1' }, 'according to'),
    quote('“Nobody asked us.”', 'direct', null, null),
  ],
};
