import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../../src/content/article';
import { parseDocument } from '../../../../src/cli/html';
import { articleText, fixture, page, PROSE, PROSE_HTML } from './helpers';

describe('findArticle on a news page', () => {
  const result = findArticle(parseDocument(fixture('news-article.html')));
  const text = result.kind === 'article' ? result.text : '';

  it('finds the article and its headline', () => {
    expect(result.kind).toBe('article');
    expect(result.kind === 'article' && result.title).toBe('Harbour bridge reopens after repairs');
  });

  it('keeps every body paragraph, subheading, pull quote and block quote, in reading order, a blank line apart', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The Harbour Bridge reopened on Monday/);
    expect(paragraphs).toContain('"We are very pleased with the result," said Ilse Varga, the council\'s head of transport. "The bridge is safer than it has been in decades."');
    expect(paragraphs).toContain('Traffic returns');
    expect(paragraphs.indexOf('Traffic returns')).toBeLessThan(paragraphs.findIndex((p) => p.startsWith('By seven')));
    expect(paragraphs).toHaveLength(10);
  });

  it('keeps quotes with their attribution lines, which look like bylines and footers elsewhere', () => {
    const paragraphs = text.split('\n\n');
    const pull = paragraphs.indexOf('The bridge is safer than it has been in decades.');
    expect(paragraphs[pull + 1]).toBe('Ilse Varga, head of transport');
    expect(paragraphs.slice(-2)).toEqual([
      'Residents had waited long enough for this bridge, and it shows in how many of them came out today.',
      '— Petra Lund, residents\' association',
    ]);
  });

  it.each([
    ['navigation', 'Weather'],
    ['headline', 'Harbour bridge reopens after repairs'],
    ['byline', 'Mara Quill'],
    ['date line', 'March 2, 2026'],
    ['figure caption', 'at dawn'],
    ['caption with photo credit', 'Lighthouse Hotel'],
    ['"Read more:" teaser', 'old bridge'],
    ['"ALSO READ:" teaser', 'later in summer'],
    ['"Related:" teaser', 'Tunnel works'],
    ['share links', 'Share on'],
    ['advertisement label', 'Advertisement'],
    ['newsletter box', 'newsletter'],
    ['related stories', 'budget'],
    ['comments', 'nightmare'],
    ['cookie banner', 'cookies'],
    ['sidebar', 'bakery'],
    ['footer', 'rights reserved'],
  ])('leaves out the %s', (_kind, phrase) => {
    expect(text).not.toContain(phrase);
  });
});

describe('findArticle boilerplate rules', () => {
  it('normalises whitespace inside paragraphs and across inline elements', () => {
    const doc = page(`<article><p>  The   council\n approved <b>the</b><i> plan</i> on Tuesday after a long debate, ending a dispute that had lasted all year. </p>${PROSE_HTML}</article>`);
    expect(articleText(doc).split('\n\n')[0]).toBe('The council approved the plan on Tuesday after a long debate, ending a dispute that had lasted all year.');
  });

  it('reads one <br> as a line break inside a paragraph and two as a paragraph break', () => {
    const doc = page(`<article><div>${PROSE[0]}<br>${PROSE[1]}<br><br>${PROSE[2]}</div></article>`);
    expect(articleText(doc)).toBe(`${PROSE[0]} ${PROSE[1]}\n\n${PROSE[2]}`);
  });

  it('leaves out hidden elements, scripts and styles', () => {
    const doc = page(`<article>${PROSE_HTML}<p hidden>Hidden promo text that nobody can see on the page at all.</p><p style="display: none">Invisible paragraph about a prize draw for loyal readers.</p><script>var tracking = "script text";</script><style>p { color: red }</style></article>`);
    expect(articleText(doc)).toBe(PROSE.join('\n\n'));
  });

  it('reads nothing while an open dialog hides the page with aria-hidden', () => {
    const doc = page(`<div id="page" aria-hidden="true"><article>${PROSE_HTML}</article></div><div role="dialog"><p>We value your privacy and ask for your consent to use cookies on this site.</p></div>`);
    expect(findArticle(doc).kind).toBe('not-article');
  });

  it('leaves out paragraphs that are mostly links', () => {
    const doc = page(`<article>${PROSE_HTML}<p><a href="/x">Council approves new budget for the coming year after a debate</a></p></article>`);
    expect(articleText(doc)).toBe(PROSE.join('\n\n'));
  });

  it('keeps a page-wide furniture-looking wrapper that holds the article', () => {
    const doc = page(`<form id="aspnetForm"><div class="ad-portal-layout">${PROSE_HTML}</div><div class="comments"><p>Short remark that the plan looks fine to me overall.</p></div></form>`);
    expect(articleText(doc)).toBe(PROSE.join('\n\n'));
  });

  it('joins sections built from the same template as the article root, however deep their paragraphs sit', () => {
    const deep = (html: string) => `${'<div>'.repeat(6)}${html}${'</div>'.repeat(6)}`;
    const doc = page(`<div class="layout"><div class="part">${deep(`<p>${PROSE[0]}</p>`)}</div><div class="part"><p>${PROSE[1]}</p><p>${PROSE[2]}</p><p>${PROSE[1]}</p></div></div>`);
    expect(articleText(doc).split('\n\n')).toEqual([PROSE[0], PROSE[1], PROSE[2], PROSE[1]]);
  });

  it('joins a sibling that holds one paragraph of body text, whatever its tag', () => {
    const doc = page(`<div class="layout"><div class="lead-media"><p>${PROSE[0]}</p></div><div class="rest"><p>${PROSE[1]}</p><p>${PROSE[2]}</p><p>${PROSE[1]}</p></div></div>`);
    expect(articleText(doc).split('\n\n')).toEqual([PROSE[0], PROSE[1], PROSE[2], PROSE[1]]);
  });

  it('chooses the article over a longer sidebar of links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Another headline about something else happening in town, number ${i}</a></li>`).join('');
    const doc = page(`<div class="layout"><div class="main">${PROSE_HTML}</div><div class="rail"><ul>${links}</ul></div></div>`);
    expect(articleText(doc)).toBe(PROSE.join('\n\n'));
  });
});

describe('findArticle on pages that are not articles', () => {
  it('reports a home page of teaser links', () => {
    const result = findArticle(parseDocument(fixture('home-page.html')));
    expect(result).toEqual({ kind: 'not-article', reason: 'a list of links to other pages' });
  });

  it('reports a web app with only controls and labels', () => {
    const result = findArticle(page('<div id="app"><label>Name</label><input><button>Save</button><div>Settings</div><div>Profile</div></div>'));
    expect(result.kind).toBe('not-article');
  });

  it('reports search results', () => {
    const results = Array.from({ length: 8 }, (_, i) => `<li><h3><a href="/r${i}">Result number ${i} about the harbour bridge repairs</a></h3><span>example.com › news › ${i}</span></li>`).join('');
    const result = findArticle(page(`<form role="search"><input name="q"></form><ol class="results">${results}</ol>`));
    expect(result.kind).toBe('not-article');
  });

  it('reports an empty page', () => {
    expect(findArticle(page('')).kind).toBe('not-article');
  });

  it('accepts a short article when the page declares itself one', () => {
    const short = '<article><p>The harbour bridge will reopen on Monday morning after eight months of repairs, the city council said on Friday.</p></article>';
    expect(findArticle(page(short)).kind).toBe('not-article');
    const declared = findArticle(page(short, '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge"}</script>'));
    expect(declared.kind).toBe('article');
  });
});

describe('findArticle on odd documents', () => {
  it('survives deep nesting without recursion limits', () => {
    const depth = 5_000;
    const doc = page(`${'<div>'.repeat(depth)}${PROSE_HTML}${'</div>'.repeat(depth)}`);
    expect(articleText(doc)).toBe(PROSE.join('\n\n'));
  });

  it('reports a frameset page, which has no body text of its own', () => {
    const doc = parseDocument('<html><frameset><frame src="a.html"></frameset></html>');
    expect(findArticle(doc).kind).toBe('not-article');
  });

  it('reads text that sits directly in the body', () => {
    expect(articleText(page(PROSE.join('<br><br>')))).toBe(PROSE.join('\n\n'));
  });
});
