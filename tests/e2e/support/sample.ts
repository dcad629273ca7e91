/**
 * What the project's sample page (tests/fixtures/sample/index.html) holds, for the assertions:
 * the parts of the page where Whosaid may paint, the parts where it must not, and quotes whose
 * speakers any working parser finds. Tests may know the fixture; product code never does.
 */

/** The article's own text: the headline, the standfirst and the story body. */
export const ARTICLE_REGIONS = ['h1', '.standfirst', '.story-body'];

/** Page furniture inside or around the article that must stay unpainted. */
export const FURNITURE_REGIONS = [
  '.site-nav',
  '.byline',
  'figcaption',
  '.read-more',
  '.sidebar',
  '.comments',
  '.cookie-banner',
  '.site-footer',
];

export interface ExpectedQuote {
  /** A phrase inside the quote. */
  phrase: string;
  speaker: string;
}

/** The quote the tests hover and jump to: direct, in straight quote marks, split by its attribution. */
export const PROBE_QUOTE: ExpectedQuote = { phrase: 'Nobody has shown us what happens to the silt', speaker: 'Duncan Reid' };

export const EXPECTED_QUOTES: ExpectedQuote[] = [
  { phrase: 'We have asked people to live with sandbags', speaker: 'Elena Marsh' },
  { phrase: 'the vote had been the hardest', speaker: 'Elena Marsh' },
  PROBE_QUOTE,
  { phrase: 'killed the harbour', speaker: 'Duncan Reid' },
  { phrase: 'Silt is a real question', speaker: 'Priya Raman' },
  { phrase: 'The agency would pay for dredging', speaker: 'Priya Raman' },
  { phrase: 'The water came under the door', speaker: 'Morag Fleming' },
  { phrase: 'I have lived here all my life', speaker: 'Morag Fleming' },
];

/** A surname mention whose card must give the full name the article introduced. */
export const PROBE_ENTITY = { mention: 'Marsh', name: 'Elena Marsh' };

export const EXPECTED_ENTITIES = ['Elena Marsh', 'Marsh', 'Coastal Resilience Agency', 'CRA', 'University of Glasgow'];
