// Placeholder until the entity stage lands: see the helper working on src/parser/entities/.
import type { Entity } from '../../shared/analysis';
import type { Segmented } from '../segment';

export function recognizeEntities(_segmented: Segmented): Entity[] {
  return [];
}
