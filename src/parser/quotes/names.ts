/**
 * The little noun-phrase knowledge attribution needs, in one place: where the
 * speaker mention next to a reporting verb starts and ends ("Wang Lijun",
 * "he", "a spokesman for the ministry", "sources familiar with the talks").
 * This is not entity recognition: it only finds the span a cue points at, and
 * the entity stage (when it has run) says who that span is.
 */
import type { Token } from '../segment';
import { isCapitalized, type QuoteContext } from './context';
import { cueInfo, isBareForm, isBetweenSubjectAndCue, isPronoun, looksPlural, WORDS } from './lexicon';
import mentionWords from './mention-span.json';

/** A token range [start, end). */
export interface Mention {
  start: number;
  end: number;
}

/** Lower-case words that may join the parts of one name ("Bank of England", "Ludwig van Beethoven"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'la', 'van', 'von', 'bin', 'al', 'del', 'da', 'le', '&']);
const MAX_NAME_TOKENS = 8;
const MAX_PHRASE_TOKENS = 8;
/** Longest relative clause between an unnamed source and its verb ("who spoke on condition of anonymity"). */
const MAX_RELATIVE_TOKENS = 10;

/** A pronoun or adverb fused with a verb ("There’s", "It’s"): it opens a clause and names no one. */
const CLAUSE_CONTRACTIONS = new Set(mentionWords.clauseContractions);

/**
 * "Yet [they've] offered no specifics", "While [he's] said ...": a pronoun fused with its auxiliary is the subject, as the
 * pronoun alone is; a capital at a sentence's start made it a name, and after an opening word it was no mention at all.
 */
function isContractedPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  const contraction = mentionWords.pronounContractions.find((ending) => lower.endsWith(ending));
  return contraction !== undefined && !CLAUSE_CONTRACTIONS.has(lower) && isPronoun(lower.slice(0, -contraction.length));
}

function isNameWord(token: Token | undefined): boolean {
  if (!token || !isCapitalized(token)) return false;
  const lower = token.text.toLowerCase();
  return !WORDS.notNames.has(lower) && !CLAUSE_CONTRACTIONS.has(lower) || WORDS.titles.has(lower);
}

/**
 * "Speaking to reporters, ...", "Holding signs, ...": a capitalised participle that opens its sentence is no
 * name, unless a verb follows it as one follows a subject ("Fleming said", "Harding has", "Ebeling reminisced").
 */
function isOpeningParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  // "Nothing", "Everything": pronouns, not participles.
  if (!isCapitalized(token) || !/^[A-Z][a-z]+ing$/.test(token.text) || token.text.endsWith('thing') || token.text.length < 6) return false;
  return next?.kind === 'word' && !isCapitalized(next) && !cueInfo(next.text) && !isBetweenSubjectAndCue(next.text) && !next.text.endsWith('ed');
}

/** Whether token `i` is a title or an initial that its period follows, written together ("Sen.", "K." of "Oliver K. Hedge"). */
function isAbbreviationWithPeriod(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  const period = tokens[i + 1];
  if (word === undefined || period?.text !== '.') return false;
  return WORDS.titles.has(word.text.toLowerCase()) || /^[A-Z]$/.test(word.text) && word.end === period.start;
}

/** Whether tokens `i` and `i + 1` are a name's abbreviated suffix and its period ("Jr."), written together. */
function isSuffixWithPeriod(tokens: Token[], i: number): boolean {
  const suffix = tokens[i];
  const period = tokens[i + 1];
  return suffix !== undefined && period?.text === '.' && suffix.end === period.start && WORDS.nameSuffixes.has(suffix.text.toLowerCase());
}

/** The capitalised name that ends at token `i`, reaching no further left than `min`. */
function nameEndingAt(tokens: Token[], i: number, min: number): Mention | null {
  if (i - 1 >= min && isSuffixWithPeriod(tokens, i - 1)) {
    const name = nameEndingAt(tokens, i - 1, min);
    return name && { start: name.start, end: i + 1 };
  }
  if (!isNameWord(tokens[i])) return null;
  let start = i;
  while (start - 1 >= min && i - start < MAX_NAME_TOKENS) {
    const prev = tokens[start - 1];
    if (isNameWord(prev)) start--;
    else if (prev.text === '.' && start - 2 >= min && isAbbreviationWithPeriod(tokens, start - 2)) start -= 2;
    else if (NAME_CONNECTORS.has(prev.text) && start - 2 >= min && isNameWord(tokens[start - 2])) start -= 2;
    else break;
  }
  return { start, end: i + 1 };
}

/** The capitalised name that starts at token `i`, ending before `max`. */
export function nameStartingAt(tokens: Token[], i: number, max: number): Mention | null {
  if (i >= max || !isNameWord(tokens[i])) return null;
  let end = i + 1;
  while (end < max && end - i < MAX_NAME_TOKENS) {
    const next = tokens[end];
    if (isNameWord(next)) end++;
    else if (next.text === '.' && isAbbreviationWithPeriod(tokens, end - 1) && isNameWord(tokens[end + 1])) end += 2;
    else if (NAME_CONNECTORS.has(next.text) && end + 1 < max && isNameWord(tokens[end + 1])) end += 2;
    else break;
  }
  if (end < max && isSuffixWithPeriod(tokens, end - 1)) end++;
  return { start: i, end };
}

function isPlainWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'punct' && !cueInfo(token.text) && token.text.toLowerCase() !== 'that';
}

/** A lower-case word that looks like a plural noun ("forecasters", "specialists"), a common bare subject. */
function isPluralNoun(token: Token): boolean {
  const word = token.text;
  return token.kind === 'word' && word.length > 4 && looksPlural(word) && word === word.toLowerCase() && !cueInfo(word) && !isBetweenSubjectAndCue(word);
}

/**
 * Whether `token` may be a noun whose complement a joiner opens: a word that names speakers, a plural, a name,
 * or any word but a joiner and a participle ("used [to fill]", "creating [in]"), which take objects, not complements.
 */
function opensComplement(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return WORDS.speakerHeads.has(lower) || WORDS.postModifiers.has(lower) || isPluralNoun(token) || isCapitalized(token) || !/(?:ed|ing)$/.test(lower) && !WORDS.nounPhraseJoiners.has(lower);
}

/** Articles before an adjective whose noun is the cue ("a blistering [critique]"): see namesNoOne. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** The capitalised time nouns: a time alone names no one, but "Day" may be a surname. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const ADJECTIVE_ENDINGS = mentionWords.adjectiveEndings;

/** Whether a lower-case word has the ending of an adjective ("blistering", "impassioned", "definitive"). */
function isAdjective(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return token.kind === 'word' && !isCapitalized(token) && !WORDS.speakerHeads.has(lower) &&
    ADJECTIVE_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

/**
 * A descriptive noun phrase ending at `i` ("the commission", "a senior official",
 * "sources familiar with the matter"): it must open with a determiner or end in
 * a word that names speakers.
 */
function descriptionEndingAt(tokens: Token[], i: number, min: number): Mention | null {
  let start = i;
  let sawDeterminer = false;
  let sawHead = WORDS.speakerHeads.has(tokens[i].text.toLowerCase()) || isPluralNoun(tokens[i]);
  while (start - 1 >= min && i - start < MAX_PHRASE_TOKENS) {
    const prev = tokens[start - 1];
    const lower = prev.text.toLowerCase();
    if (WORDS.determiners.has(lower)) {
      start--;
      sawDeterminer = true;
      // "people familiar with the talks", "an adviser to the governor": the determiner opens the object of a
      // post-modifier or of a word that names speakers, and the phrase goes on.
      if (start - 2 >= min && WORDS.nounPhraseJoiners.has(tokens[start - 1].text.toLowerCase()) &&
        (WORDS.postModifiers.has(tokens[start - 2].text.toLowerCase()) || WORDS.speakerHeads.has(tokens[start - 2].text.toLowerCase()))) continue;
      break;
    }
    // A joiner links a noun to its complement ("an adviser to the president"), not a verb to its object ("used to fill in trenches").
    const joiner = WORDS.nounPhraseJoiners.has(lower) && lower !== 'and';
    if (joiner && !(start - 2 >= min && opensComplement(tokens[start - 2]))) break;
    if (joiner || WORDS.postModifiers.has(lower) || lower === "'s" || lower === '\u2019s') {
      start--;
      continue;
    }
    // A subordinator opens a clause of its own ("Potholes form when [water seeps into cracks]"): the phrase starts after it.
    if (!isPlainWord(prev) || isBetweenSubjectAndCue(prev.text) || isPronoun(prev.text) || WORDS.subordinators.has(lower)) break;
    if (WORDS.speakerHeads.has(lower)) sawHead = true;
    start--;
  }
  // Joiners cannot open a phrase ("for the campaign" → "the campaign").
  while (start < i && WORDS.nounPhraseJoiners.has(tokens[start].text.toLowerCase())) start++;
  if (!sawHead && !(sawDeterminer && i - start < 4)) return null;
  return { start, end: i + 1 };
}

/** The speaker mention ending at token `i` (a pronoun, a name, or a description). */
export function mentionEndingAt(tokens: Token[], i: number, min: number): Mention | null {
  if (i < min) return null;
  const token = tokens[i];
  const pronoun = isPronoun(token.text) || isContractedPronoun(token.text);
  const object = pronoun ? { start: i, end: i + 1 } : nameEndingAt(tokens, i, min);
  // "a source close to him", "people close to Clinton": the post-modifier's object ends the phrase it modifies.
  const modifier = object ? object.start - 2 : -1;
  if (object && modifier - 1 >= min && WORDS.nounPhraseJoiners.has(tokens[object.start - 1].text.toLowerCase()) &&
    WORDS.postModifiers.has(tokens[modifier].text.toLowerCase())) {
    const head = descriptionEndingAt(tokens, modifier - 1, min);
    if (head) return { start: head.start, end: object.end };
  }
  if (pronoun) return { start: i, end: i + 1 };
  const name = object;
  if (name) {
    // "a spokesman for Hillary Clinton", "the campaign of John Kasich": keep the description with its name.
    const determined = name.start > min && WORDS.determiners.has(tokens[name.start - 1].text.toLowerCase()) ? name.start - 1 : name.start;
    const joiner = tokens[determined - 1];
    if (joiner && determined - 2 >= min && WORDS.nounPhraseJoiners.has(joiner.text.toLowerCase()) &&
      WORDS.speakerHeads.has(tokens[determined - 2].text.toLowerCase())) {
      const head = descriptionEndingAt(tokens, determined - 2, min);
      if (head) return { start: head.start, end: name.end };
    }
    return name;
  }
  if (token.kind === 'word') return descriptionEndingAt(tokens, i, min);
  return null;
}

/**
 * The end of a source whose name only modifies its head ("a CNN tally", "Gallup polling data"):
 * the lower-case words after the name, up to a mark, a joiner, an adjunct or a cue, and the name
 * they may describe in turn ("Trump adviser Roger Stone").
 */
function nounsAfterName(tokens: Token[], end: number, max: number): number {
  const start = end;
  while (end < max && end - start < MAX_PHRASE_TOKENS && isPlainWord(tokens[end]) && !isCapitalized(tokens[end])) {
    const lower = tokens[end].text.toLowerCase();
    if (WORDS.nounPhraseJoiners.has(lower) || WORDS.adjunctOpeners.has(lower) || WORDS.timeNouns.has(lower) || WORDS.betweenSubjectAndCue.has(lower) ||
      WORDS.notNames.has(lower) || WORDS.contentClauseWords.has(lower)) break;
    end++;
  }
  return end > start ? nameStartingAt(tokens, end, max)?.end ?? end : end;
}

/**
 * The speaker mention starting at token `i` ("said Wang Lijun", "said a spokesman for the party").
 * A `source` may be any noun phrase ("according to the latest report"); a speaker needs a
 * word that names speakers.
 */
export function mentionStartingAt(tokens: Token[], i: number, max: number, source = false): Mention | null {
  if (i >= max) return null;
  const token = tokens[i];
  if (isPronoun(token.text)) return { start: i, end: i + 1 };
  const name = nameStartingAt(tokens, i, max);
  // "Democratic strategist Hank Sheinkopf": a capitalised word before a speaker noun describes it.
  const describes = name !== null && WORDS.speakerHeads.has(tokens[name.end]?.text.toLowerCase() ?? '');
  if (name) return source || describes ? { start: i, end: nounsAfterName(tokens, name.end, max) } : name;
  const lower = token.text.toLowerCase();
  if (!WORDS.determiners.has(lower) && !WORDS.speakerHeads.has(lower) && !(source && token.kind === 'word')) return null;
  // "the National Police Agency": a determiner before a name belongs to it.
  const determinedName = WORDS.determiners.has(lower) ? nameStartingAt(tokens, i + 1, max) : null;
  if (determinedName) return { start: i, end: source ? nounsAfterName(tokens, determinedName.end, max) : determinedName.end };
  let end = i + 1;
  let head = WORDS.speakerHeads.has(lower) ? end : -1;
  const isHead = (t: Token): boolean => WORDS.speakerHeads.has(t.text.toLowerCase()) || isPluralNoun(t);
  while (end < max && end - i < MAX_PHRASE_TOKENS) {
    const next = tokens[end];
    if (!isPlainWord(next)) break;
    const nextLower = next.text.toLowerCase();
    // A joiner continues the phrase only after a speaker head ("a spokesman for X", not "the senator on Tuesday").
    if (WORDS.nounPhraseJoiners.has(nextLower) && head !== end) break;
    end++;
    if (isHead(next)) head = end;
    if (isCapitalized(next) && head > 0 && end > head) {
      const name = nameStartingAt(tokens, end - 1, max);
      if (name) end = name.end;
      break;
    }
  }
  // Without a word that names speakers it is no speaker phrase ("a recalibration is overdue").
  if (head < 0) return source ? { start: i, end } : null;
  return { start: i, end: head < end && !isCapitalized(tokens[end - 1]) ? head : end };
}

/**
 * Marks that set off an appositive or a relative clause between a subject and its verb; copy typed in ASCII spaces a
 * hyphen or doubles it for a dash ("Some economists - including ... - warn that"; train: 33 more contents, 22 of them exact).
 */
const APPOSITIVE_MARKS = new Set([',', '\u2014', '\u2013', '-', '--']);
/**
 * Marks an appositive may hold besides words: parentheses, the stop of an initial, possessives ("Sanders’ campaign manager"),
 * and the signs inside names and figures (mention-span.json `appositiveSigns`: "Cushman & Wakefield", "$30 billion").
 */
const APPOSITIVE_INNER_MARKS = new Set(['(', ')', '.', "'", '\u2019', "'s", '\u2019s', ...mentionWords.appositiveSigns]);
/** Quotation marks around a title inside an appositive ("host of MSNBC’s “Morning Joe,”"), read as inner marks only there. */
const OPENING_TITLE_MARKS = new Set(mentionWords.titleOpeningMarks);
const CLOSING_TITLE_MARKS = new Set(mentionWords.titleClosingMarks);
const TITLED_INNER_MARKS = new Set([...APPOSITIVE_INNER_MARKS, ...OPENING_TITLE_MARKS, ...CLOSING_TITLE_MARKS]);
/** Most words of a title in an appositive ("Last Week Tonight"). */
const MAX_TITLE_TOKENS = 6;

/**
 * Whether the closing mark at `j` ends a short capitalised title after a word, with the appositive's comma typed inside it
 * (MSNBC’s “Morning Joe,” suggested), not a quotation before an inverted attribution (has been “very worked up,” said).
 */
function closesTitleWithComma(tokens: Token[], j: number, min: number): boolean {
  if (j - 1 <= min || !CLOSING_TITLE_MARKS.has(tokens[j].text) || tokens[j - 1].text !== ',') return false;
  // Back from the title's last word: at most MAX_TITLE_TOKENS words, besides the comma and the closing mark.
  for (let t = j - 2; t > min && j - t <= MAX_TITLE_TOKENS + 2; t--) {
    if (OPENING_TITLE_MARKS.has(tokens[t].text)) return tokens[t - 1].kind === 'word' && j - t > 2 && isCapitalized(tokens[t + 1]);
    if (tokens[t].kind === 'punct') return false;
  }
  return false;
}

const MAX_APPOSITIVE_TOKENS = 40;
/** "Jillian Chase, 27, a user in New York, said": up to this many appositives in a row. */
const MAX_APPOSITIVES = 3;
/** How far into its sentence a subject may start (after introductory phrases). */
const MAX_SUBJECT_SEARCH = 60;
const SENTENCE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'then']);

/** The mention ending at `j`, looking through a parenthesis ("Grassley (R-Iowa)"). */
function mentionBeforeParenthesis(tokens: Token[], j: number, min: number): Mention | null {
  if (j >= min && tokens[j].text === ')') {
    let k = j - 1;
    while (k > min && j - k < 12 && tokens[k].text !== '(') k--;
    if (tokens[k]?.text !== '(') return null;
    j = k - 1;
  }
  return mentionEndingAt(tokens, j, min);
}

/**
 * "Oliver K. Hedge, who appraises rugs, clocks and lamps in Wakefield, said": the commas of a list inside a
 * relative clause set off nothing; the subject is the mention before the mark that opens the clause, when it
 * opens its own clause. `mark` is the mark that closes the relative clause.
 */
function subjectOfRelativeClause(tokens: Token[], mark: number, min: number, innerMarks: Set<string>): Mention | null {
  for (let k = mark - 1; k - 1 > min && mark - k < MAX_APPOSITIVE_TOKENS; k--) {
    const token = tokens[k];
    if (token.kind === 'punct' && !APPOSITIVE_MARKS.has(token.text) && !innerMarks.has(token.text)) return null;
    if (token.text.toLowerCase() !== 'who' || !APPOSITIVE_MARKS.has(tokens[k - 1].text)) continue;
    const subject = mentionBeforeParenthesis(tokens, k - 2, min);
    return subject && (subject.start === min || tokens[subject.start - 1].kind === 'punct') ? subject : null;
  }
  return null;
}

const ADVERBS_AFTER_AUXILIARY = new Set(mentionWords.adverbsAfterAuxiliary);
const AUXILIARIES = new Set(mentionWords.auxiliaries);

/** "have [since] denounced", "has [long] opposed": a word that is an adverb only right after an auxiliary ("since" opens a clause elsewhere). */
function isAdverbAfterAuxiliary(tokens: Token[], t: number): boolean {
  return ADVERBS_AFTER_AUXILIARY.has(tokens[t].text.toLowerCase()) && AUXILIARIES.has(tokens[t - 1]?.text.toLowerCase() ?? '');
}

/**
 * The token before the cue at `k` past its auxiliaries, adverbs and a time of the act ("who [on Tuesday] endorsed",
 * "Grassley [on Wednesday] downplayed"): where the cue's subject ends; `start` when nothing else is left. In subjectBefore,
 * train: exact tp +1, 3 more contents, 16 more right speakers.
 */
export function subjectSlotBefore(tokens: Token[], k: number, start: number): number {
  let t = k - 1;
  for (; t > start; t--) {
    const lower = tokens[t].text.toLowerCase();
    if (isBetweenSubjectAndCue(tokens[t].text) || WORDS.timeNouns.has(lower) || isAdverbAfterAuxiliary(tokens, t)) continue;
    if (!WORDS.timeModifiers.has(lower) || !WORDS.timeNouns.has(tokens[t + 1].text.toLowerCase())) break;
  }
  return t;
}

/**
 * The subject of the cue at `cue`: skips auxiliaries and adverbs ("has also said"),
 * appositives and relative clauses set off by commas or dashes ("Li, an official, said"), even with a list inside,
 * and a parenthesis ("Grassley (R-Iowa) said").
 */
export function subjectBefore(ctx: QuoteContext, cue: number, min: number): Mention | null {
  const { tokens } = ctx;
  let j = subjectSlotBefore(tokens, cue, min - 1);
  // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested": the comma typed inside a title's closing mark closes the
  // appositive, and the title's marks are part of it; only before a finite verb, as a participle or a bare verb goes on a
  // clause that ends in a quotation ("... “party,” claiming", "promote “Celebrity Apprentice,” note") and a passive's
  // participle on a noun phrase ("the “Midnight Crew,” directed by").
  const titled = j === cue - 1 && !tokens[cue].text.endsWith('ing') && !isBareForm(tokens[cue].text) &&
    tokens[cue + 1]?.text.toLowerCase() !== 'by' && closesTitleWithComma(tokens, j, min);
  if (titled) j--;
  const innerMarks = titled ? TITLED_INNER_MARKS : APPOSITIVE_INNER_MARKS;
  if (j < min) return null;
  // "an official who asked not to be named said": the subject is the phrase before the relative clause.
  for (let k = j; k > min && j - k < MAX_RELATIVE_TOKENS && tokens[k].kind !== 'punct'; k--) {
    if (tokens[k].text.toLowerCase() !== 'who') continue;
    const subject = mentionEndingAt(tokens, k - 1, min);
    if (subject) return subject;
    break;
  }
  if (!APPOSITIVE_MARKS.has(tokens[j].text)) return mentionBeforeParenthesis(tokens, j, min);
  const relative = subjectOfRelativeClause(tokens, j, min, innerMarks);
  if (relative) return relative;
  // The subject opens its clause: a mention inside the appositive ("serving in Iran, Turkey") is
  // only a fallback for when no mention before an earlier mark opens the clause.
  let fallback: Mention | null = null;
  let mark = j;
  for (let n = 0; n < MAX_APPOSITIVES; n++) {
    let k = mark - 1;
    while (k > min && mark - k < MAX_APPOSITIVE_TOKENS && !APPOSITIVE_MARKS.has(tokens[k].text) &&
      !(tokens[k].kind === 'punct' && !innerMarks.has(tokens[k].text))) k--;
    if (k <= min || !APPOSITIVE_MARKS.has(tokens[k].text)) break;
    const subject = mentionBeforeParenthesis(tokens, k - 1, min);
    if (subject && (subject.start === min || tokens[subject.start - 1].kind === 'punct')) return subject;
    fallback ??= subject;
    mark = k;
  }
  // "Clinton's Democratic opponent, Vermont Sen. Bernie Sanders, also praised": with no mention before the appositive,
  // the name the appositive gives is the subject (train: exact tp +3, 5 more contents).
  return fallback ?? appositiveName(tokens, j, min);
}

/** The mention that fills the whole appositive closed by the mark at `close` (", Vermont Sen. Bernie Sanders,"), or null. */
function appositiveName(tokens: Token[], close: number, min: number): Mention | null {
  const mention = mentionBeforeParenthesis(tokens, close - 1, min);
  return mention && mention.start > min && APPOSITIVE_MARKS.has(tokens[mention.start - 1].text) ? mention : null;
}

/**
 * The subject of a sentence whose later verb has none of its own ("She greeted them
 * and said ...", "..., saying ..."): the first mention that opens the sentence, or an
 * introductory phrase's comma, and is followed by a word (its verb).
 */
export function sentenceSubject(ctx: QuoteContext, first: number, cue: number): Mention | null {
  const { tokens } = ctx;
  // The words that open the sentence as a subject would but name no one ("Speaking to reporters", "It’s"):
  // returned only when no later subject is found, so that the verb keeps a subject, which names no one (namesNoOne).
  let opener: Mention | null = null;
  for (let i = first; i < cue && i - first < MAX_SUBJECT_SEARCH; i++) {
    if (i !== first && tokens[i - 1].text !== ',') continue;
    let at = i;
    while (at < cue && SENTENCE_OPENERS.has(tokens[at].text.toLowerCase())) at++;
    // "There’s Cruz, calling ...", "That’s Hillary Clinton announcing ...": a subject may follow a fused verb.
    if (at < cue && CLAUSE_CONTRACTIONS.has(tokens[at].text.toLowerCase())) {
      opener ??= tokens[at + 1]?.kind === 'word' ? { start: at, end: at + 1 } : null;
      at++;
    }
    const mention = mentionStartingAt(tokens, at, cue);
    if (!mention || tokens[mention.end]?.kind !== 'word') continue;
    // "Speaking to reporters, Trump said": the subject comes after the participle's clause.
    if (i === first && isOpeningParticiple(tokens, at)) {
      opener ??= mention;
      continue;
    }
    return mention;
  }
  return opener;
}

/**
 * Whether a mention's words name no one, so that a quotation they attribute has no known speaker: a fused
 * verb ("There’s"), an opening participle ("Speaking to reporters"), an article and an adjective whose noun
 * is the cue ("a blistering [critique]", "a tough [warning]"), or a time alone ("last week", "on Tuesday").
 */
export function namesNoOne(tokens: Token[], mention: Mention): boolean {
  const first = tokens[mention.start];
  const last = tokens[mention.end - 1];
  const size = mention.end - mention.start;
  if (size === 1 && CLAUSE_CONTRACTIONS.has(first.text.toLowerCase())) return true;
  // "Listing several of his ventures, she": a subject after the participle's clause is someone.
  if (isOpeningParticiple(tokens, mention.start)) {
    for (let t = mention.start + 1; t < mention.end; t++) if (isPronoun(tokens[t].text)) return false;
    return true;
  }
  if (size === 2 && INDEFINITE_ARTICLES.has(first.text.toLowerCase()) && isAdjective(last)) return true;
  for (let t = mention.start; t < mention.end; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (!WORDS.timeNouns.has(lower) && !WORDS.timeModifiers.has(lower) && !WORDS.determiners.has(lower)) return false;
    // A capital is a weekday's ("Tuesday") or a name's ("Day", "Ago").
    if (isCapitalized(tokens[t]) && !(t === mention.start && WORDS.timeModifiers.has(lower)) && !WEEKDAY.test(lower)) return false;
  }
  return WORDS.timeNouns.has(last.text.toLowerCase());
}

/** Whether the span of a mention names no one in particular ("sources", "an official"). */
export function isAnonymousMention(tokens: Token[], mention: Mention): boolean {
  let head = false;
  for (let t = mention.start; t < mention.end; t++) {
    const lower = tokens[t].text.toLowerCase();
    // "people close to Clinton": a post-modifier's object says whom the source knows, not who it is.
    if (WORDS.postModifiers.has(lower)) break;
    // A capital names someone, unless it only opens the sentence ("People familiar with ...", "Two officials").
    const opensSentence = t === mention.start && (WORDS.anonymousHeads.has(lower) || WORDS.determiners.has(lower));
    if (isCapitalized(tokens[t]) && !WORDS.notNames.has(lower) && !opensSentence) return false;
    if (WORDS.anonymousHeads.has(lower)) head = true;
  }
  return head;
}
