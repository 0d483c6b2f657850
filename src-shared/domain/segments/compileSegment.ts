import { foldText } from '../../text/foldText';
import { compileFilter } from '../filters/compileFilter';
import type { FilterValueType } from '../filters/filterTypes';
import { operatorsByType } from '../filters/filterTypes';
import type { SegmentCondition, SegmentDefinition } from '../segment';
import { dealsField, eventNameOf, type SegmentFacts } from './segmentConditionTypes';

type Row = Record<string, unknown>;
export type SegmentPredicate = (contact: Row, facts: SegmentFacts) => boolean;

const dayMs = 24 * 60 * 60 * 1000;

export class SegmentDefinitionError extends Error {
  constructor(readonly condition: SegmentCondition, reason: string) {
    super(`The condition on "${condition.field}" (${condition.operator}) ${reason}`);
    this.name = 'SegmentDefinitionError';
  }
}

function numberPair(condition: SegmentCondition): [number, number] {
  const [first, second] = Array.isArray(condition.value) ? condition.value.map(Number) : [];
  if (first === undefined || second === undefined || !Number.isFinite(first) || !Number.isFinite(second)) {
    throw new SegmentDefinitionError(condition, 'needs two numbers');
  }
  return [first, second];
}

// A bare day means the start of that day in UTC, as the contacts filters read dates.
function startOf(condition: SegmentCondition): number {
  const text = String(condition.value ?? '');
  const millis = Date.parse(text.length === 10 ? `${text}T00:00:00.000Z` : text);
  if (Number.isNaN(millis)) throw new SegmentDefinitionError(condition, 'needs a date');
  return millis;
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual === null || actual === undefined) return false;
  return foldText(String(actual)) === foldText(String(expected));
}

// Event times may carry any offset, so they compare as instants, not as text.
function eventPredicate(eventName: string, condition: SegmentCondition, now: number): SegmentPredicate {
  switch (condition.operator) {
    case 'performedAtLeast': {
      const [count, days] = numberPair(condition);
      const since = now - days * dayMs;
      return (_contact, facts) => facts.eventsNamed(eventName).filter((event) => event.at >= since).length >= count;
    }
    case 'notPerformedSince': {
      const since = startOf(condition);
      return (_contact, facts) => !facts.eventsNamed(eventName).some((event) => event.at >= since);
    }
    case 'performedWithProperty': {
      const [key, expected] = Array.isArray(condition.value) ? condition.value : [];
      if (typeof key !== 'string' || !key || expected === undefined) throw new SegmentDefinitionError(condition, 'needs a property name and a value');
      return (_contact, facts) => facts.eventsNamed(eventName).some((event) => sameValue(event.properties[key], expected));
    }
    default:
      throw new SegmentDefinitionError(condition, 'uses an operator events do not have');
  }
}

function dealPredicate(condition: SegmentCondition): SegmentPredicate {
  switch (condition.operator) {
    case 'hasOpenDealInPipeline': {
      const pipelines = new Set((Array.isArray(condition.value) ? condition.value : [condition.value]).map(String));
      return (_contact, facts) => facts.deals().some((deal) => deal.status === 'open' && pipelines.has(deal.pipelineId));
    }
    case 'wonDealValueOver': {
      const threshold = Number(condition.value);
      if (!Number.isFinite(threshold)) throw new SegmentDefinitionError(condition, 'needs an amount');
      return (_contact, facts) => facts.deals().reduce((total, deal) => total + (deal.status === 'won' ? deal.valueMinor : 0), 0) > threshold;
    }
    default:
      throw new SegmentDefinitionError(condition, 'uses an operator deals do not have');
  }
}

function conditionPredicate(condition: SegmentCondition, typeOf: (field: string) => FilterValueType | undefined, now: number): SegmentPredicate {
  const eventName = eventNameOf(condition.field);
  if (eventName) return eventPredicate(eventName, condition, now);
  if (condition.field === dealsField) return dealPredicate(condition);
  const type = typeOf(condition.field);
  if (!type) throw new SegmentDefinitionError(condition, 'is on a field that no longer exists');
  if (!operatorsByType[type].includes(condition.operator)) throw new SegmentDefinitionError(condition, `uses an operator a ${type} field does not have`);
  const matches = compileFilter([condition], typeOf, now);
  return (contact) => matches(contact);
}

function joined(predicates: SegmentPredicate[], join: 'and' | 'or'): SegmentPredicate {
  if (join === 'and') return (contact, facts) => predicates.every((predicate) => predicate(contact, facts));
  return (contact, facts) => predicates.some((predicate) => predicate(contact, facts));
}

// Groups of conditions joined by AND/OR. Empty groups ask nothing; a segment without any
// condition holds every contact. Throws SegmentDefinitionError for a condition it cannot evaluate.
export function compileSegment(definition: SegmentDefinition, typeOf: (field: string) => FilterValueType | undefined, now = Date.now()): SegmentPredicate {
  const groups = definition.groups
    .filter((group) => group.conditions.length > 0)
    .map((group) => joined(group.conditions.map((condition) => conditionPredicate(condition, typeOf, now)), group.join));
  return groups.length === 0 ? () => true : joined(groups, definition.join);
}

export type SegmentNeeds = { eventNames: string[]; eventPropertyNames: string[]; deals: boolean };

// The event names (and those of them a condition asks properties of) and whether deals are
// needed, so a caller reads only those: times alone are far cheaper to read than whole events.
export function segmentNeeds(definition: SegmentDefinition): SegmentNeeds {
  const conditions = definition.groups.flatMap((group) => group.conditions);
  const eventNames = new Set(conditions.flatMap((condition) => eventNameOf(condition.field) ?? []));
  const eventPropertyNames = new Set(conditions.flatMap((condition) => (condition.operator === 'performedWithProperty' ? (eventNameOf(condition.field) ?? []) : [])));
  return { eventNames: [...eventNames], eventPropertyNames: [...eventPropertyNames], deals: conditions.some((condition) => condition.field === dealsField) };
}
