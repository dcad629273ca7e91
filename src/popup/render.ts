/**
 * Lays out the popup for one tab state: a clear message for every status, and
 * for an analysed page the summary, speakers with their quotes, people quoted and
 * only mentioned, entities by type, items not found on the page, and exports.
 * Every control is a real button or link, so the popup is keyboard-operable.
 */
import type { Analysis } from '../shared/analysis';
import type { TabState } from '../shared/messages';
import { describedLines, entityTypeLabel, kindLabel, plural, speakerLabel, type Translate } from '../content/card/text';
import { el } from './dom';
import { citation, exportFileName, toCsv, toJson, toMarkdown, type PageInfo } from './export';
import { groupEntities, quoteWords, rankSpeakers, splitPeople, summarize } from './view-model';

export interface Actions {
  jump(kind: 'quote' | 'entity', index: number): void;
  copy(text: string): void;
}

export function renderState(state: TabState, t: Translate, actions: Actions): HTMLElement {
  switch (state.status) {
    case 'idle':
    case 'analysing':
      return el('p', { className: 'state', text: t('stateAnalysing') });
    case 'disabled':
      return el('p', { className: 'state', text: t('stateDisabled') });
    case 'not-english':
      return el('p', { className: 'state', text: t('stateNotEnglish') });
    case 'not-article':
      return el('div', {}, [
        el('p', { className: 'state', text: t('stateNotArticle') }),
        state.reason ? el('p', { className: 'detail', text: state.reason }) : null,
      ]);
    case 'error':
      return el('p', { className: 'state', text: t('stateError') });
    case 'done':
      return state.analysis ? renderAnalysis(state.analysis, state, t, actions) : el('p', { className: 'state', text: t('stateAnalysing') });
  }
}

function renderAnalysis(analysis: Analysis, state: TabState, t: Translate, actions: Actions): HTMLElement {
  const page: PageInfo = { url: state.url, title: state.title };
  const summary = summarize(analysis);
  const details = [];
  if (summary.quotes > 0) {
    details.push(t('summaryShare', [String(percent(summary.direct, summary.quotes)), String(percent(summary.reported, summary.quotes))]));
  }
  if (summary.unattributed > 0) details.push(plural(t, 'summaryUnattributed', summary.unattributed));
  return el('div', {}, [
    el('p', { className: 'summary', text: plural(t, 'summaryQuotes', summary.quotes, [String(summary.named), String(summary.anonymous)]) }),
    details.length > 0 ? el('p', { className: 'detail', text: details.join(' · ') }) : null,
    renderSpeakers(analysis, page, t, actions),
    renderPeople(analysis, t, actions),
    renderEntities(analysis, t, actions),
    renderNotFound(analysis, state, t),
    renderExports(analysis, page, t),
  ]);
}

function percent(part: number, whole: number): number {
  return Math.round((100 * part) / whole);
}

function section(title: string, children: Array<Node | null>): HTMLElement {
  return el('section', {}, [el('h2', { text: title }), ...children]);
}

function renderSpeakers(analysis: Analysis, page: PageInfo, t: Translate, actions: Actions): HTMLElement {
  const groups = rankSpeakers(analysis);
  if (groups.length === 0) return section(t('sectionSpeakers'), [el('p', { className: 'detail', text: t('noQuotes') })]);
  return section(t('sectionSpeakers'), [el('ol', { className: 'speakers' }, groups.map((group) => {
    const name = group.kind === 'named' ? group.name : speakerLabel(analysis.quotes[group.quotes[0]], t);
    return el('li', {}, [
      el('h3', { text: `${name} · ${plural(t, 'countQuotes', group.quotes.length)}` }),
      el('ul', { className: 'quotes' }, group.quotes.map((index) => {
        const quote = analysis.quotes[index];
        return el('li', {}, [
          el('button', {
            className: 'jump', text: quoteWords(analysis, quote), attrs: { type: 'button', title: t('jumpToQuote') },
            on: { click: () => actions.jump('quote', index) },
          }),
          el('span', { className: `badge ${quote.kind}`, text: kindLabel(quote, t) }),
          el('button', {
            className: 'copy', text: t('copyQuote'), attrs: { type: 'button', 'aria-label': t('copyQuoteLabel', [speakerLabel(quote, t)]) },
            on: { click: () => actions.copy(citation(analysis, quote, page, t)) },
          }),
        ]);
      })),
    ]);
  }))]);
}

/** An entity's jump button, then its descriptions from the article, each with the sentence it came from. */
function entityButton(analysis: Analysis, index: number, t: Translate, actions: Actions): HTMLElement {
  const entity = analysis.entities[index];
  const described = describedLines(entity);
  return el('li', {}, [
    el('button', {
      className: 'jump', text: `${entity.name} (${entity.mentions.length})`,
      attrs: { type: 'button', title: t('jumpToEntity') },
      on: { click: () => actions.jump('entity', index) },
    }),
    described.length === 0 ? null : el('ul', { className: 'descriptions' }, described.map((line) => el('li', { text: line.text }, [
      line.source === undefined ? null : el('q', { className: 'source', text: line.source }),
    ]))),
  ]);
}

function renderPeople(analysis: Analysis, t: Translate, actions: Actions): HTMLElement | null {
  const people = splitPeople(analysis);
  if (people.quoted.length + people.mentioned.length === 0) return null;
  const list = (title: string, indexes: number[]) => indexes.length === 0 ? null : el('div', {}, [
    el('h3', { text: title }),
    el('ul', { className: 'entities' }, indexes.map((index) => entityButton(analysis, index, t, actions))),
  ]);
  return section(t('sectionPeople'), [list(t('peopleQuoted'), people.quoted), list(t('peopleMentioned'), people.mentioned)]);
}

function renderEntities(analysis: Analysis, t: Translate, actions: Actions): HTMLElement {
  const groups = groupEntities(analysis);
  if (groups.length === 0) return section(t('sectionEntities'), [el('p', { className: 'detail', text: t('noEntities') })]);
  return section(t('sectionEntities'), groups.map((group) => el('div', {}, [
    el('h3', { text: `${entityTypeLabel(analysis.entities[group.entities[0]], t)} · ${plural(t, 'countEntities', group.entities.length)}` }),
    el('ul', { className: 'entities' }, group.entities.map((index) => entityButton(analysis, index, t, actions))),
  ])));
}

function renderNotFound(analysis: Analysis, state: TabState, t: Translate): HTMLElement | null {
  const quotes = state.unanchored.quotes.filter((index) => index < analysis.quotes.length);
  const entities = state.unanchored.entities.filter((index) => index < analysis.entities.length);
  // Quotes of this page's earlier text that a re-render took out are not on the page either.
  const removed = state.removedQuotes ?? [];
  if (quotes.length + entities.length + removed.length === 0) return null;
  return section(t('sectionNotFound'), [el('ul', { className: 'not-found' }, [
    ...[...quotes.map((index) => analysis.quotes[index]), ...removed].map((quote) => el('li', { text: `${quote.text} — ${speakerLabel(quote, t)}` })),
    ...entities.map((index) => el('li', { text: `${analysis.entities[index].name} (${entityTypeLabel(analysis.entities[index], t)})` })),
  ])]);
}

/** Download links on blob URLs, made when the popup renders (no request leaves the extension). */
function renderExports(analysis: Analysis, page: PageInfo, t: Translate): HTMLElement {
  const link = (label: string, content: string, type: string, extension: 'md' | 'csv' | 'json') => el('a', {
    className: 'export', text: label,
    attrs: { href: URL.createObjectURL(new Blob([content], { type })), download: exportFileName(page, extension), 'data-format': extension },
  });
  return section(t('sectionExport'), [el('p', { className: 'exports' }, [
    link(t('exportMarkdown'), toMarkdown(analysis, page, t), 'text/markdown;charset=utf-8', 'md'),
    link(t('exportCsv'), toCsv(analysis, page), 'text/csv;charset=utf-8', 'csv'),
    link(t('exportJson'), toJson(analysis, page), 'application/json', 'json'),
  ])]);
}
