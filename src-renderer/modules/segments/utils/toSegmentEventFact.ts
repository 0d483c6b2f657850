import type { SegmentEventFact } from '@shared/domain/segments/segmentConditionTypes';
import type { StoredRecord } from '../../../db/rowTypes';

// Product fields count as properties, so "bought product X" is a property condition.
export function toSegmentEventFact(event: StoredRecord<'events'>): SegmentEventFact {
  return { at: Date.parse(event.time), properties: { ...event.properties, productId: event.productId, productName: event.productName, valueMinor: event.valueMinor } };
}
