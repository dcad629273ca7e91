// Placeholder until the quote stage lands: see the helper working on src/parser/quotes/.
import type { Entity, Quote } from '../../shared/analysis';
import type { Segmented } from '../segment';

export function findQuotes(_segmented: Segmented, _entities: Entity[]): Quote[] {
  return [];
}
