/**
 * Senses of a cue word that report no one where it stands (PolNeAR train counts at each rule):
 *   - a naming verb after a new thing's noun phrase, "a family of proteins [called] G protein-coupled receptors",
 *     "a move [called] the boneless, in which ..." (`namesNewThing`): the writer introduces a name, whatever follows it
 *     (9 fewer predictions, 8 of them false; 1 loose match lost);
 *   - a participle that describes a published medium, "in a video [posted] to her Facebook account" (`describesMedium`:
 *     6 fewer predictions, 1 loose match lost);
 *   - a question to the reader or listener, "Do you [support] Donald Trump?" (`asksYou`: 10 fewer false predictions, none lost);
 *   - a sale at a price, "Amazon [offering] the Echo Sensor for $30" (`isSale`), a physical act with an instrument,
 *     "thieves [attacked] a sperm whale with an axe" (`isPhysicalAct`), and a participle after "with" and a number,
 *     "with three [confirmed] diagnoses" (`isCountedParticiple`: an adjective): seen on news pages, none on train.
 * The word lists are in non-speech-senses.json.
 */
import type { Token } from '../segment';
import { isCapitalized, lowerAt, type QuoteContext } from './context';
import { isBetweenSubjectAndCue, isPronoun, WORDS } from './lexicon';
import data from './non-speech-senses.json';

const NEW_THING_NAMING_VERBS = new Set(data.newThingNamingVerbs);
const DEMAND_PARTICLES = new Set(data.demandParticles);
const INDEFINITE_DETERMINERS = new Set(data.indefiniteDeterminers);
const CLAUSE_WORDS = new Set(data.clauseWords);
/** Most words between the determiner and the naming verb ("a [family of proteins] called"). */
const MAX_NAMED_PHRASE_WORDS = data.maxNamedPhraseWords;
/** Most tokens after a naming verb searched for quoted words, up to the sentence end. */
const MAX_NAMED_CLAUSE_TOKENS = data.maxNamedClauseTokens;
const COMMERCE_VERBS = new Set(data.commerceVerbs);
const MONEY_MARKS = new Set(data.moneyMarks);
/** Most tokens between a verb of sale and the "for" of its price ("offering [the Echo Sensor] for $30"). */
const MAX_PRICE_DISTANCE = data.maxPriceDistance;
const PHYSICAL_ACT_VERBS = new Set(data.physicalActVerbs);
const INSTRUMENT_NOUNS = new Set(data.instrumentNouns);
/** Most tokens between a physical act and its instrument ("attacked [a sperm whale with an] axe"). */
const MAX_INSTRUMENT_DISTANCE = data.maxInstrumentDistance;
const NUMBER_WORDS = new Set(data.numberWords);
const PUBLISHED_PARTICIPLES = new Set(data.publishedParticiples);
const PUBLISHED_NOUNS = new Set(data.publishedNouns);
const MEDIUM_PREPOSITIONS = new Set(data.mediumPrepositions);
/** Most words between such a preposition and the participle ("in [a new] video posted"). */
const MAX_MEDIUM_WORDS = data.maxMediumWords;
const QUESTION_AUXILIARIES = new Set(data.questionAuxiliaries);

/** Opening quotation marks, straight or curly, single or double. */
const QUOTE_MARKS = /^["'\u201c\u2018\u201e\u00ab]/;

/**
 * Whether the naming verb at `k` follows a noun phrase that an indefinite determiner opens, of lower-case words only
 * ("an olfactory receptor [called] Olfr78", "a group of disaffected Ethiopians [called] Ginbot 7"): a thing the writer
 * introduces and names, no one who spoke. A definite or named subject may be a speaker ("the senator called ...").
 */
function namesNewThing(tokens: Token[], k: number, start: number): boolean {
  // "a group of rabbis called for a boycott": a demand, not a name.
  if (!NEW_THING_NAMING_VERBS.has(lowerAt(tokens, k)) || DEMAND_PARTICLES.has(lowerAt(tokens, k + 1))) return false;
  // Quoted words after the name ("a play called \"Brokers\"", "a band called Sophistafunk got the crowd to cheer \"...\"")
  // are a quotation that PolNeAR annotates: the other rules decide.
  for (let t = k + 1; t < tokens.length && t - k <= MAX_NAMED_CLAUSE_TOKENS && tokens[t].text !== '.'; t++) {
    if (tokens[t].kind === 'punct' && QUOTE_MARKS.test(tokens[t].text)) return false;
  }
  for (let t = k - 1; t >= start && k - 1 - t <= MAX_NAMED_PHRASE_WORDS; t--) {
    const token = tokens[t];
    const lower = token.text.toLowerCase();
    if (token.kind !== 'word' || isCapitalized(token) && t > start) return false;
    if (INDEFINITE_DETERMINERS.has(lower)) return t < k - 1;
    if (isPronoun(lower) || isBetweenSubjectAndCue(lower) || CLAUSE_WORDS.has(lower)) return false;
  }
  return false;
}

/** Whether the verb at `k` sells its object at a price ("[offering] the Echo Sensor for $30"): commerce, no stance. */
function isSale(tokens: Token[], k: number): boolean {
  if (!COMMERCE_VERBS.has(lowerAt(tokens, k))) return false;
  for (let t = k + 1; t < tokens.length && t - k <= MAX_PRICE_DISTANCE && tokens[t].text !== '.'; t++) {
    if (lowerAt(tokens, t) === 'for' && MONEY_MARKS.has(tokens[t + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Whether the verb at `k` acts with an instrument ("thieves [attacked] a sperm whale with an axe"): a physical act, no words. */
function isPhysicalAct(tokens: Token[], k: number): boolean {
  if (!PHYSICAL_ACT_VERBS.has(lowerAt(tokens, k))) return false;
  for (let t = k + 1; t < tokens.length && t - k <= MAX_INSTRUMENT_DISTANCE && tokens[t].text !== '.'; t++) {
    if (lowerAt(tokens, t) !== 'with') continue;
    for (let u = t + 1; u <= t + 3 && u < tokens.length; u++) if (INSTRUMENT_NOUNS.has(lowerAt(tokens, u))) return true;
    return false;
  }
  return false;
}

/** Whether the participle at `k` follows "with" / "without" and a number ("with three [confirmed] diagnoses"): an adjective. */
function isCountedParticiple(tokens: Token[], k: number): boolean {
  const count = tokens[k - 1];
  if (!count || !(count.kind === 'number' || NUMBER_WORDS.has(count.text.toLowerCase()))) return false;
  return WORDS.adjectiveParticipleMarkers.has(lowerAt(tokens, k - 2)) && lowerAt(tokens, k).endsWith('ed');
}

/**
 * Whether the participle at `k` follows the medium it describes, in an adjunct ("in a video [posted] to her Facebook
 * account", "In a statement [released] shortly after ..."): a passive, whose medium's speaker is elsewhere.
 */
function describesMedium(tokens: Token[], k: number): boolean {
  if (!PUBLISHED_PARTICIPLES.has(lowerAt(tokens, k)) || tokens[k - 1]?.kind !== 'word' || !PUBLISHED_NOUNS.has(tokens[k - 1].text.toLowerCase())) return false;
  // "a poll released Tuesday found ...": a medium that is a subject has its own cue; only one in an adjunct is left without.
  for (let t = k - 2; t >= 0 && k - t <= MAX_MEDIUM_WORDS + 1 && tokens[t].kind === 'word'; t--) if (MEDIUM_PREPOSITIONS.has(lowerAt(tokens, t))) return true;
  return false;
}

/**
 * Whether "you" and an auxiliary that open the paragraph come before the cue at `k` ("Do you [support] Donald Trump?"):
 * a poll's or a writer's question, no report. Within a paragraph, such a question may be an interviewer's turn, which
 * PolNeAR annotates ("But he's a socialist. Do you think a socialist can win?").
 */
function asksYou(ctx: QuoteContext, k: number, start: number): boolean {
  const { tokens, text } = ctx;
  if (k - 2 !== start || lowerAt(tokens, k - 1) !== 'you' || !QUESTION_AUXILIARIES.has(lowerAt(tokens, start))) return false;
  const lineStart = text.lastIndexOf('\n', tokens[start].start - 1) + 1;
  return text.slice(lineStart, tokens[start].start).trim() === '';
}

/** Whether the cue word at token `k` (of a clause starting at `start`) has a sense that reports no one. */
export function hasNonSpeechSense(ctx: QuoteContext, k: number, start: number): boolean {
  const { tokens } = ctx;
  return namesNewThing(tokens, k, start) || isSale(tokens, k) || isPhysicalAct(tokens, k) || isCountedParticiple(tokens, k) ||
    describesMedium(tokens, k) || asksYou(ctx, k, start);
}
