/**
 * All UI text comes from `_locales/<lang>/messages.json` through browser.i18n.
 * One adapter, shared by the content script, the popup and the options page.
 */
import browser from 'webextension-polyfill';
import type { Translate } from './card/text';

export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
