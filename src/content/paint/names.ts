/**
 * The names under which Whosaid registers its highlights in `CSS.highlights`.
 * One Highlight per visual class (not per item), all prefixed `whosaid-` so they
 * cannot collide with the page's own highlights. The stylesheet and the painter
 * both take their names from here.
 */
import type { EntityType, QuoteKind } from '../../shared/analysis';

export const PREFIX = 'whosaid-';

/** Direct speech (and mixed and pull quotes, which carry the speaker's words) is tinted fully; reported speech lighter. */
export type QuoteStyle = 'direct' | 'reported';

export function quoteStyleOf(kind: QuoteKind): QuoteStyle {
  return kind === 'indirect' ? 'reported' : 'direct';
}

/** `slot` is the speaker's palette slot; null for unattributed and anonymous quotes (neutral tint). */
export function quoteHighlightName(style: QuoteStyle, slot: number | null): string {
  return `${PREFIX}quote-${style}-${slot === null ? 'none' : slot}`;
}

export function entityHighlightName(type: EntityType): string {
  return `${PREFIX}entity-${type.toLowerCase()}`;
}

/** The item moved to with the keyboard or jumped to from the popup. */
export const ACTIVE_HIGHLIGHT = `${PREFIX}active`;

/** Paint order: entity underlines above quote tints, the active item above both. */
export const PRIORITY = { quote: 1, entity: 2, active: 3 } as const;
