/**
 * Stage 2d: one entity per referent. Mentions are grouped by
 *  a. spelling (case aside: "CHINA DAILY" is "China Daily");
 *  b. acronyms defined in the text: "World Health Organization (WHO)" gives the
 *     alias "WHO", and every later "WHO" is the organisation;
 *  c. parts of a person's name: after "Li Mingzhu", "Li" (or "Mingzhu") is her;
 *  d. definite descriptions: "the commission" after "National Health
 *     Commission" is that organisation (the most recent one with that head noun).
 * Each entity takes the fullest name it is given, in the text's own casing
 * unless it only appears in capitals (a headline or credit: "BEIJING" → "Beijing").
 */
import type { EntityType, TextSpan } from '../../shared/analysis';
import type { Segmented } from '../segment';

export interface TypedMention {
  start: number;
  end: number;
  type: EntityType;
  /** Written in a capitals-only line, so its casing says nothing. */
  capsLine: boolean;
  /** A description standing for the name ("the commission"), never used as the name. */
  descriptive?: boolean;
}

export interface Group {
  type: EntityType;
  mentions: TypedMention[];
  aliases: string[];
}

const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.]*\p{Lu}[\p{Lu}\d&.]*$|^\p{Lu}[\p{Lu}\d&.]*\d$/u;
const NAME_TYPES_WITH_PARTS: ReadonlySet<EntityType> = new Set(['PERSON']);
const DESCRIBABLE_TYPES: ReadonlySet<EntityType> = new Set(['ORG']);

function keyOf(text: string, mention: { start: number; end: number }): string {
  return text.slice(mention.start, mention.end).toLowerCase();
}

/** Title case for a name seen only in capitals ("CHINA DAILY" → "China Daily"); short acronyms stay ("UN"). */
export function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => (word.length <= 2 && word === word.toUpperCase() ? word : word[0] + word.slice(1).toLowerCase()));
}

export function groupMentions(segmented: Segmented, mentions: TypedMention[]): Group[] {
  const { text, tokens } = segmented;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  /** First group of each spelling whatever its type, for capitals-only mentions whose tagging is least reliable. */
  const byKeyAnyType = new Map<string, Group>();
  const groupOf = new Map<TypedMention, Group>();
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
      group = { type: mention.type, mentions: [], aliases: [] };
      groups.push(group);
      byKey.set(`${mention.type}|${key}`, group);
      if (!byKeyAnyType.has(key)) byKeyAnyType.set(key, group);
    }
    join(mention, group);
  }

  // Token index of each character offset where a token starts, for scanning around mentions.
  const tokenAt = new Map<number, number>();
  const tokensByText = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    tokenAt.set(token.start, i);
    const list = tokensByText.get(token.text);
    if (list) list.push(i);
    else tokensByText.set(token.text, [i]);
  });
  const covered = new Set<number>();
  for (const mention of mentions) for (let i = tokenAt.get(mention.start) ?? -1; i >= 0 && i < tokens.length && tokens[i].start < mention.end; i++) covered.add(i);
  const merge = (from: Group, into: Group) => {
    if (from === into) return;
    for (const mention of from.mentions) join(mention, into);
    into.aliases.push(...from.aliases.filter((alias) => !into.aliases.includes(alias)));
    from.mentions = [];
  };
  /** Adds uncovered, token-aligned occurrences of `word` after `after` as mentions of `group`. */
  const claimWord = (word: string, after: number, group: Group) => {
    for (const i of tokensByText.get(word) ?? []) {
      if (tokens[i].start < after || covered.has(i)) continue;
      covered.add(i);
      join({ start: tokens[i].start, end: tokens[i].end, type: group.type, capsLine: false }, group);
    }
  };

  // b. Acronyms: a name followed by "(ACRONYM)".
  for (const mention of mentions) {
    let i = tokenAt.get(mention.start) ?? -1;
    while (i >= 0 && i < tokens.length && tokens[i].end <= mention.end) i++;
    if (i < 0 || tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !ACRONYM.test(tokens[i + 1].text)) continue;
    const acronym = tokens[i + 1].text;
    const group = groupOf.get(mention);
    const name = text.slice(mention.start, mention.end);
    // An acronym spells its name: same first letter, and a name of several words ("Doug Flach (U.S.)" is no definition).
    if (!group || group.type === 'PERSON' || mention.capsLine || !name.includes(' ') || name[0] !== acronym[0]) continue;
    if (!group.aliases.includes(acronym)) group.aliases.push(acronym);
    for (const other of groups) if (other !== group && other.mentions.some((m) => text.slice(m.start, m.end) === acronym)) merge(other, group);
    claimWord(acronym, mention.start, group);
  }

  // c. Parts of a person's name.
  const partOwners = new Map<string, Group | null>();
  for (const group of groups) {
    if (!NAME_TYPES_WITH_PARTS.has(group.type)) continue;
    for (const mention of group.mentions) {
      const words = text.slice(mention.start, mention.end).split(' ');
      if (words.length < 2) continue;
      for (const part of [words[0], words[words.length - 1]]) {
        if (part.length < 2 || part[0] === part[0].toLowerCase()) continue;
        const owner = partOwners.get(part);
        partOwners.set(part, owner === undefined || owner === group ? group : null);
      }
    }
  }
  for (const group of groups) {
    const single = group.mentions.length > 0 && group.mentions.every((m) => !text.slice(m.start, m.end).includes(' '));
    // Only a lone name tagged as a person, or seen only in capitals, is taken for part of a person's name.
    if (!single || !(NAME_TYPES_WITH_PARTS.has(group.type) || group.mentions.every((m) => m.capsLine))) continue;
    const owner = partOwners.get(text.slice(group.mentions[0].start, group.mentions[0].end));
    if (owner && owner !== group) merge(group, owner);
  }
  for (const [part, owner] of partOwners) {
    const words = owner?.mentions.map((m) => text.slice(m.start, m.end).split(' ')) ?? [];
    if (!owner || !words.some((w) => w[w.length - 1] === part)) continue;
    claimWord(part, Math.min(...owner.mentions.map((m) => m.start)), owner);
  }

  // d. Definite descriptions ("the commission").
  const headOwners = new Map<string, Group[]>();
  for (const group of groups) {
    if (!DESCRIBABLE_TYPES.has(group.type)) continue;
    for (const mention of group.mentions) {
      const words = text.slice(mention.start, mention.end).split(' ');
      const head = words[words.length - 1].toLowerCase();
      if (words.length < 2 || !/^\p{L}{3,}$/u.test(head)) continue;
      const owners = headOwners.get(head) ?? [];
      if (!owners.includes(group)) owners.push(group);
      headOwners.set(head, owners);
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text.toLowerCase() !== 'the' || covered.has(i + 1)) continue;
    const head = tokens[i + 1].text;
    const owners = headOwners.get(head);
    const next = tokens[i + 2];
    if (!owners || head !== head.toLowerCase() || (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text))) continue;
    // The organisation most recently named before this point.
    let owner: Group | null = null;
    let latest = -1;
    for (const group of owners) {
      for (const mention of group.mentions) {
        if (!mention.descriptive && mention.end <= tokens[i].start && mention.start > latest) {
          latest = mention.start;
          owner = group;
        }
      }
    }
    if (!owner) continue;
    join({ start: tokens[i].start, end: tokens[i + 1].end, type: owner.type, capsLine: false, descriptive: true }, owner);
  }

  for (const group of groups) group.mentions.sort((a, b) => a.start - b.start);
  return groups.filter((group) => group.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The fullest name of a group, in the text's casing when it has one. */
export function nameOf(text: string, group: Group): string {
  const names = group.mentions.filter((mention) => !mention.descriptive && !group.aliases.includes(text.slice(mention.start, mention.end)));
  const candidates = names.length > 0 ? names : group.mentions;
  const cased = candidates.filter((mention) => !mention.capsLine);
  const pool = cased.length > 0 ? cased : candidates;
  let best = pool[0];
  for (const mention of pool) if (mention.end - mention.start > best.end - best.start) best = mention;
  const name = text.slice(best.start, best.end).replace(/\s+/g, ' ');
  return cased.length > 0 ? name : titleCase(name);
}

export function spansOfGroup(text: string, group: Group): TextSpan[] {
  const seen = new Set<string>();
  const spans: TextSpan[] = [];
  for (const { start, end } of group.mentions) {
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}
