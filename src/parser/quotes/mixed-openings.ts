/**
 * Mixed quotations that open before their quotation mark. PolNeAR's quote is the whole content
 * that a cue reports, so the writer's words that lead into a direct quotation belong to it:
 *   - `In past campaigns, "we felt we could reach them," he said.`: an attribution after the
 *     quotation governs its whole sentence, whose first words lead into the marks (`leadStart`);
 *   - `Politico reveals a few relevant facts: "Of its 76,981 registered voters, ..."`: the object
 *     that a colon hands over to the quotation (`colonObjectStart`);
 *   - `McCain said the president "offered no changes to his strategy."`: a quotation that no rule
 *     attributed, inside the content of a cue before it in its sentence (`contentStart`);
 *   - `her remark that "there's a special place in hell ..."`: without such a cue, the "that" clause
 *     that the quotation finishes (`complementStart`).
 * And a report whose "that" clause a colon hands over to the quotation after it is one mixed
 * quotation with it (`joinColonReports`).
 * Each opens the quotation at that first word, as a mixed quotation. The words must be plain
 * (commas, possessives, no other quotation and no clause mark), and no other candidate may reach
 * into them, so that they report nothing else.
 *
 * On PolNeAR train (exact tp / GGT@0.3 tp, of 19832 gold): without them 10305 / 14460; the lead
 * alone gives +29 exact, the colon object +4, the uncued content +10; all three 10348 / 14466, with
 * speaker and direct recall unchanged or up. `minObjectWords` and `maxCueTokens` were chosen on
 * four folds of train (article index modulo 4), each held-out fold scored by the whole parser with
 * the setting best on the other three. Exact tp per fold 0-3: without the rules 2485, 2688, 2563,
 * 2569; minObjectWords 2/3/4 with maxCueTokens 12: 2498, 2695, 2576/2577/2578, 2577; maxCueTokens 8
 * loses up to 2 per fold, 16 changes nothing. Every held-out fold picks 4 and 12 (or ties them): held-out
 * sum 10348 (GGT tp 14466 in every setting). Tried and dropped: a lead before a parenthetical
 * attribution and a capitalised quotation (`Of course, Clinton said, "I ..."`: 11 gold mixed
 * against 138 gold direct; only a lead opened by "of" is taken, in direct.ts), a lead cut after
 * ", and" (exact -2), a report joined with the quotation of the sentence after it (`Carter said
 * that .... "That's because ..."`: exact +0, GGT -5, direct recall -4) or with a quotation whose
 * cue it ends with (exact -12).
 *
 * The "that" clause (added later, no setting to choose, so measured on the whole of train): exact tp
 * +3 (10352 against 10349), GGT@0.3 tp, speaker and direct recall unchanged. Any "that" gave +3 -2:
 * a verb after it makes it a relative pronoun (`a shirt that said "We won."`, `articles that examined
 * "..."`), hence `opensComplement`. Joining the "that" reports a colon hands over: exact tp +5 (10368
 * against 10363, 5 fewer predictions), nothing else changed. Counted before the rule, a report and
 * the quotation its colon introduces were one gold quote in all 5 pairs whose report opens with
 * "that" and a clause, and in 8 of the 27 others ("released the following statement: "..."" keeps
 * the quotation apart).
 *
 * An attribution inside a report (`outerReportStart`, `said he believes "..."`, `adding that Grayson
 * said of his fiancée: "..."`), measured on the whole of train: exact tp +5 (10779 against 10774), none
 * lost; GGT@0.3 tp and direct recall unchanged, speaker matches +3. Counted before the rule, of the 125
 * quotations attributed before their marks with another cue earlier in the sentence, 104 were gold direct
 * quotes and 19 ended gold mixed quotes that open before the marks; the shapes above take 5 of the 19 and
 * none of the 104 (a comma before the quotation, or a verb after "and", marks most of the 104). Tried
 * and dropped: a cue right before the colon passed over for the one before it (`this sound bite for
 * which she later apologized:`, exact -1), a relative word before the inner subject (`which he added
 * "..."`, no change: a report before reaches into it).
 */
import type { Candidate } from './candidate';
import { isAccordingTo } from './attribution';
import { cueInfo, isPronoun, WORDS } from './lexicon';
import { CONNECTIVES } from './direct';
import { subjectBefore, type Mention } from './names';
import { isCapitalized, isWord, type QuoteContext } from './context';
import { withoutContraction } from './leading-content';
import { tokenStartingAt } from '../entities/token-index';
import openings from './mixed-openings.json';
import { mapPacked } from '../../shared/map-packed';

/** Marks the leading words may hold: commas setting off their phrases, the stop of an abbreviation, possessives. */
const LEAD_MARKS = new Set(openings.leadMarks);
/** Fewest words of an object that a colon hands over to the quotation ("reveals [a few relevant facts]: "...""). */
const MIN_OBJECT_WORDS = openings.minObjectWords;
/** Words that open no object of the verb but an adverb or a relative clause ("said back in 2015:", "a phrase that could ...:"). */
const NON_OBJECT_OPENERS = new Set(openings.nonObjectOpeners);
/** Farthest a cue may stand before the colon or the quotation it reports: bounded, so the search stays linear. */
const MAX_CUE_TOKENS = openings.maxCueTokens;
/** Most words of an outer cue's listener before the "that" of its content ("told [NPR correspondent Steve Inskeep] that"). */
const MAX_LISTENER_WORDS = openings.maxListenerWords;
/** Most words of a name that is the subject of an attribution inside a report ("that [Grayson] said"). */
const MAX_NAME_WORDS = openings.maxNameWords;

/** Whether token `t` may stand in the writer's words that lead into a quotation. */
function isLeadToken(ctx: QuoteContext, t: number): boolean {
  const token = ctx.tokens[t];
  return token.kind === 'punct' ? LEAD_MARKS.has(token.text) : !isAccordingTo(ctx, t);
}

/**
 * The first token of the sentence of a quotation opening at `open` and attributed after it, when
 * the words before the marks are a plain lead: no reporting cue of their own (`"Citing "obligations,"
 * the spokeswoman told ..."`) and more than a connective (`Yet, "it is hard ...," he added` keeps
 * the quotation alone), and no candidate before reaches past `reach` into them. -1 otherwise.
 */
function leadStart(ctx: QuoteContext, open: number, reach: number): number {
  const { tokens } = ctx;
  const first = ctx.sentenceTokens[ctx.sentenceOf[open]][0];
  // Words that a candidate before reaches into are no lead; checked first, so that the leads scanned never overlap.
  if (first >= open || tokens[first].start < reach) return -1;
  for (let t = first; t < open; t++) if (!isLeadToken(ctx, t) || cueInfo(tokens[t].text)) return -1;
  const words = tokens[open - 1].text === ',' ? open - 1 - first : open - first;
  return words === 1 && CONNECTIVES.has(tokens[first].text.toLowerCase()) ? -1 : first;
}

/** The nearest cue before token `to` in its sentence, past plain words only, within `MAX_CUE_TOKENS`; -1 if none. */
function cueBefore(ctx: QuoteContext, to: number): number {
  const { tokens } = ctx;
  const first = ctx.sentenceTokens[ctx.sentenceOf[to]][0];
  for (let k = to - 1; k >= first && to - k <= MAX_CUE_TOKENS; k--) {
    if (!isLeadToken(ctx, k)) return -1;
    if (cueInfo(tokens[k].text)) return k;
  }
  return -1;
}

/** The first token of a cue's object: past its particle ("offered up [this sound bite]"). */
function objectStart(ctx: QuoteContext, cue: number): number {
  return WORDS.phrasalParticles.has(ctx.tokens[cue + 1].text.toLowerCase()) ? cue + 2 : cue + 1;
}

/**
 * The first token of the object of a reporting verb that a colon right before the quotation at
 * `open` hands over to it, or -1. A listener ("told Fox News:"), an adjunct or a time ("said in a
 * statement:", "said last month:") and a pronoun ("put it this way:") are no object: they open
 * with a listener cue, `adjunctOpeners`, `NON_OBJECT_OPENERS` or a pronoun, or are shorter than
 * `MIN_OBJECT_WORDS`.
 */
function colonObjectStart(ctx: QuoteContext, open: number): number {
  const { tokens } = ctx;
  const colon = open - 1;
  const cue = tokens[colon]?.text === ':' ? cueBefore(ctx, colon) : -1;
  if (cue < 0 || cueInfo(tokens[cue].text)?.objectFirst) return -1;
  const start = objectStart(ctx, cue);
  const opener = tokens[start].text.toLowerCase();
  if (WORDS.adjunctOpeners.has(opener) || NON_OBJECT_OPENERS.has(opener) || WORDS.objectPronouns.has(opener) || isPronoun(opener)) return -1;
  let words = 0;
  for (let t = start; t < colon; t++) if (tokens[t].kind === 'word') words++;
  return words >= MIN_OBJECT_WORDS ? start : -1;
}

/**
 * For a quotation at `open` that no rule attributed and that a word leads into, the first token of
 * the content of the nearest cue before it, and that cue: the content opens right after the cue and
 * its particle, with a word that opens no adjunct (`"chants of "Ted! Ted!""` and `"spoke, ..."` report
 * nothing). A cue in capitals is a headline's, not a verb. Null otherwise.
 */
function contentStart(ctx: QuoteContext, open: number): { start: number; cue: Mention } | null {
  const { tokens } = ctx;
  const cue = tokens[open - 1]?.kind === 'word' ? cueBefore(ctx, open) : -1;
  if (cue < 0 || tokens[cue].text === tokens[cue].text.toUpperCase()) return null;
  const start = objectStart(ctx, cue);
  const opener = tokens[start];
  if (start >= open || opener.kind === 'punct' || WORDS.adjunctOpeners.has(opener.text.toLowerCase())) return null;
  return { start, cue: { start: cue, end: cue + 1 } };
}

/**
 * For a quotation at `open` that no rule attributed and that a word leads into, the "that" nearest
 * before it in its sentence, past plain words only: the complement clause that the quotation
 * finishes (`her remark that "there's a special place ..."`, `groused to a crowd that CNN "doesn't
 * ..."`), which PolNeAR opens at "that" even when no listed cue governs it. -1 if none.
 */
function complementStart(ctx: QuoteContext, open: number): number {
  const { tokens } = ctx;
  if (tokens[open - 1]?.kind !== 'word') return -1;
  const first = ctx.sentenceTokens[ctx.sentenceOf[open]][0];
  for (let k = open - 1; k >= first && open - k <= MAX_CUE_TOKENS; k--) {
    if (!isLeadToken(ctx, k)) return -1;
    if (tokens[k].text === 'that') return k + 1 === open || opensComplement(ctx, k + 1) ? k : -1;
  }
  return -1;
}

/**
 * Whether the word at `t` after "that" opens a clause of its own: a subject (a pronoun, a determiner,
 * a name) or a subordinate clause ("that if viewed ..."). A verb there makes "that" a relative pronoun
 * (`a shirt that read "..."`, `jobs that are considered "..."`), a noun a demonstrative (`that plan`).
 */
function opensComplement(ctx: QuoteContext, t: number): boolean {
  const token = ctx.tokens[t];
  const lower = withoutContraction(token.text.toLowerCase());
  return isCapitalized(token) || isPronoun(lower) || WORDS.determiners.has(lower) || WORDS.subordinators.has(lower);
}

/**
 * `Benjamin said he believes "there may be some ..."`, `adding that Grayson said of his fiancée: "..."`:
 * a quotation whose attribution before it ("he believes", "Grayson said of ...:") is itself the content
 * of a speech cue right before it is the end of that cue's content: PolNeAR opens the quote after the
 * outer cue and gives it that cue. The inner subject must follow a "that" which follows the outer cue or
 * its listener (`told Steve Inskeep that he believes he, "..."`), or be a pronoun with the inner verb
 * touching the mark or a colon (`said he believes "..."`, `said he responded: "..."`; after a comma the
 * inner verb introduces a turn of its own). After a relative "that" (`a video that said, "..."`) or a
 * verb sharing the outer subject (`noted that ..., and added: "..."`), the quotation stays alone.
 * Returns the content's first token and the outer cue, or null.
 */
function outerReportStart(ctx: QuoteContext, open: number, inner: Mention): { start: number; cue: Mention } | null {
  const { tokens } = ctx;
  const first = ctx.sentenceTokens[ctx.sentenceOf[open]][0];
  const subject = innerSubjectStart(ctx, inner.start, first);
  if (subject < 0) return null;
  const isSpeech = (t: number): boolean => t >= first && cueInfo(tokens[t].text)?.cueClass === 'speech';
  if (!isWord(tokens[subject - 1], 'that')) {
    const pronoun = subject + 1 === inner.start && isPronoun(tokens[subject].text);
    const touches = inner.end === open || inner.end === open - 1 && tokens[inner.end].text === ':';
    return pronoun && touches && isSpeech(subject - 1) ? { start: subject, cue: { start: subject - 1, end: subject } } : null;
  }
  // Past the outer cue's listener, plain words only ("told NPR correspondent Steve Inskeep that ...").
  for (let t = subject - 2; t >= first && subject - 1 - t <= MAX_LISTENER_WORDS && tokens[t].kind === 'word'; t--) {
    if (isSpeech(t)) return { start: subject - 1, cue: { start: t, end: t + 1 } };
  }
  return null;
}

/** The first token of the subject of the cue at `cue`: a pronoun or a name of up to `MAX_NAME_WORDS` capitalised words; -1 if neither. */
function innerSubjectStart(ctx: QuoteContext, cue: number, first: number): number {
  const { tokens } = ctx;
  if (isPronoun(tokens[cue - 1]?.text ?? '') && cue - 1 >= first) return cue - 1;
  let t = cue;
  while (t - 1 >= first && cue - t < MAX_NAME_WORDS && isCapitalized(tokens[t - 1])) t--;
  return t < cue ? t : -1;
}

/**
 * Opens every direct quotation at the writer's words that lead into it (see the module comment),
 * as a mixed quotation. `candidates` are in text order; the words must lie after the end of every
 * candidate before it.
 */
export function openMixedQuotations(ctx: QuoteContext, candidates: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  let reach = 0;
  return mapPacked(candidates, (candidate) => {
    const previousReach = reach;
    reach = Math.max(reach, candidate.end);
    const open = candidate.kind === 'direct' ? tokenStartingAt(tokens, candidate.start) : -1;
    if (open < 0) return candidate;
    let first = -1;
    let cue = candidate.cue;
    let speaker = candidate.speaker;
    if (cue === null) {
      const content = contentStart(ctx, open);
      if (content) {
        ({ start: first, cue } = content);
        speaker = subjectBefore(ctx, content.cue.start, ctx.sentenceTokens[ctx.sentenceOf[open]][0]) ?? speaker;
      } else first = complementStart(ctx, open);
    } else if (tokens[cue.start].start >= candidate.start) {
      first = leadStart(ctx, open, previousReach);
    } else {
      const outer = outerReportStart(ctx, open, cue);
      if (outer) {
        ({ start: first, cue } = outer);
        speaker = subjectBefore(ctx, outer.cue.start, ctx.sentenceTokens[ctx.sentenceOf[open]][0]) ?? speaker;
      } else first = colonObjectStart(ctx, open);
    }
    // The cue itself must lie past the candidates before, or its words are theirs.
    if (first < 0 || tokens[Math.min(first, cue?.start ?? first)].start < previousReach) return candidate;
    const start = tokens[first].start;
    const opened: Candidate = { ...candidate, start, kind: 'mixed', cue, speaker };
    // A quotation joined with its continuation keeps its pieces, the first one now opening at the lead.
    if (candidate.parts) opened.parts = [[start, candidate.parts[0][1]], ...candidate.parts.slice(1)];
    return opened;
  });
}

/**
 * `Al-Awlaki adds that American Muslims have two choices: "You either leave or you fight."`: a report
 * whose content opens with "that" and a clause of its own, and that a colon hands over to the
 * quotation right after it, is one mixed quotation with that quotation, as PolNeAR annotates it. The
 * quotation must not be attributed after it (`... identity: "France is no longer France," he claimed`).
 * `candidates` are in text order; each is looked at once.
 */
export function joinColonReports(ctx: QuoteContext, candidates: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const report = out[out.length - 1];
    const open = candidate.kind === 'direct' ? tokenStartingAt(tokens, candidate.start) : -1;
    const colon = open - 1;
    if (report && open > 0 && tokens[colon].text === ':' && tokens[colon - 1]?.end === report.end && opensThatClause(ctx, report) &&
      (candidate.cue === null || tokens[candidate.cue.start].start < candidate.start)) {
      const joined: Candidate = { ...report, end: candidate.end, kind: 'mixed' };
      // A quotation joined with its continuation keeps its pieces, the first one now opening at the report.
      if (candidate.parts) joined.parts = [[report.start, candidate.parts[0][1]], ...candidate.parts.slice(1)];
      out[out.length - 1] = joined;
      continue;
    }
    out.push(candidate);
  }
  return out;
}

/** Whether a reported candidate in one piece, its cue before it, opens with "that" and a clause (`opensComplement`). */
function opensThatClause(ctx: QuoteContext, report: Candidate): boolean {
  if ((report.kind !== 'indirect' && report.kind !== 'mixed') || report.parts || !report.cue) return false;
  const first = tokenStartingAt(ctx.tokens, report.start);
  return first > report.cue.start && ctx.tokens[first].text === 'that' && opensComplement(ctx, first + 1);
}
