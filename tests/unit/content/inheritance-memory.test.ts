import { describe, expect, it } from 'vitest';
import { INHERITANCE_KEY, rememberInheritance, rememberedInheritance } from '../../../src/content/paint/inheritance-memory';
import { FakeLocal } from '../shared/fake-local';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const NEXT_FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:154.0) Gecko/20100101 Firefox/154.0';

describe('highlight inheritance remembered from page to page', () => {
  it('is unknown in a browser that has not seen it yet', async () => {
    expect(await rememberedInheritance(new FakeLocal(), FIREFOX)).toBeNull();
  });

  it('is what the last page saw in the same browser, yes or no', async () => {
    const local = new FakeLocal();
    await rememberInheritance(local, FIREFOX, false);
    expect(await rememberedInheritance(local, FIREFOX)).toBe(false);
    await rememberInheritance(local, FIREFOX, true);
    expect(await rememberedInheritance(local, FIREFOX)).toBe(true);
  });

  it('is learnt afresh in a new browser version', async () => {
    const local = new FakeLocal();
    await rememberInheritance(local, FIREFOX, false);
    expect(await rememberedInheritance(local, NEXT_FIREFOX)).toBeNull();
  });

  it('reads a damaged value as unknown', async () => {
    const local = new FakeLocal();
    for (const damaged of [true, 'yes', { userAgent: FIREFOX }, { userAgent: FIREFOX, inherits: 'no' }, null]) {
      local.data[INHERITANCE_KEY] = damaged;
      expect(await rememberedInheritance(local, FIREFOX)).toBeNull();
    }
  });
});
