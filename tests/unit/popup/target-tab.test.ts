import { describe, expect, it } from 'vitest';
import { chooseTargetTab } from '../../../src/popup/target-tab';

const tabs = [
  { id: 1, url: 'https://a.example/', active: false, lastAccessed: 100 },
  { id: 2, url: 'https://b.example/', active: false, lastAccessed: 300 },
  { id: 3, url: 'chrome-extension://x/popup/index.html', active: true, lastAccessed: 400 },
  { id: 4, url: 'about:blank', active: false, lastAccessed: 350 },
];

describe('the popup target tab', () => {
  it('is the active tab when the popup is a real popup', () => {
    expect(chooseTargetTab(tabs, undefined)?.id).toBe(3);
  });

  it('is the most recently used other web page when the popup is a tab', () => {
    expect(chooseTargetTab(tabs, 3)?.id).toBe(2);
  });

  it('falls back to tabs whose address it may not read', () => {
    expect(chooseTargetTab([{ id: 3, url: 'chrome-extension://x/', lastAccessed: 9 }, { id: 7, lastAccessed: 5 }], 3)?.id).toBe(7);
    expect(chooseTargetTab([{ id: 3 }], 3)).toBeUndefined();
  });
});
