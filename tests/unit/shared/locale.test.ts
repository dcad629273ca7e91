import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/shared/analysis';
import { PALETTE_IDS } from '../../../src/shared/settings';
import { messages, t } from './locale';

const root = resolve(import.meta.dirname, '../../..');
const UI_DIRS = ['src/content', 'src/popup', 'src/options', 'src/background'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('UI text', () => {
  it('has a message for every literal key the UI asks for', () => {
    const used = new Set<string>();
    for (const file of UI_DIRS.flatMap((dir) => files(resolve(root, dir)))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(?:t|translate)\('([A-Za-z_]+)'/g)) used.add(match[1]);
      for (const match of source.matchAll(/data-i18n="([A-Za-z_]+)"/g)) used.add(match[1]);
      for (const match of source.matchAll(/__MSG_([A-Za-z_]+)__/g)) used.add(match[1]);
    }
    for (const match of readFileSync(resolve(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z_]+)__/g)) used.add(match[1]);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !messages[key])).toEqual([]);
  });

  it('has the computed keys: entity types, palettes, plurals', () => {
    const computed = [
      ...ENTITY_TYPES.map((type) => `type_${type}`),
      ...PALETTE_IDS.map((id) => `palette_${id.replaceAll('-', '_')}`),
      ...['summaryQuotes', 'summaryUnattributed', 'countQuotes', 'countEntities', 'cardOtherQuotes', 'cardMentions', 'cardQuotesBy'].flatMap((key) => [`${key}One`, `${key}Many`]),
    ];
    expect(computed.filter((key) => !messages[key])).toEqual([]);
  });

  it('substitutes numbered arguments through named placeholders', () => {
    expect(t('announceQuote', ['3', '12', 'Jane Doe', 'Direct quote'])).toBe('Quote 3 of 12: Jane Doe, Direct quote');
    for (const [key, entry] of Object.entries(messages)) {
      const names = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
      for (const name of names) expect(entry.placeholders?.[name], `${key} placeholder ${name}`).toBeDefined();
    }
  });
});
