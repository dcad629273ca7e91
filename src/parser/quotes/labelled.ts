/**
 * Lines labelled with their speaker: headlines ("Rubio: ‘You Don’t Win The Nomination ...’",
 * "Clinton: Trump's view of the world is wrong"), transcripts ("KATE SMITH: ...") and interviews
 * ("Q: ...", "A: ..."), whose answers, and the "I" in them, are the interviewee's (speakers.ts).
 * A paragraph that opens with a short name (in the headline, maybe with the topic of its words:
 * "CNN President On Trump: ‘...’") and a colon is, after it, what that name says:
 * a direct quotation when the rest is one span in single marks (headlines quote with single
 * marks, which marks.ts leaves alone as apostrophes), else reported speech, without its final stop.
 */
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { startsUpperCase, type QuoteContext } from './context';
import labelWords from './labels.json';
import standaloneWords from './standalone-quotes.json';
import { nameStartingAt, type Mention } from './names';

/** A label is a name, not a phrase: "Q", "Clinton", "KATE BOLDUAN". */
const MAX_LABEL_TOKENS = 4;
/** Shorter rests are labels of a field ("Source: AP"), not speech. */
const MIN_CONTENT_TOKENS = 3;
const SINGLE_OPENERS = new Set(['\u2018', "'"]);
const SINGLE_CLOSERS = new Set(['\u2019', "'"]);
const FINAL_STOPS = new Set(['.', ';']);
/**
 * Words of labels that head a note or a section, not a speaker's words ("Editor's Note: ...",
 * "CORRECTION: ...", "Contributing: Jane Doe, AP", "Review: ...", "Breaking: ..."): labels.json.
 */
const NOT_SPEAKER_LABELS = new Set(labelWords.notSpeakerLabels);
const QUESTION_LABELS = new Set(labelWords.questionLabels);
const ANSWER_LABELS = new Set(labelWords.answerLabels);
/** A rest of this many commas between capitalised words is a roster of names ("Iowa: Tim Albrecht, Brad Anderson, ..."). */
const MIN_ROSTER_COMMAS = 2;

/** Whether a word of the label heads a note (`NOT_SPEAKER_LABELS`). */
function isNoteLabel(tokens: Token[], label: Mention): boolean {
  for (let t = label.start; t < label.end; t++) if (NOT_SPEAKER_LABELS.has(tokens[t].text.toLowerCase())) return true;
  return false;
}

/** Whether tokens [from, to) list names: every word capitalised (or "and") and at least `MIN_ROSTER_COMMAS` commas. */
function isRoster(tokens: Token[], from: number, to: number): boolean {
  let commas = 0;
  for (let t = from; t < to; t++) {
    const token = tokens[t];
    if (token.text === ',') commas++;
    else if (token.kind === 'word' && !startsUpperCase(token.text) && token.text !== 'and') return false;
  }
  return commas >= MIN_ROSTER_COMMAS;
}

/** Prepositions after which a headline's label names the topic or audience of its speaker's words ("CNN President On Trump: ‘...’"). */
const TOPIC_PREPOSITIONS = new Set(standaloneWords.headlineTopicPrepositions);
/** Most tokens of that topic ("on Hillary Releasing Her Goldman Sachs Speech Transcripts"). */
const MAX_TOPIC_TOKENS = 10;

/**
 * `Gillibrand on Hillary Releasing Her ... Transcripts: ‘I Think She Will.’`, `Clinton to Planned Parenthood: Trump
 * will ...`: in the headline, the name of a label may be followed by the topic or audience of what it says, up to
 * the colon (on PolNeAR train, all 5 such headlines have the rest as a gold quotation). Returns the colon's token,
 * or `nameEnd` when no topic follows the name. Body paragraphs are left alone ("Still to come: results in Ohio").
 */
function headlineTopicEnd(tokens: Token[], nameEnd: number, last: number): number {
  if (!TOPIC_PREPOSITIONS.has(tokens[nameEnd]?.text.toLowerCase() ?? '')) return nameEnd;
  for (let t = nameEnd + 1; t < last && t - nameEnd <= MAX_TOPIC_TOKENS; t++) {
    if (tokens[t].text === ':') return t;
    if (tokens[t].kind === 'punct') break;
  }
  return nameEnd;
}

export type Turn = 'question' | 'answer';

/** The turn a paragraph opening at token `first` is labelled with ("Q:", "A:", capitalised), if any. */
function turnLabel(tokens: Token[], first: number): Turn | null {
  const label = tokens[first];
  if (tokens[first + 1]?.text !== ':' || !startsUpperCase(label.text)) return null;
  const lower = label.text.toLowerCase();
  return QUESTION_LABELS.has(lower) ? 'question' : ANSWER_LABELS.has(lower) ? 'answer' : null;
}

/**
 * The paragraphs of an interview's turns, each with its kind: those that open with a question or an answer
 * label, and the unlabelled ones after them up to the next label (a long answer runs over paragraphs), when the
 * article has turns of both kinds, in paragraph order; else none.
 */
export function interviewTurns(ctx: QuoteContext): Map<number, Turn> {
  const { tokens } = ctx;
  const turns = new Map<number, Turn>();
  let current: Turn | null = null;
  let questions = 0;
  let answers = 0;
  ctx.paragraphTokens.forEach(([first, last], p) => {
    if (last <= first) return;
    const labelled = turnLabel(tokens, first);
    if (labelled === 'question') questions++;
    if (labelled === 'answer') answers++;
    current = labelled ?? current;
    if (current) turns.set(p, current);
  });
  return questions > 0 && answers > 0 ? turns : new Map();
}

/** Labelled lines, the interview's `turns` among them, in the paragraphs that hold no other quotation (`taken`). */
export function findLabelledLines(ctx: QuoteContext, taken: Set<number>, turns: Map<number, Turn>): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  ctx.paragraphTokens.forEach(([first, last], p) => {
    const turn = turns.has(p) ? turnLabel(tokens, first) : null;
    if (taken.has(p) || ctx.nonProse[p] || last - first < MIN_CONTENT_TOKENS + 2) return;
    const speaker = turn ? { start: first, end: first + 1 } : nameStartingAt(tokens, first, Math.min(last, first + MAX_LABEL_TOKENS));
    const colon = speaker && p === 0 && !turn ? headlineTopicEnd(tokens, speaker.end, last) : speaker?.end ?? -1;
    if (!speaker || tokens[colon]?.text !== ':' || !turn && isNoteLabel(tokens, speaker)) return;
    const open = colon + 1;
    // A label with nothing after it ("Dr. Ana Ruiz :" closing the text) says nothing.
    if (last - open < MIN_CONTENT_TOKENS) return;
    const quoted = SINGLE_OPENERS.has(tokens[open].text) && SINGLE_CLOSERS.has(tokens[last - 1].text);
    let end = last;
    while (!quoted && end > open && FINAL_STOPS.has(tokens[end - 1].text)) end--;
    if (end - open < MIN_CONTENT_TOKENS || isRoster(tokens, open, end)) return;
    out.push({
      start: tokens[open].start, end: tokens[end - 1].end, kind: quoted ? 'direct' : 'indirect',
      cue: { start: colon, end: open }, speaker, paragraph: p, ...(turn === 'answer' ? { answer: true as const } : {}),
    });
  });
  return out;
}
