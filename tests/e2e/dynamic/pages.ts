/**
 * What the dynamic fixture pages (tests/fixtures/dynamic/) hold, for the assertions: where each
 * page's article lives and phrases inside quotes whose speakers any working parser finds.
 * Tests may know the fixtures; product code never does.
 */

export interface Story {
  /** The element that holds the article, for the "painted outside the article" check. */
  article: string;
  /** A phrase inside each direct quote of the story. */
  quotes: string[];
  /** People the story names, each painted as an entity. */
  people: string[];
}

/** late.html: rendered about 1 s after load, in two batches; one quote in each. */
export const LATE: Story = {
  article: '#story',
  quotes: ['We will not cut a single route this winter', 'Most of my passengers have no other way to get to work'],
  people: ['Hanna Kovac', 'Rafael Ortiz'],
};

/** spa-views.js (spa.html, navigation-api.html): the story at load, and the one "Next story" leads to. */
export const FIRST_STORY: Story = {
  article: '#story',
  quotes: ['Every child in this town should see the rings of Saturn'],
  people: ['Lucia Ferrante'],
};
export const SECOND_STORY: Story = {
  article: '#story',
  quotes: ['The cold currents brought the herring back', 'Nobody here had seen shoals like that'],
  people: ['Dmitri Volkov'],
};

/** read-more.html: the quote shown at load, and the one the "Read more" button fetches. */
export const TEASER: Story = {
  article: 'article',
  quotes: ['People came to us who would otherwise have waited until morning'],
  people: ['Ingrid Holm'],
};
export const EXPANDED: Story = {
  article: 'article',
  quotes: ['We measured the waiting times before and after'],
  people: ['Samuel Achterberg'],
};

/** rerender.html: `fixture.correct()` removes the first quote (and its speaker's name); the second stays. */
export const RERENDERED = {
  article: '#story',
  /** The article once `fixture.relayout()` moved it and took its id away. */
  movedArticle: 'div.layout > article',
  removedQuote: 'This building carried the city for a century',
  removedSpeaker: 'Marta Lindgren',
  keptQuote: 'Our players have rehearsed in a school gym',
  keptSpeaker: 'Jonas Berglund',
};

/** live-blog.html: a very long article that posts one more entry while its first version is being analysed. */
export const LIVE_BLOG = {
  article: '#story',
  firstQuote: 'These charts deserve to be read, not kept in drawers',
  lastEntryQuote: 'Every chart found a new home tonight',
};

/** long.html: 160 paragraphs with a quote each (ids part-1 … part-160), opened at part-80. */
export const LONG = {
  article: '#story',
  paragraphs: 160,
  inView: 'part-80',
  first: 'part-1',
  last: 'part-160',
  firstQuote: 'Line 1 will reopen',
  lastQuote: 'Line 160 will reopen',
};
