/**
 * Options page: palette, what to paint, the always-run and switched-off sites,
 * the sites where the reader hid the highlights, the shortcut settings, and
 * "forget everything". Every change is saved at once to storage.local; open pages
 * pick it up from there.
 */
import browser from 'webextension-polyfill';
import { ENTITY_TYPES } from '../shared/analysis';
import { translate as t } from '../content/i18n';
import { HIDDEN_HIGHLIGHTS_KEY, hiddenOrigins, rememberHighlights } from '../shared/highlight-memory';
import { el, localize } from '../popup/dom';
import palettes from '../shared/palettes.json';
import { originPattern, PALETTE_IDS, withSiteChoice, type Stored } from '../shared/settings';
import { loadStored, loadStoredForUser, saveStored, watchStored } from '../shared/store';

const notice = document.getElementById('notice')!;
let stored: Stored;
let hidden: string[] = [];

async function update(next: Stored): Promise<void> {
  stored = next;
  await saveStored(next);
  render();
}

function render(): void {
  const paletteBox = document.getElementById('palettes')!;
  paletteBox.replaceChildren(paletteBox.querySelector('legend')!, ...PALETTE_IDS.map((id) => el('label', {}, [
    el('input', {
      attrs: { type: 'radio', name: 'palette', value: id, ...(stored.settings.palette === id ? { checked: '' } : {}) },
      on: { change: () => void update({ ...stored, settings: { ...stored.settings, palette: id } }) },
    }),
    el('span', { text: t(`palette_${id.replaceAll('-', '_')}`) }),
    el('span', { className: 'swatches', attrs: { 'aria-hidden': 'true' } }, palettes[id].map((colour) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.backgroundColor = colour;
      return swatch;
    })),
  ])));

  const showQuotes = document.getElementById('show-quotes') as HTMLInputElement;
  showQuotes.checked = stored.settings.showQuotes;
  showQuotes.onchange = () => void update({ ...stored, settings: { ...stored.settings, showQuotes: showQuotes.checked } });

  document.getElementById('entity-types')!.replaceChildren(...ENTITY_TYPES.map((type) => el('label', {}, [
    el('input', {
      attrs: { type: 'checkbox', value: type, ...(stored.settings.entityTypes.includes(type) ? { checked: '' } : {}) },
      on: {
        change: (event) => {
          const checked = (event.target as HTMLInputElement).checked;
          const entityTypes = ENTITY_TYPES.filter((other) => (other === type ? checked : stored.settings.entityTypes.includes(other)));
          void update({ ...stored, settings: { ...stored.settings, entityTypes } });
        },
      },
    }),
    el('span', { text: t(`type_${type}`) }),
  ])));

  const sites = Object.entries(stored.sites).sort(([a], [b]) => a.localeCompare(b));
  document.getElementById('sites')!.replaceChildren(...(sites.length === 0
    ? [el('li', { className: 'detail', text: t('optionsNoSites') })]
    : sites.map(([origin, choice]) => el('li', {}, [
      el('span', { text: `${origin} — ${t(choice.enabled ? 'optionsSiteAlways' : 'optionsSiteOff')}` }),
      el('button', {
        text: t('optionsSiteRemove'), attrs: { type: 'button', 'aria-label': t('optionsSiteRemoveLabel', [origin]) },
        on: { click: () => void removeSite(origin) },
      }),
    ]))));
}

async function loadHidden(): Promise<void> {
  hidden = await hiddenOrigins(browser.storage.local);
  renderHidden();
}

/** The sites where the toggle shortcut hid the highlights, each with a button that shows them again. */
function renderHidden(): void {
  const list = document.getElementById('hidden-sites')!;
  // The focused button's row is about to go: focus moves on to the row that takes its place, not to the page's top.
  const focusedRow = [...list.children].findIndex((row) => row.contains(document.activeElement));
  const origins = [...hidden].sort((a, b) => a.localeCompare(b));
  list.replaceChildren(...(origins.length === 0
    ? [el('li', { className: 'detail', text: t('optionsNoHiddenSites') })]
    : origins.map((origin) => el('li', {}, [
      el('span', { text: origin }),
      el('button', {
        text: t('optionsShowHighlights'), attrs: { type: 'button', 'aria-label': t('optionsShowHighlightsLabel', [origin]) },
        on: { click: () => void showHighlights(origin) },
      }),
    ]))));
  if (focusedRow >= 0 && !list.contains(document.activeElement)) {
    const buttons = list.querySelectorAll('button');
    buttons[Math.min(focusedRow, buttons.length - 1)]?.focus();
  }
}

async function showHighlights(origin: string): Promise<void> {
  await rememberHighlights(browser.storage.local, origin, true);
  notice.textContent = t('optionsHighlightsShown', [origin]);
  await loadHidden();
}

/** Back to the default for the site: runs on click only, and its host permission is given back. */
async function removeSite(origin: string): Promise<void> {
  const next = withSiteChoice(stored, origin, { enabled: true, alwaysRun: false });
  await update(next);
  await browser.runtime.sendMessage({ type: 'set-always-run', origin, enabled: false });
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

async function openShortcuts(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

async function main(): Promise<void> {
  localize(document, t);
  const loaded = await loadStoredForUser();
  stored = loaded.stored;
  if (loaded.wasReset) notice.textContent = t('settingsResetNotice');
  render();
  await loadHidden();
  watchStored((next) => {
    stored = next;
    render();
  });
  // Highlights hidden from a page while this page is open.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.hasOwn(changes, HIDDEN_HIGHLIGHTS_KEY)) void loadHidden();
  });
  document.getElementById('shortcuts')!.addEventListener('click', () => void openShortcuts());
  document.getElementById('forget')!.addEventListener('click', async () => {
    const granted = Object.entries(stored.sites).filter(([, choice]) => choice.alwaysRun).map(([origin]) => originPattern(origin));
    await browser.runtime.sendMessage({ type: 'forget-everything' });
    if (granted.length > 0) await browser.permissions.remove({ origins: granted }).catch(() => false);
    stored = (await loadStored()).stored;
    render();
    await loadHidden();
    notice.textContent = t('optionsForgotten');
  });
}

main().catch((error: unknown) => {
  notice.textContent = t('stateError');
  void browser.runtime.sendMessage({ type: 'log', where: 'options', message: String(error).slice(0, 500) }).catch(() => undefined);
});
