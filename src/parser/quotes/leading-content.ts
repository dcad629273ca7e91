/**
 * Where the content of a leading attribution starts and ends ("X said [to Y] [on
 * Tuesday] [that] <content>", "X called the plan <content>, which ..."), following
 * PolNeAR's conventions as studied on its train split: "that" opens the content, the
 * listener, time adjuncts and the prepositions PolNeAR counts in the cue stay out, and
 * the content ends where another clause with a subject or a cue of its own starts.
 */
import type { Token } from '../segment';
import { isCapitalized, isWord } from './context';
import { cueInfo, isBareForm, isBetweenSubjectAndCue, isPronoun, WORDS, type CueInfo } from './lexicon';
import { mentionStartingAt } from './names';
import { COORDINATORS, openingNounPhrase } from './opening-subject';
import type { Scan } from './scan';
import quantities from './quantities.json';
import listJoiners from './list-joiners.json';
import { isMannerAdverbBeforeParticle } from './content-starts';

/** How far "that" may follow the cue and still open the content ("said in a statement on Tuesday that"). */
const MAX_THAT_DISTANCE = 10;

export function isParticiple(token: Token): boolean {
  return token.text.endsWith('ing');
}

/** A lower-case word in -ed: after "and", a second verb of the same subject rather than the start of a noun phrase. */
function isPastTense(token: Token): boolean {
  return token.kind === 'word' && token.text.endsWith('ed') && token.text === token.text.toLowerCase();
}

/** A reporting verb in lower case, speech or stance: a second verb of a subject ("... and criticized ..."), not a name. */
function isLowerCaseCue(scan: Scan, t: number): boolean {
  const token = scan.ctx.tokens[t];
  return token.text === token.text.toLowerCase() && scan.cueOf[t] !== undefined;
}

/** Whether a cue opens the words at `t`, after auxiliaries and adverbs ("and later added", "and has criticized"). */
function startsSharedCue(scan: Scan, t: number, last: number): boolean {
  const { tokens } = scan.ctx;
  while (t < last && isBetweenSubjectAndCue(tokens[t].text)) t++;
  return t < last && (scan.nextSpeechCue[t] === t || isLowerCaseCue(scan, t));
}

/**
 * Whether the cue word right after "and" at `t` is a bare verb or a participle in a form that neither the report's cue
 * nor any cue before it in the content has (`cueForms`): it goes on with the content's own infinitive or verb chain
 * ("said he would cut taxes and [support] the plan", "hoped to meet them and [encourage] them"), while one in such a
 * form is a second verb of that cue's subject ("responded by calling him "dopey" and accusing him ..."). Train: exact
 * tp +17 -2 (the two lost: a participle after one that is no cue, "casting him as ... and questioning ...").
 */
function continuesContentVerb(tokens: Token[], t: number, cueForms: Set<VerbForm>): boolean {
  // After an auxiliary or an adverb ("and will support") a bare verb is what a second verb of the cue's subject takes too.
  if (isBetweenSubjectAndCue(tokens[t].text)) return false;
  const verb = verbForm(tokens[t]);
  return verb !== 'finite' && !cueForms.has(verb);
}

type VerbForm = 'participle' | 'bare' | 'finite';

/** A cue word's form; only a listed word's bare form is known ("made", "took" are no bare verbs though no ending marks them). */
function verbForm(token: Token): VerbForm {
  return isParticiple(token) ? 'participle' : cueInfo(token.text) && isBareForm(token.text) ? 'bare' : 'finite';
}

/** Whether a new subject and its own speech cue open the words at `t` ("..., and aides say ..."): a second attribution. */
function opensOwnAttribution(scan: Scan, t: number, last: number): boolean {
  const { tokens } = scan.ctx;
  const subject = mentionStartingAt(tokens, t, last);
  if (subject !== null && startsSharedCue(scan, subject.end, last)) return true;
  const cue = scan.nextSpeechCue[t];
  return cue < last && (openingNounPhrase(tokens, t, cue) !== null || opensShareOfPeople(scan, t, cue));
}

const SHARE_NUMBERS = new Set(quantities.shareNumbers);
/** Most words of a share of people before its speech cue ("[27 percent of those who named a candidate] said"). */
const MAX_SHARE_TOKENS = 8;

/**
 * Whether the words [t, cue) before a speech cue are a share of people ("three-quarters", "six in 10", "only 7 percent"):
 * a poll's next finding, reported on its own ("said Clinton is honest, and [three-quarters] said the same of Sanders";
 * train: exact tp +4, 5 more contents).
 */
function opensShareOfPeople(scan: Scan, t: number, cue: number): boolean {
  const { tokens } = scan.ctx;
  let first = t;
  while (first < cue && WORDS.quantifiers.has(tokens[first].text.toLowerCase())) first++;
  const lower = tokens[first]?.text.toLowerCase() ?? '';
  if (cue - first > MAX_SHARE_TOKENS || !(/^\d/.test(lower) || SHARE_NUMBERS.has(lower) || FRACTIONS.has(lower))) return false;
  for (let u = first; u < cue; u++) if (tokens[u].kind === 'punct' || scan.quoteOf[u] >= 0 || scan.cueOf[u]) return false;
  return true;
}

/**
 * Where a leading attribution's content ends: the sentence end, ", adding ..." or "and added ..." / "and
 * criticized ..." handing over to another cue of the same subject, a dash after a quotation that opens
 * the writer's own addition (`addsAfterQuotation`), a contrast the writer adds
 * ("..., while 22 percent ..."), a stance verb's object closed by a comma and a new clause ("criticized
 * the plan, which ...") or by a second verb ("endorsed Trump and praised ..."). A quotation whose comma
 * sits inside its marks ("... “corrupt,” noting ...") closes a clause as a comma outside them does.
 * `cue` is the token of the verb whose content it is, for the form a second verb of its subject takes.
 */
export function leadingContentEnd(scan: Scan, from: number, last: number, stance: boolean, subordinate: boolean, cue: number): number {
  const { tokens } = scan.ctx;
  // The forms of the report's cue and of the cues read so far in its content (`continuesContentVerb`).
  const cueForms = new Set<VerbForm>([verbForm(tokens[cue])]);
  // Whether a dash before `t` opened an aside that is still open ("speeches - including "..." - because ...").
  let asideOpen = false;
  for (let t = from; t + 1 < last; t++) {
    const q = scan.quoteOf[t];
    // A quotation closed by a comma inside its marks ("... “corrupt,” noting ...") ends a clause like a comma outside them.
    if (q >= 0) {
      if (t === scan.spans[q].close && t > from && tokens[scan.spans[q].contentEnd]?.text === ',' && endsAtComma(scan, t, last, stance, subordinate)) return t + 1;
      continue;
    }
    if (scan.cueOf[t]) cueForms.add(verbForm(tokens[t]));
    // A semicolon joins a sentence of its own.
    if (tokens[t].text === ';') return t;
    // A dash after a quotation may open the writer's own addition (`addsAfterQuotation`).
    if (DASHES.has(tokens[t].text)) {
      if (!asideOpen && t > from && scan.quoteOf[t - 1] >= 0 && addsAfterQuotation(scan, t, last)) return t;
      asideOpen = !asideOpen;
    }
    if (COORDINATORS.has(tokens[t].text.toLowerCase()) && (startsSharedCue(scan, t + 1, last) && !continuesContentVerb(tokens, t + 1, cueForms) ||
      opensOwnAttribution(scan, t + 1, last))) return t;
    // "endorsed Trump and criticized his campaign": a second verb of the subject ends a stance verb's object.
    if (stance && COORDINATORS.has(tokens[t].text.toLowerCase()) && isPastTense(tokens[t + 1])) return t;
    if (tokens[t].text === ',' && endsAtComma(scan, t, last, stance, subordinate)) return t;
  }
  return last;
}

/**
 * Whether the dash at `t`, right after a quotation in a content, opens the writer's own addition up to
 * `last` (`... is "a national security election" — an issue Democrats have struggled with`,
 * `... a "bully" -- all without speaking his name`), which PolNeAR leaves out of the quote: words
 * follow it, not another quotation (`Reagan's "eleventh commandment" -- "Thou shall not ..."`), and
 * no second dash closes it as an aside that the content goes on after (`— itself a rebuttal ... — was`);
 * the caller also skips a dash that closes an aside (`asideOpen`). On PolNeAR train: exact tp +7 -1,
 * GGT@0.3 tp unchanged; without the two checks for asides, +10 -8. The scan stops at the next dash,
 * where the caller's walk goes on, so the walk stays linear.
 */
function addsAfterQuotation(scan: Scan, t: number, last: number): boolean {
  if (t + 1 >= last || scan.quoteOf[t + 1] >= 0) return false;
  for (let u = t + 1; u < last; u++) if (DASHES.has(scan.ctx.tokens[u].text) && scan.quoteOf[u] < 0) return false;
  return true;
}

/**
 * Fewer words of a stance verb's object before a comma may be a name that the words after it describe
 * ("cited Johnson, an heir to ..."), which PolNeAR splits either way.
 */
const MIN_OBJECT_BEFORE_APPOSITIVE = 3;
const APPOSITIVE_ARTICLES = new Set(['the', 'a', 'an']);
/**
 * After a speech verb only an indefinite article opens the writer's description (", a 16-point margin over Sanders",
 * ", a claim that Gowdy's office strongly disputes"): ", the ..." as often goes on with the report (", the first time
 * ...", ", the Affordable Care Act"). Train: exact tp +15 -5, GGT@0.3 tp unchanged.
 */
export const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** Dashes set off asides of their own, whose commas are no appositive's. */
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);

/**
 * Where a stance verb's object [from, end) ends before an appositive that closes it ("railed against the
 * Trans-Pacific Partnership[, the 12-country trade deal ...]", "accused the DNC of sabotaging the campaign[, a
 * reference to ...]"): the writer's description, which PolNeAR leaves out (train: 23 more exact spans). Only
 * the one comma of an object free of quotations and dashes counts, so that lists ("..., the size of
 * government, and ...") stay whole; `end` when there is none.
 */
export function appositiveStart(scan: Scan, from: number, end: number, articles = APPOSITIVE_ARTICLES): number {
  const { tokens } = scan.ctx;
  let comma = -1;
  for (let t = from; t < end; t++) {
    if (scan.quoteOf[t] >= 0 || tokens[t].text === ',' && comma >= 0 || DASHES.has(tokens[t].text)) return end;
    if (tokens[t].text === ',') comma = t;
  }
  // A capitalised article opens a title ("his new book, The Clintons' War on Women"), not a description.
  const opensAppositive = comma - from >= MIN_OBJECT_BEFORE_APPOSITIVE && articles.has(tokens[comma + 1]?.text ?? '');
  return opensAppositive && comma + 1 < end ? comma : end;
}

/** Prepositions that set a stance verb's act at an occasion ("criticized Bill Clinton [during a debate]"). */
const EVENT_PREPOSITIONS = new Set(['in', 'at', 'during']);
/** Most words between "a" and the event noun ("at a surprise news conference"). */
const MAX_EVENT_MODIFIERS = 3;
/** Words after such an adjunct that carry a stance verb's object on past it ("described the DLC during an interview [as] ..."). */
const OBJECT_CONTINUERS = new Set(['that', 'as']);

/**
 * Where a stance verb's object [from, end) ends before an adjunct that names the occasion of the act and
 * runs to its end ("endorsed Clinton [during a conference call with reporters]", "claimed victory [in a
 * tweet]"): PolNeAR leaves it out of the content (train: 18 more exact spans). Only an
 * indefinite occasion counts ("in the debate over ..." may be the object's own); `end` when there is none.
 */
export function eventAdjunctStart(scan: Scan, from: number, end: number): number {
  const { tokens } = scan.ctx;
  for (let t = from + 1; t + 2 < end; t++) {
    const article = tokens[t + 1].text.toLowerCase();
    if (scan.quoteOf[t] >= 0 || !EVENT_PREPOSITIONS.has(tokens[t].text.toLowerCase()) || article !== 'a' && article !== 'an') continue;
    const noun = eventNoun(scan, t + 2, end);
    if (noun < 0) continue;
    for (let u = noun + 1; u < end; u++) {
      if (scan.quoteOf[u] >= 0 || OBJECT_CONTINUERS.has(tokens[u].text.toLowerCase())) return end;
    }
    return t;
  }
  return end;
}

/** The event noun within MAX_EVENT_MODIFIERS words after `from` ("a [Super Tuesday] rally"), or -1. */
function eventNoun(scan: Scan, from: number, end: number): number {
  const { tokens } = scan.ctx;
  for (let u = from; u < end && u <= from + MAX_EVENT_MODIFIERS; u++) {
    if (tokens[u].kind !== 'word' || scan.quoteOf[u] >= 0) return -1;
    if (WORDS.speechEventNouns.has(tokens[u].text.toLowerCase())) return u;
  }
  return -1;
}

/** Whether the content ends at the comma at `t`: what follows is another clause, not more of the content. */
function endsAtComma(scan: Scan, t: number, last: number, stance: boolean, subordinate: boolean): boolean {
  const { tokens } = scan.ctx;
  const next = tokens[t + 1];
  if (opensOwnAttribution(scan, COORDINATORS.has(next.text.toLowerCase()) ? t + 2 : t + 1, last)) return true;
  if (isParticiple(next) && scan.cueOf[t + 1] || stance && WORDS.clauseBreakers.has(next.text.toLowerCase()) && !joinsListItem(tokens, t + 1)) return true;
  // "Sanders, a self-described socialist, said ...": a listed speech verb right after the comma is the main clause's,
  // unless its speaker follows it ("..., said an official") or it names a listener ("..., told Fox News that ...").
  const info = scan.nextSpeechCue[t + 1] === t + 1 ? cueInfo(next.text) : undefined;
  if (info && (info.objectFirst || !mentionStartingAt(tokens, t + 2, last))) return true;
  // "said they will vote for him, while 22 percent ...": a contrast or comparison is the writer's, not the report's.
  if (WORDS.contrastOpeners.has(next.text.toLowerCase())) return true;
  if (isWord(next, 'with') && opensNamedAbsolute(tokens, t + 2, last)) return true;
  // "When Trump said ..., he ...", "... said ..., but Cruz kept ...": a clause with a subject of its own starts.
  return subordinate && opensMainClause(tokens, t + 1, last) || COORDINATORS.has(next.text.toLowerCase()) && opensMainClause(tokens, t + 2, last);
}

const LIST_JOINERS = listJoiners.phrases.map((phrase) => phrase.split(' '));

/** Whether a phrase that adds one more item to a list opens the words at `t` ("..., as well as his campaign manager"; list-joiners.json). */
function joinsListItem(tokens: Token[], t: number): boolean {
  return LIST_JOINERS.some((words) => words.every((word, i) => isWord(tokens[t + i], word)));
}

/**
 * Whether a named actor and a participle open the words at `t`, after ", with" ("..., with Senator Bernie Sanders now
 * pressing his attack", "..., with Republicans taking shots at ..."): an absolute clause of the writer's, telling what
 * someone else did, which PolNeAR leaves out of the report (train: exact tp +7 -1, GGT@0.3 tp +2). After a figure or a
 * common noun (", with 40 percent supporting him") the clause is as often the report's, and is left alone.
 */
function opensNamedAbsolute(tokens: Token[], t: number, last: number): boolean {
  const subject = isCapitalized(tokens[t]) ? mentionStartingAt(tokens, t, last) : null;
  if (!subject) return false;
  let verb = subject.end;
  while (verb < last && isBetweenSubjectAndCue(tokens[verb].text)) verb++;
  return verb < last && tokens[verb].kind === 'word' && tokens[verb].text === tokens[verb].text.toLowerCase() && isParticiple(tokens[verb]);
}

/**
 * Whether a subject and its verb open the words at `t` ("..., he made it clear"): the main clause after a
 * subordinate one. A relative word is neither ("..., and who is now ...", "..., and a Republican who headed ...").
 */
export function opensMainClause(tokens: Token[], t: number, last: number): boolean {
  const subject = mentionStartingAt(tokens, t, last);
  const verb = subject ? tokens[subject.end] : undefined;
  return verb !== undefined && verb.kind === 'word' && verb.text === verb.text.toLowerCase() && !WORDS.nounPhraseJoiners.has(verb.text) &&
    !WORDS.relativePronouns.has(verb.text) && !WORDS.relativePronouns.has(tokens[t].text.toLowerCase());
}

/**
 * PolNeAR leaves time adjuncts out of the content ("said [on Wednesday] the talks ...",
 * "said [last month] that ..."): skips one such expression, of at most three words.
 */
export function skipTimeExpression(tokens: Token[], start: number, last: number): number {
  let t = start;
  while (t < last && t - start < 3 && WORDS.timeModifiers.has(tokens[t].text.toLowerCase())) t++;
  if (t < last && WORDS.timeNouns.has(tokens[t].text.toLowerCase())) return t + 1 < last && tokens[t + 1].text === ',' ? t + 2 : t + 1;
  return start;
}

/**
 * Where the content [from, end) of a cue in a relative clause ends when it is an infinitive whose object is the
 * relative word ("the executive order that Obama plans [to sign] will have ..."): an auxiliary right after the
 * infinitive's verb cannot continue it, so the main clause resumes there; `end` otherwise.
 */
export function relativeInfinitiveEnd(tokens: Token[], from: number, end: number): number {
  const after = tokens[from + 2]?.text.toLowerCase() ?? '';
  return from + 2 < end && isWord(tokens[from], 'to') && WORDS.contentClauseWords.has(after) && !isPronoun(after) ? from + 2 : end;
}

/** Longest object before a participle that reports its content ("a statement Thursday night condemning"). */
const MAX_OBJECT_BEFORE_PARTICIPLE = 5;

/**
 * "issued a statement saying [...]", "released a memo Thursday condemning [...]", "issued a statement
 * describing [their meeting as ...]": a stance verb's short object that names a document
 * (`documentNouns`) and is followed by a reporting participle, speech or stance, hands the content over
 * to that participle, as PolNeAR annotates it (stance participles as well: on train, exact tp +3 -1,
 * GGT@0.3 tp -1). Returns the participle's token, or -1.
 */
export function reportingParticiple(scan: Scan, from: number, last: number): number {
  const { tokens } = scan.ctx;
  let document = false;
  for (let t = from; t < last && t - from <= MAX_OBJECT_BEFORE_PARTICIPLE; t++) {
    if (tokens[t].kind !== 'word' || scan.quoteOf[t] >= 0) return -1;
    if (document && isParticiple(tokens[t]) && scan.cueOf[t]) return t;
    document ||= WORDS.documentNouns.has(tokens[t].text.toLowerCase());
  }
  return -1;
}

/** Longest object a cue may hold before the preposition that opens its content ("took [multiple swipes] at"). */
const MAX_OBJECT_IN_CUE = 2;
/** Prepositions that close such a cue ("bristled at", "made the case for", "refers to"); "to" only right after the verb, where it is no infinitive. */
const CUE_CLOSING_PREPOSITIONS = new Set(['at', 'for', 'about', 'against', 'of', 'on', 'with', 'as', 'between']);

/** Whether a noun phrase opens at `token`, which so is no infinitive's verb ("refers to [those islands]", not "tried to [discuss]"). */
function opensNounPhrase(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const lower = token.text.toLowerCase();
  return isCapitalized(token) || WORDS.determiners.has(lower) || WORDS.quantifiers.has(lower) || isPronoun(lower);
}

/**
 * Where the content of a cue that may hold a short object starts (`shortObjectInCue`): after the preposition
 * that closes the cue ("took multiple swipes at [Jeb Bush]", "refers to [those islands]") or at "that" ("made
 * the case [that ...]"), when one comes within MAX_OBJECT_IN_CUE words; else right after the verb.
 */
export function objectContentStart(scan: Scan, cue: number, last: number): number {
  const { tokens } = scan.ctx;
  if (isWord(tokens[cue + 1], 'to') && opensNounPhrase(tokens[cue + 2])) return cue + 2;
  for (let t = cue + 1; t < last && t <= cue + 1 + MAX_OBJECT_IN_CUE; t++) {
    if (tokens[t].kind !== 'word' || scan.quoteOf[t] >= 0) break;
    const lower = tokens[t].text.toLowerCase();
    if (lower === 'that') return t;
    if (CUE_CLOSING_PREPOSITIONS.has(lower)) return t + 1;
  }
  return cue + 1;
}

/** Longest listener a cue may name before its content ("told a packed crowd in snowy Windham, New Hampshire, on the campaign's final day that"). */
const MAX_LISTENER_TOKENS = 24;
/** Marks a listener may hold ("Manchester, New Hampshire,", "the Associated Press (AP)", "Sen. Grassley"). */
const LISTENER_MARKS = new Set([',', '.', '(', ')']);

/** Whether `word` names a listener's possession before a quoted title ("ABC’s “Good Morning America”"). */
function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('\u2019s');
}

/**
 * Where the content starts after the listener of an `objectFirst` cue, which PolNeAR leaves out of the
 * content: at the first word that opens a clause, "that", a subject pronoun or a question word ("told the
 * crowd [he was ...]", "asked workers [if they ...]"), or at the subject before an auxiliary ("told reporters
 * [Trump is ...]"); a listener pronoun is the whole listener ("told them [Clinton has ...]"). After a
 * subordinator the clause is an adjunct ("told Fox after he was asked ..."), and after a preposition that may
 * close the listener it may be a relative clause ("asked Trump about statements he had made"): only "that"
 * opens the content then, else the word after that preposition does ("reminded viewers about [his daughter's
 * job]"). PolNeAR keeps the listener before an infinitive more often than not ("asked [the network to donate
 * ...]"); without an opener before another cue or a mark, the end of a speaker-like mention is the listener's.
 */
export function listenerEnd(scan: Scan, c: number, last: number): number {
  const { tokens } = scan.ctx;
  // "was asked by a reporter [whether ...]", "Asked by Stephanopoulos [to respond ...]": in the passive the
  // agent stands where the listener would, and the content follows it.
  const agent = isWord(tokens[c], 'by') ? mentionStartingAt(tokens, c + 1, last) : null;
  if (agent) {
    if (opensInfinitive(tokens[agent.end])) return agent.end;
    c = agent.end;
  }
  if (WORDS.listenerPronouns.has(tokens[c]?.text.toLowerCase() ?? '')) return opensInfinitive(tokens[c + 1]) ? c : c + 1;
  let afterParticle = -1;
  let onlyThat = false;
  for (let t = c; t < last && t - c <= MAX_LISTENER_TOKENS; t++) {
    const token = tokens[t];
    const q = scan.quoteOf[t];
    if (q >= 0) {
      if (t === c || !isPossessive(tokens[t - 1].text)) return t;
      t = scan.spans[q].close;
      continue;
    }
    const lower = token.text.toLowerCase();
    if (lower === 'that') return t;
    if (opensInfinitive(token) && !onlyThat) return c;
    if (token.kind === 'punct' && !LISTENER_MARKS.has(token.text) || t > c && scan.cueOf[t] && cueInfo(token.text)) break;
    if (onlyThat) continue;
    if (opensQuestion(tokens, t, c)) return t;
    if (WORDS.subordinators.has(lower)) onlyThat = true;
    else if (WORDS.listenerParticles.has(lower) && t > c && !isCapitalized(tokens[t + 1])) {
      afterParticle = t + 1;
      onlyThat = true;
    } else if (WORDS.contentClauseWords.has(withoutContraction(lower))) {
      if (isPronoun(withoutContraction(lower))) return t;
      const subject = subjectStartBefore(tokens, t, c);
      if (subject > c) return subject;
      break;
    }
  }
  return afterParticle >= 0 ? afterParticle : mentionStartingAt(tokens, c, last)?.end ?? c;
}

/** Whether `token` opens an infinitive ("to donate", "not to stage"). */
function opensInfinitive(token: Token | undefined): boolean {
  return isWord(token, 'to') || isWord(token, 'not');
}

/**
 * Whether a question word opens the content at `t` ("asked workers [if they ...]"): "who", "which" and "whom"
 * only right after the cue or before a subject of their own ("asked our followers [who their favorite ...]"),
 * since after a listener they may open its relative clause ("tells voters who wonder ...").
 */
function opensQuestion(tokens: Token[], t: number, c: number): boolean {
  const lower = tokens[t].text.toLowerCase();
  if (WORDS.questionOpeners.has(lower)) return true;
  if (!WORDS.relativeQuestionOpeners.has(lower)) return false;
  const next = tokens[t + 1]?.text.toLowerCase() ?? '';
  return t === c || isPronoun(withoutContraction(next)) || WORDS.determiners.has(next);
}

/** The word without a contracted auxiliary ("he’s" → "he"). */
export function withoutContraction(word: string): string {
  const apostrophe = word.search(/['\u2019]/);
  return apostrophe > 0 ? word.slice(0, apostrophe) : word;
}

/**
 * The first token of the subject before the auxiliary at `t`, after the listener that starts at `c`: a
 * run of capitalised words ("told reporters [Trump] is"), else the last determiner ("told the crowd [the
 * plan] will"); `t` when neither is found.
 */
function subjectStartBefore(tokens: Token[], t: number, c: number): number {
  let s = t;
  if (isCapitalized(tokens[t - 1])) {
    while (s - 1 > c && isCapitalized(tokens[s - 1])) s--;
    return s;
  }
  for (let d = t - 1; d > c; d--) {
    if (WORDS.determiners.has(tokens[d].text.toLowerCase())) return d;
  }
  return s;
}

const APPROXIMATORS = new Set(quantities.approximators);
const FRACTIONS = new Set(quantities.fractions);

/**
 * Whether the word at `t` approximates the figure after it ("[about] half", "[about] 1,500"): no particle of a cue, but the
 * content's first word (quantities.json; train: exact tp +3 -0).
 */
export function approximatesQuantity(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1]?.text.toLowerCase() ?? '';
  return APPROXIMATORS.has(tokens[t]?.text.toLowerCase() ?? '') && (/^\$?\d/.test(next) || FRACTIONS.has(next));
}

/** Whether the "that" at `t` is a relative pronoun, the subject of a verb right after it ("a bill [that] created", "a measure [that] would ban"). */
function opensRelativeClause(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (next?.kind !== 'word' || next.text !== next.text.toLowerCase()) return false;
  return WORDS.contentClauseWords.has(next.text) && !isPronoun(next.text) || isPastTense(next);
}

/**
 * How far "that" may follow the cue after an adjunct of the act that opens with a preposition, a time or a dash ("said Thursday
 * during a taping of a MSNBC town hall meeting in Buffalo, New York, that", "said on NBC's ''Meet the Press'' on Sunday that"):
 * a clause word still stops the search, so a "that" after the adjunct opens the content, past a quoted title, a dash or a
 * noun that reads as a cue in it (train: exact tp +12 -1, one more loose match).
 */
const MAX_THAT_DISTANCE_AFTER_ADJUNCT = 20;

/** Whether the words at `c`, right after a speech cue, open an adjunct of the act: a preposition or a dash, after any time expression. */
function opensActAdjunct(tokens: Token[], c: number, last: number): boolean {
  const t = skipTimeExpression(tokens, c, last);
  const lower = tokens[t]?.text.toLowerCase() ?? '';
  return ADJUNCT_PREPOSITIONS.has(lower) || DASHES.has(lower);
}

/** Prepositions that open an adjunct between a cue and its content ("said in a statement on Tuesday, ..."). */
export const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'via']);
const MAX_ADJUNCT_TOKENS = 8;

/** Where a leading attribution's content starts: at "that" when it comes soon, else after the listener and any adjunct. */
export function leadingContentStart(scan: Scan, cue: number, last: number, info: CueInfo): number {
  const { tokens } = scan.ctx;
  let c = cue + 1;
  const afterAdjunct = opensActAdjunct(tokens, c, last);
  for (let t = c; t < last && t - c < (afterAdjunct ? MAX_THAT_DISTANCE_AFTER_ADJUNCT : MAX_THAT_DISTANCE); t++) {
    // "said on NBC's ''Meet the Press'' on Sunday that": after an adjunct of the act, a quotation in it is a title it names.
    const q = scan.quoteOf[t];
    if (afterAdjunct && q >= 0) {
      t = scan.spans[q].close;
      continue;
    }
    // "announced a breach that also appears ...": a "that" with no subject after it opens a relative clause of the object,
    // which PolNeAR keeps with its noun (train: exact tp +26 -2); after an adjunct of the act ("said in a statement that
    // was ...") the content still opens at "that".
    if (isWord(tokens[t], 'that') && scan.quoteOf[t] < 0) {
      if (t > c && !ADJUNCT_PREPOSITIONS.has(tokens[c].text.toLowerCase()) && skipTimeExpression(tokens, c, t) === c && opensRelativeClause(tokens, t)) break;
      return t;
    }
    // "said the tunnel would open and added that ...": that "that" is the next cue's. After a listener, an
    // unlisted word before "that" is the listener's head ("told her supporters that"), not a cue of its own.
    // A cue word inside an adjunct of the act is one of its nouns ("said in one of a series of Twitter [messages] that").
    if (scan.cueOf[t] && !afterAdjunct && !(info.objectFirst && cueInfo(tokens[t].text) === undefined)) break;
    if (tokens[t].kind === 'punct' && tokens[t].text !== '.' && tokens[t].text !== ',' && !(afterAdjunct && DASHES.has(tokens[t].text))) break;
    // "said he had spoken about accusations that ...": a subject or a finite verb has opened the content already.
    if (WORDS.contentClauseWords.has(tokens[t].text.toLowerCase())) break;
  }
  const isSpeechParticle = (t: number): boolean => {
    const word = tokens[t]?.text.toLowerCase() ?? '';
    return (info.particles.has(word) || WORDS.speechParticles.has(word)) && !approximatesQuantity(tokens, t);
  };
  if (isSpeechParticle(c)) c++;
  // "complained bitterly about [...]": a manner adverb before the cue's preposition (content-starts.ts).
  else if (isMannerAdverbBeforeParticle(tokens, c, isSpeechParticle)) c += 2;
  else if (info.objectFirst) c = listenerEnd(scan, c, last);
  if (ADJUNCT_PREPOSITIONS.has(tokens[c]?.text.toLowerCase() ?? '')) {
    for (let t = c + 1; t < last && t - c <= MAX_ADJUNCT_TOKENS && scan.quoteOf[t] < 0; t++) {
      if (tokens[t].text === ',') {
        c = t;
        break;
      }
    }
  }
  if (tokens[c]?.text === ',' || tokens[c]?.text === ':') c++;
  return c;
}
