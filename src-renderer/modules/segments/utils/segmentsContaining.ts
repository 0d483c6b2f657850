import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import { compileSegment, SegmentDefinitionError, segmentNeeds, type SegmentPredicate } from '@shared/domain/segments/compileSegment';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { readSegmentFacts } from './readSegmentFacts';

export type SegmentSummary = { id: string; name: string };

// The saved segments a contact matches now, by name. A segment whose definition can no longer be
// evaluated (say, a deleted attribute) matches nobody rather than breaking the profile.
export async function segmentsContaining(db: OutpostDb, contact: StoredRecord<'contacts'>, typeOf: (field: string) => FilterValueType | undefined): Promise<SegmentSummary[]> {
  const segments = (await db.segments.toArray()).filter((segment) => !segment.deleted);
  const compiled: Array<{ segment: SegmentSummary; matches: SegmentPredicate }> = [];
  const eventNames = new Set<string>();
  let needsDeals = false;
  for (const segment of segments) {
    try {
      compiled.push({ segment: { id: segment.id, name: segment.name }, matches: compileSegment(segment.definition, typeOf) });
    } catch (error) {
      if (error instanceof SegmentDefinitionError) continue;
      throw error;
    }
    const needs = segmentNeeds(segment.definition);
    needs.eventNames.forEach((name) => eventNames.add(name));
    needsDeals ||= needs.deals;
  }
  const facts = await readSegmentFacts(db, contact.id, { eventNames: [...eventNames], deals: needsDeals });
  return compiled
    .filter(({ matches }) => matches(contact, facts))
    .map(({ segment }) => segment)
    .sort((a, b) => a.name.localeCompare(b.name));
}
