import { describe, expect, it, vi } from 'vitest';
import { lineId, processLine } from '../../../src/cli/batch-line';

// The article finder has its own tests; here it only has to be called on the "html" field.
vi.mock('../../../src/cli/html', () => ({
  extractArticle: (html: string) =>
    html.includes('<article>') ? { text: html.replace(/<[^>]*>/g, '') } : { error: 'no article found in the page' },
}));

const run = async (value: unknown, lineNumber = 1) => {
  const result = await processLine(typeof value === 'string' ? value : JSON.stringify(value), lineNumber);
  return { ...result, output: JSON.parse(result.output) as Record<string, unknown> };
};

describe('processLine', () => {
  it('analyses {"id","text"} into {"id","text","quotes","entities"}, in that order', async () => {
    const { output, failed } = await run({ id: 'a1', text: 'Maria Lopez spoke.' });
    expect(failed).toBe(false);
    expect(Object.keys(output)).toEqual(['id', 'text', 'quotes', 'entities']);
    expect(output).toMatchObject({ id: 'a1', text: 'Maria Lopez spoke.' });
    expect(Array.isArray(output.quotes) && Array.isArray(output.entities)).toBe(true);
  });

  it('analyses the article text of {"id","html"}', async () => {
    const { output } = await run({ id: 7, html: '<nav>Menu</nav><article>Body text.</article>' });
    expect(output).toMatchObject({ id: 7, text: 'MenuBody text.' });
    expect((await run({ id: 8, html: '<p>x</p>' })).output).toEqual({ id: 8, error: 'line 1: html: no article found in the page' });
  });

  it('turns every bad line into an {"id","error"} line naming the line', async () => {
    const cases: Array<[unknown, unknown, RegExp]> = [
      ['{"id": 1, "text": ', null, /^line 3: malformed JSON/],
      ['[1, 2]', null, /^line 3: expected a JSON object/],
      [{ text: 'no id' }, null, /^line 3: "id" must be a string or a number/],
      [{ id: true, text: 'x' }, null, /"id" must be/],
      [{ id: 'b' }, 'b', /missing "text" or "html"/],
      [{ id: 'c', text: 42 }, 'c', /missing "text" or "html"/],
      [{ id: 'd', text: 'x', html: '<p>x</p>' }, 'd', /"text" or "html", not both/],
      [{ id: 'e', text: '  \n ' }, 'e', /"text" is empty/],
    ];
    for (const [input, id, message] of cases) {
      const { output, failed } = await run(input, 3);
      expect(failed).toBe(true);
      expect(Object.keys(output)).toEqual(['id', 'error']);
      expect(output.id).toBe(id);
      expect(output.error).toMatch(message);
    }
  });
});

describe('lineId', () => {
  it('recovers a usable id, or null', () => {
    expect(lineId('{"id":"x","text":"t"}')).toBe('x');
    expect(lineId('{"id":3}')).toBe(3);
    expect(lineId('{"id":{}}')).toBeNull();
    expect(lineId('null')).toBeNull();
    expect(lineId('nope')).toBeNull();
  });
});
