/**
 * The language knowledge of the quote stage, loaded once from the JSON data
 * beside this file (`cues.json`, `words.json`, `whole-clause.json`) into lookup sets, so that the
 * rules read as rules and the word lists can grow without touching code.
 */
import cueData from './cues.json';
import wordData from './words.json';
import wholeClauseData from './whole-clause.json';

type CueClass = 'speech' | 'stance';

export interface CueInfo {
  cueClass: CueClass;
  /** The verb names a listener before its content ("told reporters that ..."). */
  objectFirst: boolean;
  /** Prepositions that belong to this verb's cue, not its content ("pointed to", "agreed with"). */
  particles: ReadonlySet<string>;
  /** An infinitive after the verb belongs to its cue ("continued to push for"). */
  infinitiveInCue: boolean;
  /** The verb reports its own clause, subject included, with no source ("Carson appears to be slipping"). */
  evidential: boolean;
  /** The verb does so in the passive ("Trump is expected to speak"). */
  passiveEvidential: boolean;
  /** A short object and the preposition or "that" after it belong to the cue ("took swipes at", "made the case that"). */
  shortObjectInCue: boolean;
}

function buildCueTable(): Map<string, CueInfo> {
  const table = new Map<string, CueInfo>();
  const objectFirst = new Set(cueData.objectFirst);
  const infinitiveInCue = new Set(cueData.infinitiveInCue);
  const evidential = new Set(cueData.evidential);
  const passiveEvidential = new Set(cueData.passiveEvidential);
  const particles: Record<string, string[]> = cueData.particles;
  const none = new Set<string>();
  const infoOf = (cueClass: CueClass, lemma: string): CueInfo => ({
    cueClass,
    objectFirst: cueClass === 'speech' && objectFirst.has(lemma),
    particles: particles[lemma] ? new Set(particles[lemma]) : none,
    infinitiveInCue: infinitiveInCue.has(lemma),
    evidential: evidential.has(lemma),
    passiveEvidential: passiveEvidential.has(lemma),
    shortObjectInCue: false,
  });
  for (const [lemma, forms] of Object.entries(cueData.speech)) {
    const info = infoOf('speech', lemma);
    for (const form of forms) table.set(form, info);
  }
  for (const [lemma, forms] of Object.entries(cueData.stance)) {
    const info = infoOf('stance', lemma);
    for (const form of forms) table.set(form, info);
  }
  return table;
}

const CUES = buildCueTable();

/** The reporting-verb information of a word form, or undefined when it is no cue. */
export function cueInfo(word: string): CueInfo | undefined {
  return CUES.get(word.toLowerCase());
}

const CUE_LEMMAS = new Set([...Object.keys(cueData.speech), ...Object.keys(cueData.stance)]);
/** Endings of a verb form that agrees with a singular subject or is no bare verb ("says", "ordered", "saying"). */
const INFLECTED_ENDINGS = ['s', 'ed', 'ing'];

const PARTICLES_BY_LEMMA: Record<string, string[]> = cueData.particles;

/**
 * Whether `particle` goes with the cue word `word` ("hinted at", "pointed to"), whose form may be unlisted when it is
 * the bare lemma after an evidential ("seemed to [hint] at").
 */
export function isCueParticle(word: string, particle: string): boolean {
  const lower = word.toLowerCase();
  return cueInfo(lower)?.particles.has(particle) === true || PARTICLES_BY_LEMMA[lower]?.includes(particle) === true;
}

/** Whether a cue word is a bare verb form ("say", not "said"): a listed one is its lemma, another has no inflected ending. */
export function isBareForm(word: string): boolean {
  const lower = word.toLowerCase();
  return CUES.has(lower) ? CUE_LEMMAS.has(lower) : !INFLECTED_ENDINGS.some((ending) => lower.endsWith(ending));
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
  postModifiers: lowerSet(wordData.postModifiers),
  nameSuffixes: lowerSet(wordData.nameSuffixes),
  speakerHeads: lowerSet(wordData.speakerHeads),
  anonymousHeads: lowerSet(wordData.anonymousHeads),
  titles: lowerSet(wordData.titles),
  notNames: lowerSet(wordData.notNames),
  adjunctOpeners: lowerSet(wordData.adjunctOpeners),
  interruptedContentOpeners: lowerSet(wordData.interruptedContentOpeners),
  timeModifiers: lowerSet(wordData.timeModifiers),
  timeNouns: lowerSet(wordData.timeNouns),
  stanceParticles: lowerSet(wordData.stanceParticles),
  speechParticles: lowerSet(wordData.speechParticles),
  phrasalParticles: lowerSet(wordData.phrasalParticles),
  speechEventNouns: lowerSet(wordData.speechEventNouns),
  topicVerbs: lowerSet(wordData.topicVerbs),
  standNouns: lowerSet(wordData.standNouns),
  answerWords: lowerSet(wordData.answerWords),
  adjunctOnlyPrepositions: lowerSet(wordData.adjunctOnlyPrepositions),
  subjectSharingLinks: lowerSet(wordData.subjectSharingLinks),
  clauseBreakers: lowerSet(wordData.clauseBreakers),
  contrastOpeners: lowerSet(wordData.contrastOpeners),
  objectPronouns: lowerSet(wordData.objectPronouns),
  contentClauseWords: lowerSet(wordData.contentClauseWords),
  listenerPronouns: lowerSet(wordData.listenerPronouns),
  questionOpeners: lowerSet(wordData.questionOpeners),
  relativeQuestionOpeners: lowerSet(wordData.relativeQuestionOpeners),
  listenerParticles: lowerSet(wordData.listenerParticles),
  surveyNouns: lowerSet(wordData.surveyNouns),
  documentNouns: lowerSet(wordData.documentNouns),
  subordinators: lowerSet(wordData.subordinators),
  adverbialOpeners: lowerSet(wordData.adverbialOpeners),
  linkingConnectives: lowerSet(wordData.linkingConnectives),
  quantifiers: lowerSet(wordData.quantifiers),
  nounMarkers: lowerSet(wordData.nounMarkers),
  adjectiveParticipleMarkers: lowerSet(wordData.adjectiveParticipleMarkers),
  degreeAdverbs: lowerSet(wordData.degreeAdverbs),
  pluralHeads: lowerSet(wordData.pluralHeads),
  hortatives: lowerSet(wordData.hortatives),
  genericPronouns: lowerSet(wordData.genericPronouns),
  namingVerbs: lowerSet(wordData.namingVerbs),
  nameJoiners: lowerSet(wordData.nameJoiners),
  nonReportingPhrasals: lowerSet(wordData.nonReportingPhrasals),
  hortativeAttitudes: lowerSet(wordData.hortativeAttitudes),
  compoundNouns: lowerSet(wordData.compoundNouns),
  possessedNouns: lowerSet(wordData.possessedNouns),
  nounsInLy: lowerSet(wordData.nounsInLy),
  reportingInfinitives: lowerSet(wholeClauseData.reportingInfinitives),
  evidentialAdverbs: lowerSet(wholeClauseData.evidentialAdverbs),
  passiveClauseParticiples: lowerSet(wholeClauseData.passiveClauseParticiples),
  exampleOpeners: lowerSet(wholeClauseData.exampleOpeners),
  beForms: lowerSet(wordData.beForms),
  relativePronouns: lowerSet(wordData.relativePronouns),
  /** Words that end a passive's subject on its left: it starts after them ("a deal that [was rejected by ...]"). */
  passiveSubjectStops: lowerSet(wordData.passiveSubjectStops),
};

/** Fixed expressions that hold a cue word, each as its lower-case words. */
export const SET_PHRASES: ReadonlyArray<readonly string[]> = wordData.setPhrases.map((phrase) => phrase.split(' '));
export const ANONYMITY_MARKERS: readonly string[] = wordData.anonymityMarkers;
/** The markers that also tell a speaking act from its content ("spoke on condition of anonymity"): not those that only describe a source ("familiar with"), which a content may hold ("he is familiar with the plan"). */
export const SPEECH_ANONYMITY_MARKERS: readonly string[] = ANONYMITY_MARKERS.filter((marker) => !wordData.sourceOnlyAnonymityMarkers.includes(marker));
export const NON_PROSE_PREFIXES: readonly string[] = wordData.nonProsePrefixes;
export const SHORT_LINE_PREFIXES: readonly string[] = wordData.shortLinePrefixes;
export const CAPTION_MARKERS: readonly string[] = wordData.captionMarkers;

/**
 * Whether a word may stand between a subject and its verb: a listed auxiliary or adverb, or any
 * other lower-case adverb in -ly ("Clinton wrongly claimed"), except the nouns that end so ("family").
 */
export function isBetweenSubjectAndCue(word: string): boolean {
  return WORDS.betweenSubjectAndCue.has(word.toLowerCase()) || isLyAdverb(word);
}

/** Whether a word is a lower-case adverb in -ly ("wrongly", "squarely"), not one of the nouns that end so ("family"). */
export function isLyAdverb(word: string): boolean {
  return word === word.toLowerCase() && word.length > 4 && word.endsWith('ly') && !WORDS.nounsInLy.has(word);
}

/** A word shaped like a regular plural ("officials", "reporters"; not "press", "focus", "this"). */
export function looksPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word);
}

export function isPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  return WORDS.personPronouns.has(lower) || WORDS.groupPronouns.has(lower) || WORDS.selfPronouns.has(lower);
}
