/**
 * Every heuristic of the article finder in one table (Readability style): tag
 * classes, class/id vocabulary and the numbers that tune scoring and cleaning,
 * each with the reason it exists. Phrases in a human language live in
 * boilerplate-phrases.json instead.
 */

/** Never contain readable article text; their subtrees are not even walked. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'img', 'select', 'option', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link', 'dialog',
]);

/** Start a new paragraph ("block"); every other element is inline and continues the current one. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Page furniture by element type: the headline (h1), navigation, asides, captions, forms. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'h1', 'figcaption', 'caption', 'form', 'menu']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar',
]);

/**
 * Words of class and id names (split at "-", "_", spaces and camelCase humps) that
 * mark page furniture: sharing, comments, related links, ads, captions…
 */
export const FURNITURE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'sharebar', 'social',
  'comment', 'comments', 'disqus', 'replies', 'related', 'recommended', 'recommendations', 'recirc', 'recirculation',
  'newsletter', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'ad', 'ads', 'advert', 'advertisement',
  'adslot', 'sponsor', 'sponsored', 'banner', 'cookie', 'cookies', 'consent', 'gdpr', 'popup', 'modal', 'caption',
  'captions', 'credit', 'credits', 'outbrain', 'taboola', 'trending', 'popular', 'skip', 'sr', 'visually', 'screen',
  'overlay',
]);

/**
 * Weaker furniture words: layout parts and article metadata. They also name
 * wrappers ("content-sidebar-wrap", WordPress's "author-jane" on <article>), so
 * a name that also has a body word (POSITIVE_WORDS) is not furniture.
 */
export const WEAK_FURNITURE_WORDS = new Set([
  'header', 'masthead', 'footer', 'sidebar', 'widget', 'byline', 'author', 'bio', 'dateline', 'timestamp', 'tags',
  'toolbar', 'pagination', 'pager', 'headline', 'kicker', 'eyebrow', 'meta',
]);

/**
 * Furniture elements are ignored unless they hold most of the page's prose (then
 * they wrap the page: a <form> around everything, an "ad-portal" layout div) —
 * except these, which never wrap an article: a long live blog in a sidebar is
 * still a sidebar.
 */
export const NEVER_WRAPPER_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'caption', 'menu']);
export const NEVER_WRAPPER_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar']);

/** Class words that rescue an aside or figure: pull quotes belong to the article. */
export const QUOTE_WORDS = new Set(['quote', 'pullquote', 'blockquote']);

/** Readability's class weights: names that suggest body text (+) or not (−). */
export const POSITIVE_WORDS = new Set([
  'article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'prose', 'rich',
]);
export const NEGATIVE_WORDS = new Set([
  'hidden', 'banner', 'combx', 'comment', 'comments', 'contact', 'footer', 'masthead', 'media', 'meta', 'outbrain', 'promo',
  'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget', 'ad', 'ads',
]);
export const CLASS_WEIGHT = 25;

/** Readability's starting score of a candidate by tag: containers of prose up, lists and headings down. */
export const TAG_SCORE: Record<string, number> = {
  div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export const LIMITS = {
  /** Paragraphs shorter than this (non-space characters) give no score: labels, buttons, datelines. */
  scoredParagraphChars: 25,
  /** Each 100 characters of a paragraph add one point, up to this many. */
  maxLengthPoints: 3,
  /** A candidate's ancestors get its paragraph scores divided by: 1, 2, then 3 per level. */
  scoredAncestorLevels: 5,
  /** Furniture that holds more than this share of the page's prose is a page wrapper, not furniture. */
  furnitureVetoShare: 0.5,
  /** Siblings of the chosen root join it when they score this share of the root's score… */
  siblingScoreShare: 0.2,
  /** …and at least this much. */
  minSiblingScore: 10,
  /** A sibling paragraph joins when it is this long and has less link text than this. */
  siblingParagraphChars: 80,
  siblingParagraphLinkDensity: 0.25,
  /**
   * Rivals scoring this share of the best candidate vote for the ancestors they
   * share with it: an article split into sections scores in each section.
   */
  ancestorScoreShare: 0.75,
  /** How many top candidates are rivals, and how many votes take the root up to a shared ancestor. */
  topCandidates: 5,
  ancestorVotes: 3,
  /** A paragraph whose text is more than this share of link text is a teaser or link list. */
  maxLinkDensity: 0.5,
  /** …or than this when it ends like a sentence: body text may link most of its words. */
  maxSentenceLinkDensity: 0.9,
  /** Lines above the first sentence shorter than this and not ending like one are bylines, dates and counters. */
  leadMetadataChars: 100,
  /** …and no more than this many: an article of short unpunctuated lines (a list, a table) is still text. */
  maxLeadMetadataLines: 8,
  /** A body paragraph: at least this long and ends like a sentence. */
  bodyParagraphChars: 80,
  /** …or this long whatever its end (preformatted text, a paragraph ending in a link). */
  longParagraphChars: 400,
  /** Fewer non-space characters than this in the article: not an article… */
  minArticleChars: 250,
  /** …nor with fewer body paragraphs than this (a form, a list, a landing page)… */
  minBodyParagraphs: 1,
  /** …nor when link-dense teaser lines outnumber body paragraphs this many times over (a section front). */
  maxTeasersPerParagraph: 2,
  /** A page that says it is an article (Open Graph, schema.org) only needs this much text. */
  minDeclaredArticleChars: 80,
} as const;

/** schema.org types (JSON-LD `@type`, microdata `itemtype`) of articles: those ending in "Article", and these. */
export const ARTICLE_TYPES = new Set(['BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report', 'Review']);
