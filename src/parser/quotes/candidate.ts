/**
 * A quotation as the finding rules produce it, before its speaker is resolved:
 * token ranges only, so that rules never build strings they may throw away.
 */
import type { QuoteKind } from '../../shared/analysis';
import type { Mention } from './names';

export interface Candidate {
  /** Character offsets of the whole quotation. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Character ranges of the pieces, when the attribution interrupts the quotation. */
  parts?: Array<[number, number]>;
  /** Token range of the reporting verb or phrase. */
  cue: Mention | null;
  /** Token range of the speaker mention; null when the quotation continues the previous speaker. */
  speaker: Mention | null;
  /** The quotation has no source at all ("Carson appears to be slipping"), so it never continues the previous speaker. */
  sourceless?: true;
  /** An interview's answer ("A: ..."): its speaker is the interviewee, whom its label does not name. */
  answer?: true;
  paragraph: number;
}
