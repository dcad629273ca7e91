/**
 * The language knowledge of the quote stage, loaded once from the JSON data
 * beside this file (`cues.json`, `words.json`) into lookup sets, so that the
 * rules read as rules and the word lists can grow without touching code.
 */
import cueData from './cues.json';
import wordData from './words.json';

type CueClass = 'speech' | 'stance';

export interface CueInfo {
  cueClass: CueClass;
  /** The verb names a listener before its content ("told reporters that ..."). */
  objectFirst: boolean;
  /** Prepositions that belong to this verb's cue, not its content ("pointed to", "agreed with"). */
  particles: ReadonlySet<string>;
}

function buildCueTable(): Map<string, CueInfo> {
  const table = new Map<string, CueInfo>();
  const objectFirst = new Set(cueData.objectFirst);
  const particles: Record<string, string[]> = cueData.particles;
  const none = new Set<string>();
  const particlesOf = (lemma: string): ReadonlySet<string> => (particles[lemma] ? new Set(particles[lemma]) : none);
  for (const [lemma, forms] of Object.entries(cueData.speech)) {
    const info: CueInfo = { cueClass: 'speech', objectFirst: objectFirst.has(lemma), particles: particlesOf(lemma) };
    for (const form of forms) table.set(form, info);
  }
  for (const [lemma, forms] of Object.entries(cueData.stance)) {
    const info: CueInfo = { cueClass: 'stance', objectFirst: false, particles: particlesOf(lemma) };
    for (const form of forms) table.set(form, info);
  }
  return table;
}

const CUES = buildCueTable();

/** The reporting-verb information of a word form, or undefined when it is no cue. */
export function cueInfo(word: string): CueInfo | undefined {
  return CUES.get(word.toLowerCase());
}

export const ACCORDING = cueData.according;

const lowerSet = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export const WORDS = {
  personPronouns: lowerSet(wordData.personPronouns),
  groupPronouns: lowerSet(wordData.groupPronouns),
  selfPronouns: lowerSet(wordData.selfPronouns),
  betweenSubjectAndCue: lowerSet(wordData.betweenSubjectAndCue),
  determiners: lowerSet(wordData.determiners),
  nounPhraseJoiners: lowerSet(wordData.nounPhraseJoiners),
  speakerHeads: lowerSet(wordData.speakerHeads),
  anonymousHeads: lowerSet(wordData.anonymousHeads),
  titles: lowerSet(wordData.titles),
  notNames: lowerSet(wordData.notNames),
  adjunctOpeners: lowerSet(wordData.adjunctOpeners),
  timeModifiers: lowerSet(wordData.timeModifiers),
  timeNouns: lowerSet(wordData.timeNouns),
  stanceParticles: lowerSet(wordData.stanceParticles),
  speechParticles: lowerSet(wordData.speechParticles),
  subjectSharingLinks: lowerSet(wordData.subjectSharingLinks),
  clauseBreakers: lowerSet(wordData.clauseBreakers),
  subordinators: lowerSet(wordData.subordinators),
  quantifiers: lowerSet(wordData.quantifiers),
  nounMarkers: lowerSet(wordData.nounMarkers),
  nounsInLy: lowerSet(wordData.nounsInLy),
};

export const ANONYMITY_MARKERS: readonly string[] = wordData.anonymityMarkers;
export const NON_PROSE_PREFIXES: readonly string[] = wordData.nonProsePrefixes;
export const SHORT_LINE_PREFIXES: readonly string[] = wordData.shortLinePrefixes;
export const CAPTION_MARKERS: readonly string[] = wordData.captionMarkers;

/**
 * Whether a word may stand between a subject and its verb: a listed auxiliary or adverb, or any
 * other lower-case adverb in -ly ("Clinton wrongly claimed"), except the nouns that end so ("family").
 */
export function isBetweenSubjectAndCue(word: string): boolean {
  const lower = word.toLowerCase();
  if (WORDS.betweenSubjectAndCue.has(lower)) return true;
  return word === lower && lower.length > 4 && lower.endsWith('ly') && !WORDS.nounsInLy.has(lower);
}

export function isPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  return WORDS.personPronouns.has(lower) || WORDS.groupPronouns.has(lower) || WORDS.selfPronouns.has(lower);
}
