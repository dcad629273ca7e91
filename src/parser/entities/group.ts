/**
 * Stage 2d: one entity per referent. Mentions are grouped by
 *  a. spelling (case aside: "CHINA DAILY" is "China Daily");
 *  b. acronyms defined in the text: "World Health Organization (WHO)" gives the
 *     alias "WHO", and every later "WHO" is the organisation;
 *  c. parts of a person's name: after "Wang Lijun", "Wang" (or "Lijun") is her,
 *     whether the family name comes first ("Wang Lijun" ... "Wang") or last, and
 *     a shorter name that ends a full one is that person ("Bin Laden");
 *  d. definite descriptions: "the commission" after "National Health
 *     Commission" is that organisation (the most recent one with that head noun);
 *  e. nicknames: a name in quotation marks ("Dubbed “Gucci Grace”") is an alias,
 *     and the entity is named by its other mentions ("Grace").
 * Each entity takes the fullest name it is given, in the text's own casing
 * unless it only appears in capitals (a headline or credit: "BEIJING" → "Beijing").
 */
import type { EntityType, TextSpan } from '../../shared/analysis';
import type { Segmented, Token } from '../segment';
import { isNamePrefix, isTitleWord } from './describe';
import { isNameSized } from './limits';
import { tokenStartingAt } from './token-index';
import { firstWhere } from '../../shared/first-where';
import { mapPacked } from '../../shared/map-packed';

export interface TypedMention {
  start: number;
  end: number;
  type: EntityType;
  /** Written in a capitals-only line, so its casing says nothing. */
  capsLine: boolean;
  /** A description standing for the name ("the commission"), never used as the name. */
  descriptive: boolean;
}

/**
 * Every mention is made here, with the same fields in the same order, so the grouping
 * code sees one object shape. With mentions of four shapes (literals with and without
 * `descriptive`, a spread, a map), V8 deoptimised and recompiled `groupMentions` seven
 * times per batch thread over 1,008 documents, about 150 ms each; now, with the arrays it
 * reads made by `mapPacked`, it is compiled once.
 */
export function typedMention(start: number, end: number, type: EntityType, capsLine: boolean, descriptive = false): TypedMention {
  return { start, end, type, capsLine, descriptive };
}

export interface Group {
  type: EntityType;
  mentions: TypedMention[];
  aliases: string[];
  /** A name the article builds rather than writes out ("SUNY Upstate Medical University"). */
  name: string | null;
}

/** Every group is made here, with all its fields from the start (one object shape, as `typedMention`). */
function newGroup(type: EntityType): Group {
  return { type, mentions: [], aliases: [], name: null };
}

const POSSESSIVE_END = /['\u2019]s$/;

/** Longest acronym looked for, in characters ("UNESCO", "U.S.A.", "G20"). */
const MAX_ACRONYM_LENGTH = 10;

/** An acronym: capitals, digits, "&" and "." only, starting with a capital, at least two characters. */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > MAX_ACRONYM_LENGTH || !/^\p{Lu}/u.test(word)) return false;
  for (const ch of word) if (!(ch === '&' || ch === '.' || (ch >= '0' && ch <= '9') || (ch !== ch.toLowerCase()))) return false;
  return true;
}
const NAME_TYPES_WITH_PARTS: ReadonlySet<EntityType> = new Set(['PERSON']);
const DESCRIBABLE_TYPES: ReadonlySet<EntityType> = new Set(['ORG']);

/** A leading article, which a headline or a sentence start may put inside a name ("The Congressional Budget Office"). */
const LEADING_ARTICLE = /^the\s+/i;

/** The spelling that groups mentions: case and a leading article aside. */
function keyOf(text: string, mention: { start: number; end: number }): string {
  return text.slice(mention.start, mention.end).toLowerCase().replace(LEADING_ARTICLE, '');
}

/** Title case for a name seen only in capitals ("CHINA DAILY" → "China Daily"); short acronyms stay ("UN"). */
export function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => (word.length <= 2 && word === word.toUpperCase() ? word : word[0] + word.slice(1).toLowerCase()));
}

/** Lower-case words allowed inside a name ("Group of 20", "Centers for Disease Control and Prevention"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', '&']);
/** Longest name, in tokens, taken from before an acronym. */
const MAX_DEFINED_NAME_TOKENS = 10;

/**
 * Start of the name that "(ACRONYM)" at `open` defines: the capitalised words
 * (and connectors) just before it, back to a word with the acronym's first
 * letter; -1 when there is none.
 */
function definedNameStart(tokens: Token[], open: number, acronym: string): number {
  let found = -1;
  for (let i = open - 1; i >= 0 && open - i <= MAX_DEFINED_NAME_TOKENS; i--) {
    const word = tokens[i].text;
    const capitalised = /^[\p{Lu}\d]/u.test(word);
    if (!capitalised && !NAME_CONNECTORS.has(word)) break;
    if (tokens[i].kind === 'punct' && word !== '&') break;
    if (capitalised && word[0] === acronym[0] && open - i >= 2) found = i;
  }
  return found;
}

/** A word that starts or ends a person's full name, and who owns it. */
interface NamePart {
  /** The person whose full name it is part of; null when several people share it. */
  group: Group | null;
  /** It ends a full name (a family name in most languages, a given name in Chinese order). */
  last: boolean;
  /** Where the first full name with it starts. */
  from: number;
}

/** The words of a mention's name, without the honorifics and titles before it ("Mr. Frankel" → ["Frankel"]). */
function nameWords(text: string, mention: { start: number; end: number }): string[] {
  const words = text.slice(mention.start, mention.end).split(/\s+/);
  let first = 0;
  while (first + 1 < words.length && isNamePrefix(words[first])) first++;
  return words.slice(first);
}

/** A surname's lower-case particle, joined by a hyphen ("al-Bashir", "el-Sisi"), which news copy drops after an honorific ("Mr. Bashir"). */
const PARTICLE_PREFIX = /^\p{Ll}{1,3}-(\p{Lu}\p{L}+)$/u;

/**
 * Merges each person whose every name is the end of one other person's longer name,
 * compared in lower case ("Bin Laden" into "Osama bin Laden", "Hassan al-Bashir" into
 * "Omar Hassan al-Bashir"). A name that ends two people's names is left alone.
 */
function mergeNameEndings(text: string, groups: Group[], merge: (from: Group, into: Group) => void): void {
  const endingsOf = new Map<string, Group | null>();
  const people = groups.filter((group) => NAME_TYPES_WITH_PARTS.has(group.type));
  for (const group of people) {
    for (const mention of group.mentions) {
      const words = mapPacked(nameWords(text, mention), (word) => word.toLowerCase());
      for (let from = 1; from + 1 < words.length; from++) {
        const ending = words.slice(from).join(' ');
        const owner = endingsOf.get(ending);
        endingsOf.set(ending, owner === undefined || owner === group ? group : null);
      }
    }
  }
  for (const group of people) {
    let into: Group | null | undefined;
    for (const mention of group.mentions) {
      const words = nameWords(text, mention);
      const owner = words.length >= 2 ? endingsOf.get(words.join(' ').toLowerCase()) : null;
      if (!owner || owner === group || (into !== undefined && into !== owner)) into = null;
      else into = owner;
      if (into === null) break;
    }
    if (into) merge(group, into);
  }
}

/** Index in `occurrences` (token indices, in text order) of the first token starting at or after `offset`. */
function firstStartingFrom(tokens: Token[], occurrences: number[], offset: number): number {
  return firstWhere(occurrences.length, (i) => tokens[occurrences[i]].start >= offset);
}

export function groupMentions(segmented: Segmented, mentions: TypedMention[]): Group[] {
  const { text, tokens } = segmented;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  /** First group of each spelling whatever its type, for capitals-only mentions whose tagging is least reliable. */
  const byKeyAnyType = new Map<string, Group>();
  const groupOf = new Map<TypedMention, Group>();
  /** Groups by exact spelling of their mentions, for acronyms. */
  const bySpelling = new Map<string, Group[]>();
  const join = (mention: TypedMention, group: Group) => {
    group.mentions.push(mention);
    groupOf.set(mention, group);
  };

  // a. Spelling.
  for (const mention of mentions) {
    const key = keyOf(text, mention);
    let group = byKey.get(`${mention.type}|${key}`);
    if (!group && mention.capsLine) group = byKeyAnyType.get(key);
    if (!group) {
      group = newGroup(mention.type);
      groups.push(group);
      byKey.set(`${mention.type}|${key}`, group);
      if (!byKeyAnyType.has(key)) byKeyAnyType.set(key, group);
    }
    join(mention, group);
    const spelling = text.slice(mention.start, mention.end);
    const spelled = bySpelling.get(spelling) ?? [];
    if (!spelled.includes(group)) spelled.push(group);
    bySpelling.set(spelling, spelled);
  }

  // Token index of each character offset where a token starts, for scanning around mentions.
  /** Token indices by text, built on first use (only acronyms and name parts need it). */
  let tokensByText: Map<string, number[]> | null = null;
  const tokensSpelled = (word: string): number[] => {
    if (!tokensByText) {
      const index = new Map<string, number[]>();
      tokens.forEach((token, i) => {
        const list = index.get(token.text);
        if (list) list.push(i);
        else index.set(token.text, [i]);
      });
      tokensByText = index;
    }
    return tokensByText.get(word) ?? [];
  };
  const covered = new Set<number>();
  const mentionStartingAt = new Map(mentions.map((mention) => [mention.start, mention]));
  const mentionsEndingAt = new Map<number, TypedMention[]>();
  for (const mention of mentions) {
    const list = mentionsEndingAt.get(mention.end);
    if (list) list.push(mention);
    else mentionsEndingAt.set(mention.end, [mention]);
  }
  for (const mention of mentions) {
    for (let i = tokenStartingAt(tokens, mention.start); i >= 0 && i < tokens.length && tokens[i].start < mention.end; i++) covered.add(i);
  }
  const merge = (from: Group, into: Group) => {
    if (from === into) return;
    for (const mention of from.mentions) join(mention, into);
    into.aliases.push(...from.aliases.filter((alias) => !into.aliases.includes(alias)));
    from.mentions = [];
  };
  /**
   * Per word, the offset from which all its occurrences are already claimed (or were
   * covered), so each occurrence is visited once however often the word is claimed.
   */
  const claimedFrom = new Map<string, number>();
  /** Adds uncovered, token-aligned occurrences of `word` after `after` as mentions of `group`. */
  const claimWord = (word: string, after: number, group: Group) => {
    const until = claimedFrom.get(word) ?? Infinity;
    if (after >= until) return;
    claimedFrom.set(word, after);
    const occurrences = tokensSpelled(word);
    for (let k = firstStartingFrom(tokens, occurrences, after); k < occurrences.length && tokens[occurrences[k]].start < until; k++) {
      const i = occurrences[k];
      if (covered.has(i)) continue;
      covered.add(i);
      join(typedMention(tokens[i].start, tokens[i].end, group.type, false), group);
    }
  };

  // b. Acronyms: a name followed by "(ACRONYM)". A name the tagger missed is
  // taken from the capitalised words before the brackets ("Group of 20 (G20)").
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')' || !isAcronym(tokens[i + 1].text)) continue;
    const acronym = tokens[i + 1].text;
    let mention = mentionsEndingAt.get(tokens[i - 1].end)?.find((m) => !m.capsLine);
    if (!mention) {
      const start = definedNameStart(tokens, i, acronym);
      if (start < 0 || !isNameSized(tokens, tokens[start].start, tokens[i - 1].end)) continue;
      let free = true;
      for (let t = start; t < i; t++) free &&= !covered.has(t);
      if (!free) continue;
      mention = typedMention(tokens[start].start, tokens[i - 1].end, 'ORG', false);
      const group = newGroup('ORG');
      groups.push(group);
      join(mention, group);
      for (let t = start; t < i; t++) covered.add(t);
    }
    const group = groupOf.get(mention);
    const name = text.slice(mention.start, mention.end);
    // An acronym spells its name: same first letter, and a name of several words ("Doug Flach (U.S.)" is no definition).
    if (!group || group.type === 'PERSON' || !name.includes(' ') || name[0] !== acronym[0]) continue;
    if (!group.aliases.includes(acronym)) group.aliases.push(acronym);
    for (const other of bySpelling.get(acronym) ?? []) merge(other, group);
    claimWord(acronym, mention.start, group);
    // "State University of New York (SUNY) Upstate Medical University": one name built on the acronym.
    const after = tokens[i + 3];
    const rest = after && after.start === tokens[i + 2].end + 1 ? mentionStartingAt.get(after.start) : undefined;
    const restGroup = rest && groupOf.get(rest);
    if (rest && restGroup && restGroup !== group && restGroup.type === group.type && restGroup.mentions.length === 1 &&
      isNameSized(tokens, mention.start, rest.end)) {
      restGroup.mentions = [];
      group.mentions = group.mentions.filter((m) => m !== mention);
      join(typedMention(mention.start, rest.end, mention.type, mention.capsLine, mention.descriptive), group);
      group.name = `${acronym} ${text.slice(rest.start, rest.end)}`;
    }
  }

  // c. Parts of a person's name. A shorter name that ends a fuller one is that person, case
  // aside ("Bin Laden" at a sentence start, after "Osama bin Laden"). Then the first and last
  // words of each full name are owned by that person unless two people share them (then by
  // no one), and so is a surname without its particle ("Bashir" of "al-Bashir"). Honorifics
  // and titles are no part of it: "Mr. Frankel" is a name of one word, Frankel.
  mergeNameEndings(text, groups, merge);
  const partOwners = new Map<string, NamePart>();
  for (const group of groups) {
    if (!NAME_TYPES_WITH_PARTS.has(group.type)) continue;
    for (const mention of group.mentions) {
      const words = nameWords(text, mention);
      if (words.length < 2) continue;
      const surname = words[words.length - 1];
      const withoutParticle = PARTICLE_PREFIX.exec(surname)?.[1];
      const parts = [[words[0], false], [surname, true]] as Array<[string, boolean]>;
      if (withoutParticle) parts.push([withoutParticle, true]);
      for (const [part, last] of parts) {
        if (part.length < 2 || part[0] === part[0].toLowerCase()) continue;
        const owner = partOwners.get(part);
        if (!owner) partOwners.set(part, { group, last, from: mention.start });
        else if (owner.group !== group) owner.group = null;
        else {
          owner.last ||= last;
          owner.from = Math.min(owner.from, mention.start);
        }
      }
    }
  }
  for (const group of groups) {
    const single = group.mentions.length > 0 && group.mentions.every((m) => nameWords(text, m).length === 1);
    const part = single ? partOwners.get(nameWords(text, group.mentions[0])[0]) : undefined;
    if (!part || part.group === group) continue;
    if (!part.group) {
      // A surname several people share ("Parata" of Hori and Robert Parata) names one of them, which is unknown.
      if (part.last) group.type = 'PERSON';
      continue;
    }
    // A lone surname is that person whatever its tag ("Essid declared", tagged an organisation; CoNLL dev F1
    // +0.3); a lone first word only when tagged as a person or seen only in capitals ("Will", "Ford").
    if (part.last || NAME_TYPES_WITH_PARTS.has(group.type) || group.mentions.every((m) => m.capsLine)) merge(group, part.group);
  }
  // Untagged occurrences of a part are the person too: a last name always, a first
  // word ("Wang" of "Wang Lijun") when the article never writes it in lower case
  // ("Will" may be a verb) and it is no role word ("Former" of a mistagged "Former Wallaby").
  for (const [part, { group, last, from }] of partOwners) {
    if (group && (last || (tokensSpelled(part.toLowerCase()).length === 0 && !isTitleWord(part)))) claimWord(part, from, group);
  }

  // d. Definite descriptions ("the commission"): the organisation most recently
  // named before, among those whose name ends with that head noun.
  const named: Array<{ mention: TypedMention; group: Group; head: string }> = [];
  for (const group of groups) {
    if (!DESCRIBABLE_TYPES.has(group.type)) continue;
    for (const mention of group.mentions) {
      const words = text.slice(mention.start, mention.end).split(' ');
      const head = words[words.length - 1].toLowerCase();
      if (words.length >= 2 && /^\p{L}{3,}$/u.test(head)) named.push({ mention, group, head });
    }
  }
  named.sort((x, y) => x.mention.end - y.mention.end);
  const latestByHead = new Map<string, Group>();
  let next = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (; next < named.length && named[next].mention.end <= tokens[i].start; next++) latestByHead.set(named[next].head, named[next].group);
    if (tokens[i].text.length !== 3 || tokens[i].text.toLowerCase() !== 'the' || covered.has(i + 1)) continue;
    // "the commission's" mentions "the commission".
    const head = tokens[i + 1].text.replace(POSSESSIVE_END, '');
    const owner = latestByHead.get(head);
    const after = tokens[i + 2];
    // Lower case only, and not a title before a name ("the commission President Ann Lee").
    if (!owner || head !== head.toLowerCase() || (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text))) continue;
    join(typedMention(tokens[i].start, tokens[i + 1].start + head.length, owner.type, false, true), owner);
  }

  // e. Nicknames: a name in quotation marks ("Dubbed “Gucci Grace”") is an alias of the entity its other mentions name.
  for (const group of groups) {
    const plain = new Set(group.mentions.filter((mention) => !isNickname(text, mention)).map((mention) => keyOf(text, mention)));
    if (plain.size === 0) continue;
    for (const mention of group.mentions) {
      const spelling = text.slice(mention.start, mention.end);
      // A title quoted once and written plainly elsewhere ("“Scandal”", "Scandal") is no nickname.
      if (isNickname(text, mention) && !plain.has(keyOf(text, mention)) && !group.aliases.includes(spelling)) group.aliases.push(spelling);
    }
  }

  for (const group of groups) group.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return groups.filter((group) => group.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const OPENING_MARKS = new Set(['"', '\u201C', '\u2018', "'", '\u00AB', '\u201E']);
const CLOSING_MARKS = new Set(['"', '\u201D', '\u2019', "'", '\u00BB', '\u201C']);

/** Whether the mention is a whole quotation, as a nickname is written ("Dubbed “Gucci Grace”"). */
function isNickname(text: string, mention: { start: number; end: number }): boolean {
  return OPENING_MARKS.has(text[mention.start - 1] ?? '') && CLOSING_MARKS.has(text[mention.end] ?? '');
}

/** The fullest name of a group, in the text's casing when it has one. */
export function nameOf(text: string, group: Group): string {
  if (group.name) return group.name;
  const names = group.mentions.filter((mention) => !mention.descriptive && !group.aliases.includes(text.slice(mention.start, mention.end)));
  const candidates = names.length > 0 ? names : group.mentions;
  const cased = candidates.filter((mention) => !mention.capsLine);
  const pool = cased.length > 0 ? cased : candidates;
  // The longest name, without an article that only some mentions carry.
  const spellings = pool.map((mention) => text.slice(mention.start, mention.end).replace(/\s+/g, ' '));
  const someWithoutArticle = spellings.some((spelling) => !LEADING_ARTICLE.test(spelling));
  let name = '';
  for (const spelling of spellings) {
    const candidate = someWithoutArticle ? spelling.replace(LEADING_ARTICLE, '') : spelling;
    if (candidate.length > name.length) name = candidate;
  }
  return cased.length > 0 || name !== name.toUpperCase() ? name : titleCase(name);
}

/** The mentions of a group as spans, without repeats and without mentions inside a longer one ("SUNY" inside "State University of New York (SUNY) ..."). */
export function spansOfGroup(text: string, group: Group): TextSpan[] {
  const spans: TextSpan[] = [];
  let reach = -1;
  for (const { start, end } of group.mentions) {
    if (end <= reach) continue;
    reach = end;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}
