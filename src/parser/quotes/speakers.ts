/**
 * Says who each speaker mention is. In order of preference:
 *  1. the entity whose mention overlaps it (its full name and id);
 *  2. a pronoun → the closest compatible entity or earlier speaker before it and outside the
 *     quotation it attributes (he/she → a person, they/it → an organisation or group; "they"
 *     also → a group that spoke unnamed: "officials said ... They said"); "I" stays the writer's;
 *  3. a surname or titled name → the fullest earlier name ending with it ("Wang" → "Wang Lijun");
 *  4. a description ("the commission") → an earlier name with the same head ("Federal Election Commission"),
 *     else the last entity the article describes so ("the president" → "President Barack Obama");
 *  5. an unnamed source ("sources", "an official who asked not to be named") → anonymous, named by its phrase.
 * Words that name no one ("There’s", "Speaking to reporters", "last week") give no speaker at all.
 * A quotation without a mention continues the previous speaker, and points at that speaker's mention.
 */
import type { Entity, EntityType, Speaker } from '../../shared/analysis';
import type { Token } from '../segment';
import { isCapitalized, isWord, type QuoteContext } from './context';
import type { Turn } from './labelled';
import { ANONYMITY_MARKERS, cueInfo, isPronoun, looksPlural, WORDS } from './lexicon';
import { contractedPronoun, endWithAppositive, isPredicateOnly, startWithModifiers, tidyMention } from './mention-span';
import { isAnonymousMention, nameStartingAt, namesNoOne, type Mention } from './names';
import mentionWords from './mention-span.json';
import wordData from './words.json';

const ORG_WORDS = new Set(wordData.orgWords);
const RELATIVE_WORDS = new Set(mentionWords.relativeWords);
/** How many paragraphs a floating quotation may sit after its speaker's last attribution. */
const MAX_FLOATING_DISTANCE = 3;
/** How many earlier names or mentions a pronoun, surname or description may look back over. */
const MAX_LOOKBACK = 400;
/** How far after a mention an anonymity clause may run ("an official, who spoke on condition of anonymity,"). */
const ANONYMITY_WINDOW = 80;

type Kind = 'person' | 'group';

/** The pronoun of a plural speaker, which may stand for a group described, not named ("officials"). */
const PLURAL_PRONOUN = 'they';

/** A capital that only opens the sentence: a determiner or an unnamed source's head ("The", "People familiar with ..."). */
function opensWithCommonWord(phrase: string): boolean {
  const first = phrase.split(' ')[0].toLowerCase();
  return WORDS.determiners.has(first) || WORDS.anonymousHeads.has(first);
}

/** Character offsets of a quotation's content. */
export interface Span {
  start: number;
  end: number;
}

interface Located {
  start: number;
  name: string;
  kind: Kind;
  entityId?: string;
  /** An unnamed source ("officials who were not authorised to speak"), which "they" may take up. */
  anonymous?: true;
}

function entityKind(type: EntityType): Kind | null {
  if (type === 'PERSON') return 'person';
  return type === 'ORG' || type === 'GROUP' ? 'group' : null;
}

function nameKind(name: string): Kind {
  const words = name.toLowerCase().split(' ');
  return words.some((w) => ORG_WORDS.has(w)) ? 'group' : 'person';
}

/**
 * The head noun of an entity's description, lower case: the last word of a title ("Zimbabwe
 * President" → "president"), the noun before a joiner in an appositive ("a spokeswoman for the
 * council" → "spokeswoman").
 */
function descriptionHead(description: string): string {
  const words = description.toLowerCase().split(/\s+/);
  const joiner = words.findIndex((word, i) => i > 0 && WORDS.nounPhraseJoiners.has(word));
  return words[(joiner > 0 ? joiner : words.length) - 1];
}

/** Whether an item lies outside the quotation `content`: a name inside it is what the speaker talks about, never who speaks. */
function outside(content: Span): (item: Located) => boolean {
  return (item) => item.start < content.start || item.start >= content.end;
}

/** Index of the last item whose start is below `offset` (items sorted by start), or -1. */
function lastBefore(items: Located[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The end of a mention's words without a closing relative word ("the only finding [that]"), which PolNeAR keeps in the span. */
function wordsEnd(tokens: Token[], mention: Mention): number {
  return mention.end - mention.start > 1 && RELATIVE_WORDS.has(tokens[mention.end - 1].text.toLowerCase()) ? mention.end - 1 : mention.end;
}

/** The head word of a mention: the last one, or the speaker noun before "for"/"of" ("a spokesman for X") or a post-modifier ("people close to X"). */
function headOf(tokens: Token[], mention: Mention): number {
  const end = wordsEnd(tokens, mention);
  for (let t = mention.start; t + 1 < end; t++) {
    const next = tokens[t + 1].text.toLowerCase();
    if (WORDS.speakerHeads.has(tokens[t].text.toLowerCase()) && (WORDS.nounPhraseJoiners.has(next) || WORDS.postModifiers.has(next))) return t;
  }
  return end - 1;
}

/** The contract's speaker for a resolved name at the local mention `local`. */
function speakerAt(resolved: Located, local: { start: number; end: number }): Speaker {
  return { name: resolved.name, ...(resolved.entityId ? { entityId: resolved.entityId } : {}), ...local };
}

export class SpeakerResolver {
  private readonly entityMentions: Array<Located & { end: number }> = [];
  /** Mentions of multi-word entities under each "kind word" of their names, sorted by start, so that a one-word name finds its fuller form in one lookup. */
  private readonly fullerByWord = new Map<string, Located[]>();
  /** Multi-word names found in the text, for surnames and descriptions when no entity covers them. */
  private readonly names: Located[] = [];
  /** Mentions of the entities the article describes, by the head noun of each description ("president" → Barack Obama's mentions). */
  private readonly describedAs = new Map<string, Located[]>();
  private readonly spoken: Located[] = [];
  /** Speakers named by a plural description and nothing else ("Obama administration officials"), for a later "they". */
  private readonly describedGroups: Located[] = [];

  /** See interviewee(); undefined until asked. */
  private intervieweeFound: Located | null | undefined;
  /** Names in lower case, remembered: a description's head is compared with hundreds of earlier names. */
  private readonly lowerNames = new Map<string, string>();

  /** `turns`: the paragraphs that are an interview's turns (labelled.ts), whose "I" and "you" are its two sides. */
  constructor(private readonly ctx: QuoteContext, entities: Entity[], private readonly turns: ReadonlyMap<number, Turn> = new Map()) {
    for (const entity of entities) {
      const kind = entityKind(entity.type);
      if (!kind) continue;
      for (const m of entity.mentions) this.entityMentions.push({ start: m.start, end: m.end, name: entity.name, kind, entityId: entity.id });
    }
    this.entityMentions.sort((a, b) => a.start - b.start);
    const entityById = new Map(entities.map((entity) => [entity.id, entity]));
    for (const mention of this.entityMentions) {
      for (const description of entityById.get(mention.entityId!)?.descriptions ?? []) {
        const head = descriptionHead(description);
        const list = this.describedAs.get(head);
        if (list) list.push(mention);
        else this.describedAs.set(head, [mention]);
      }
    }
    for (const mention of this.entityMentions) {
      if (!mention.name.includes(' ')) continue;
      for (const word of new Set(mention.name.split(' '))) {
        const key = `${mention.kind} ${word}`;
        const list = this.fullerByWord.get(key);
        if (list) list.push(mention);
        else this.fullerByWord.set(key, [mention]);
      }
    }
    const { tokens } = ctx;
    for (let t = 0; t < tokens.length; t++) {
      if (!isCapitalized(tokens[t])) continue;
      const found = nameStartingAt(tokens, t, tokens.length);
      if (!found) continue;
      const name = this.plainName(found);
      if (name.includes(' ')) this.names.push({ start: tokens[found.start].start, name, kind: nameKind(name) });
      t = found.end - 1;
    }
  }

  /** `name` in lower case, lowered once per distinct name (`lowerNames`). */
  private lowerName(name: string): string {
    let lower = this.lowerNames.get(name);
    if (lower === undefined) this.lowerNames.set(name, (lower = name.toLowerCase()));
    return lower;
  }

  /** The mention's text without leading titles ("Sen. Ted Cruz" → "Ted Cruz"). */
  private plainName(mention: Mention): string {
    const { tokens } = this.ctx;
    let start = mention.start;
    // A title with its complement stays whole ("Secretary of State Madeleine Albright", not "of State Madeleine Albright").
    while (start + 1 < mention.end && (WORDS.titles.has(tokens[start].text.toLowerCase()) && !isWord(tokens[start + 1], 'of') || tokens[start].text === '.')) start++;
    return this.ctx.text.slice(tokens[start].start, tokens[mention.end - 1].end);
  }

  /** The entity mentioned by the phrase's head, its last word ("Podesta employees" is not Podesta). */
  private entityAtHead(headStart: number, headEnd: number): (Located & { end: number }) | undefined {
    const i = lastBefore(this.entityMentions, headEnd);
    for (let j = i; j >= 0 && j > i - 8; j--) {
      const m = this.entityMentions[j];
      if (m.start <= headStart && m.end >= headEnd) return m;
    }
    return undefined;
  }

  /** An entity known only by one word ("Wang") yields to an earlier entity of the same kind whose name contains it ("Wang Lijun"). */
  private fullerEntity(entity: Located | undefined, start: number): Located | undefined {
    if (!entity || entity.name.includes(' ')) return entity;
    const candidates = this.fullerByWord.get(`${entity.kind} ${entity.name}`);
    return candidates?.[lastBefore(candidates, start)] ?? entity;
  }

  /** The closest item before `offset` that `accept`s, among the last MAX_LOOKBACK ones (keeps resolution linear). */
  private nearest(list: Located[], offset: number, accept: (item: Located) => boolean): Located | undefined {
    const last = lastBefore(list, offset);
    for (let j = last; j >= 0 && last - j < MAX_LOOKBACK; j--) if (accept(list[j])) return list[j];
    return undefined;
  }

  private resolvePronoun(lower: string, start: number, content: Span): Located | undefined {
    const kind: Kind | null = WORDS.personPronouns.has(lower) ? 'person' : WORDS.groupPronouns.has(lower) ? 'group' : null;
    // "I" and "you" outside a quotation are the writer and the reader, whom the text never names.
    if (!kind) return undefined;
    // A name inside the quotation is what the speaker talks about, never who speaks
    // ("… in Congress, …, they said" is not Congress).
    const compatible = (item: Located): boolean => item.kind === kind && outside(content)(item);
    // The closest of a name in the text, an earlier speaker and, for "they", a group that spoke
    // ("Obama administration officials said ... They said ...").
    const candidates = [
      this.nearest(this.entityMentions, start, compatible),
      this.nearest(this.spoken, start, compatible),
      lower === PLURAL_PRONOUN ? this.nearest(this.describedGroups, start, compatible) : undefined,
    ];
    let closest: Located | undefined;
    for (const candidate of candidates) if (candidate && (!closest || candidate.start > closest.start)) closest = candidate;
    return closest;
  }

  /** "an official" + " who asked not to be named": the clause up to the next punctuation or cue, when it asks for anonymity. */
  private withAnonymityClause(mention: Mention, phrase: string): string {
    const { tokens, text } = this.ctx;
    const limit = tokens[mention.end - 1].end + ANONYMITY_WINDOW;
    // The clause may be set off by a comma ("an official, who asked not to be named, said").
    const open = tokens[mention.end]?.text === ',' && isWord(tokens[mention.end + 1], 'who') ? mention.end + 1 : mention.end;
    let t = open;
    // The clause's own verb ("who asked not to be named") follows "who" at once; a later cue is the attribution's.
    while (t < tokens.length && tokens[t].end <= limit && tokens[t].kind !== 'punct' &&
      !(t > open + 1 && cueInfo(tokens[t].text)?.cueClass === 'speech')) t++;
    if (t === open) return phrase;
    const clause = text.slice(tokens[mention.end - 1].end, tokens[t - 1].end);
    const lower = clause.toLowerCase();
    return ANONYMITY_MARKERS.some((marker) => lower.includes(marker)) ? phrase + clause : phrase;
  }

  /** Resolves one speaker mention (a token range) of the quotation spanning `content` into the contract's Speaker; null when its words name no one. */
  resolve(attributed: Mention, content: Span, cue: Mention | null = null): Speaker | null {
    const { tokens, text } = this.ctx;
    const mention = tidyMention(tokens, attributed);
    if (namesNoOne(tokens, mention) || isPredicateOnly(tokens, mention)) return null;
    const start = tokens[mention.start].start;
    // "He’s saying": the pronoun alone is the speaker.
    const pronoun = mention.end - mention.start === 1 ? contractedPronoun(tokens[mention.start].text) : null;
    const end = pronoun ? start + pronoun.length : tokens[mention.end - 1].end;
    const phrase = text.slice(start, end);
    const head = tokens[headOf(tokens, mention)];
    const named = this.entityAtHead(head.start, head.end);
    // The entity's mention may run on past the words the rules gave ("said Robert M[. Danin]"): the whole name is the mention.
    const local = named ? { start: Math.min(start, named.start), end: Math.max(end, named.end) } : { start, end };
    // "said the Washington Post", "Huma Abedin, vice chairwoman for Clinton’s campaign, said": the words around a name
    // that PolNeAR takes into its mention, though not into the name shown, unless they are the quotation's.
    const modifiedStart = tokens[startWithModifiers(tokens, mention.start)].start;
    if (modifiedStart < local.start && !(modifiedStart < content.end && local.start > content.start)) local.start = modifiedStart;
    const withAppositive = endWithAppositive(tokens, mention, cue);
    const appositiveEnd = tokens[withAppositive - 1].end;
    if (withAppositive > mention.end && appositiveEnd > local.end && !(local.end < content.end && appositiveEnd > content.start)) local.end = appositiveEnd;
    // In an interview, "I" answering and "you" asked are the interviewee.
    const turn = this.turns.get(this.ctx.paragraphOf[mention.start]);
    const lowerPhrase = phrase.toLowerCase();
    if (mention.end - mention.start === 1 && (turn === 'answer' && lowerPhrase === 'i' || turn === 'question' && lowerPhrase === 'you')) {
      const who = this.interviewee();
      if (who) return speakerAt(who, local);
    }
    const entity = this.fullerEntity(named, start);
    let resolved: Located | undefined = entity;
    if (resolved) {
      // The entity stage already knows who this is.
    } else if (mention.end - mention.start === 1 && isPronoun(phrase)) {
      resolved = this.resolvePronoun(phrase.toLowerCase(), start, content);
    } else if (isCapitalized(tokens[mention.start]) && !opensWithCommonWord(phrase)) {
      const name = this.plainName(mention);
      const full = name.includes(' ') ? undefined
        : this.nearest(this.names, start, (item) => item.kind === 'person' && item.name.split(' ').includes(name)) ??
          this.nearest(this.names, start, (item) => item.name.endsWith(` ${name}`));
      resolved = full ?? { start, name, kind: nameKind(name) };
    } else {
      const headWord = head.text.toLowerCase();
      const plural = looksPlural(headWord);
      if (isAnonymousMention(tokens, mention)) {
        const name = this.withAnonymityClause(mention, phrase);
        if (plural) this.describedGroups.push({ start, name, kind: 'group', anonymous: true });
        return { name, ...local, anonymous: true };
      }
      const lastWord = ` ${headWord}`;
      const sameHead = (item: Located): boolean => this.lowerName(item.name).endsWith(lastWord);
      const describedSo = this.describedAs.get(headWord);
      resolved = this.nearest(this.entityMentions, start, sameHead) ?? this.nearest(this.names, start, sameHead) ??
        (describedSo && this.nearest(describedSo, start, outside(content)));
      if (!resolved) {
        const name = text.slice(start, tokens[wordsEnd(tokens, mention) - 1].end);
        if (plural) this.describedGroups.push({ start, name, kind: 'group' });
        return { name, ...local };
      }
    }
    if (!resolved) return { name: phrase, ...local };
    if (resolved.anonymous) return { name: resolved.name, ...local, anonymous: true };
    this.spoken.push({ ...resolved, start });
    return speakerAt(resolved, local);
  }

  /** The speaker of an interview's answer, labelled `label` ("A"): the interviewee, or the label itself when the article names no one. */
  answerSpeaker(label: Mention): Speaker {
    const { tokens, text } = this.ctx;
    const local = { start: tokens[label.start].start, end: tokens[label.end - 1].end };
    const who = this.interviewee();
    return who ? speakerAt(who, local) : { name: text.slice(local.start, local.end), ...local };
  }

  /**
   * Whom an interview questions: the person the article names most often before its first turn, where it
   * introduces them (the first of them on a tie); failing that, the first person it names after. Found once.
   */
  private interviewee(): Located | null {
    if (this.intervieweeFound !== undefined) return this.intervieweeFound;
    // Turns come in paragraph order (labelled.ts): the first key is the first turn.
    const first: number | undefined = this.turns.keys().next().value;
    const firstTurn = first === undefined ? 0 : this.ctx.tokens[this.ctx.paragraphTokens[first][0]].start;
    const counts = new Map<string, number>();
    let best: Located | null = null;
    let bestCount = 0;
    for (const mention of this.entityMentions) {
      if (mention.kind !== 'person') continue;
      if (mention.start >= firstTurn) {
        best ??= mention;
        break;
      }
      const count = (counts.get(mention.name) ?? 0) + 1;
      counts.set(mention.name, count);
      if (count > bestCount) [best, bestCount] = [mention, count];
    }
    this.intervieweeFound = best;
    return best;
  }

  /** The speaker of a quotation with no mention: the previous one, when it is close enough. */
  continuing(previous: { speaker: Speaker | null; paragraph: number } | undefined, paragraph: number): Speaker | null {
    if (!previous?.speaker || paragraph - previous.paragraph > MAX_FLOATING_DISTANCE) return null;
    // The attribution a continuing quotation uses is the previous one, so its mention is the local one too.
    return { ...previous.speaker };
  }
}
