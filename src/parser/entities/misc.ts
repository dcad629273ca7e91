/**
 * Splits the tagger's MISC names into the contract's GROUP (nationalities,
 * peoples, faiths, parties: "Chinese", "Republicans"), EVENT ("World Cup"),
 * WORK (titles, publications) and OTHER ("COVID-19"). The cues are data
 * (misc.json); the first cue that applies decides.
 */
import type { EntityType } from '../../shared/analysis';
import data from './misc.json';

const GROUP_WORDS = new Set(data.groupWords);
const GROUP_SUFFIXES = data.groupSuffixes;
const EVENT_WORDS = new Set(data.eventWords);
const WORK_CUES = new Set(data.workCues);

/** Lower case and without accents: the lists are written plain, and news writes "Māori" as well as "Maori". */
function wordsOf(name: string): string[] {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[\s-]+/).filter(Boolean);
}

/** Whether every word of a name names a people, a faith or a party ("Muslims", "Christian Democrats"). */
export function isGroupName(name: string): boolean {
  const words = wordsOf(name);
  return words.length > 0 && words.every((word) => GROUP_WORDS.has(word));
}

/** The contract type of a MISC name, from its words (as written). */
export function miscType(name: string): EntityType {
  const words = wordsOf(name);
  if (words.length === 0) return 'OTHER';
  if (words.some((word) => EVENT_WORDS.has(word)) || /^\d{4}$/.test(words[0])) return 'EVENT';
  if (words.some((word) => WORK_CUES.has(word))) return 'WORK';
  if (isGroupName(name)) return 'GROUP';
  const single = words.length === 1 ? words[0] : '';
  if (single && /^\p{L}+$/u.test(single) && GROUP_SUFFIXES.some((suffix) => single.endsWith(suffix))) return 'GROUP';
  return 'OTHER';
}
