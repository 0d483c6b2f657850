import type { ContactColumn } from '../contactColumns';
import { operatorLabels, operatorsByType } from '../filters/filterTypes';
import { dealOperators, dealsField, eventFieldFor, eventOperators, segmentOperatorLabels } from './segmentConditionTypes';

export type SegmentField =
  | { kind: 'contact'; id: string; label: string; operators: readonly string[]; column: ContactColumn }
  | { kind: 'event'; id: string; label: string; operators: readonly string[]; eventName: string }
  | { kind: 'deals'; id: string; label: string; operators: readonly string[] };

// What a segment condition can ask about: every contact field, each event name seen, and deals.
export function segmentFieldCatalog(columns: readonly ContactColumn[], eventNames: readonly string[]): SegmentField[] {
  return [
    ...columns.map((column): SegmentField => ({ kind: 'contact', id: column.id, label: column.label, operators: operatorsByType[column.type], column })),
    ...eventNames.map((eventName): SegmentField => ({ kind: 'event', id: eventFieldFor(eventName), label: `Event: ${eventName}`, operators: eventOperators, eventName })),
    { kind: 'deals', id: dealsField, label: 'Deals', operators: dealOperators },
  ];
}

export function segmentOperatorLabel(operator: string): string {
  return operatorLabels[operator] ?? segmentOperatorLabels[operator as keyof typeof segmentOperatorLabels] ?? operator;
}
