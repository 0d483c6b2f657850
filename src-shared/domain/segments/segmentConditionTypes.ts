// Segment conditions go beyond the contacts table's filters: besides any contact field they can
// ask what the contact did (events) and what deals it is linked to.

// `event:<name>` asks about events of that name.
export const eventFieldPrefix = 'event:';
export const dealsField = 'deals';

export const eventOperators = ['performedAtLeast', 'notPerformedSince', 'performedWithProperty'] as const;
export type EventOperator = (typeof eventOperators)[number];

export const dealOperators = ['hasOpenDealInPipeline', 'wonDealValueOver'] as const;
export type DealOperator = (typeof dealOperators)[number];

export const segmentOperatorLabels: Record<EventOperator | DealOperator, string> = {
  performedAtLeast: 'performed at least N times in the last D days',
  notPerformedSince: 'has not performed since',
  performedWithProperty: 'performed with property',
  hasOpenDealInPipeline: 'has an open deal in pipeline',
  wonDealValueOver: 'won deal value over',
};

export function eventFieldFor(eventName: string): string {
  return `${eventFieldPrefix}${eventName}`;
}

export function eventNameOf(field: string): string | null {
  return field.startsWith(eventFieldPrefix) ? field.slice(eventFieldPrefix.length) : null;
}

// `at` is the event's instant in ms: its time may carry any offset, so it is compared as a number.
export type SegmentEventFact = { at: number; properties: Record<string, unknown> };
export type SegmentDealFact = { pipelineId: string; status: string; valueMinor: number };

// What the evaluator may ask about one contact beyond its row; read only what `segmentNeeds` lists.
export type SegmentFacts = {
  eventsNamed(name: string): readonly SegmentEventFact[];
  deals(): readonly SegmentDealFact[];
};

export const noSegmentFacts: SegmentFacts = { eventsNamed: () => [], deals: () => [] };
