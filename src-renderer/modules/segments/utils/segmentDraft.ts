import type { SegmentCondition, SegmentDefinition } from '@shared/domain/segment';
import { isConditionComplete } from '@shared/domain/segments/isConditionComplete';

type Join = SegmentDefinition['join'];

// Immutable edits of a segment definition, as the builder makes them.

export function newSegmentDefinition(): SegmentDefinition {
  return { join: 'and', groups: [{ join: 'and', conditions: [] }] };
}

export function setSegmentJoin(definition: SegmentDefinition, join: Join): SegmentDefinition {
  return { ...definition, join };
}

export function addSegmentGroup(definition: SegmentDefinition): SegmentDefinition {
  return { ...definition, groups: [...definition.groups, { join: 'and', conditions: [] }] };
}

export function removeSegmentGroup(definition: SegmentDefinition, groupIndex: number): SegmentDefinition {
  return { ...definition, groups: definition.groups.filter((_group, index) => index !== groupIndex) };
}

export function setGroupJoin(definition: SegmentDefinition, groupIndex: number, join: Join): SegmentDefinition {
  return { ...definition, groups: definition.groups.map((group, index) => (index === groupIndex ? { ...group, join } : group)) };
}

export function addGroupCondition(definition: SegmentDefinition, groupIndex: number, condition: SegmentCondition): SegmentDefinition {
  return {
    ...definition,
    groups: definition.groups.map((group, index) => (index === groupIndex ? { ...group, conditions: [...group.conditions, condition] } : group)),
  };
}

export function replaceGroupCondition(definition: SegmentDefinition, groupIndex: number, conditionIndex: number, condition: SegmentCondition): SegmentDefinition {
  return {
    ...definition,
    groups: definition.groups.map((group, index) =>
      index === groupIndex ? { ...group, conditions: group.conditions.map((current, at) => (at === conditionIndex ? condition : current)) } : group,
    ),
  };
}

export function removeGroupCondition(definition: SegmentDefinition, groupIndex: number, conditionIndex: number): SegmentDefinition {
  return {
    ...definition,
    groups: definition.groups.map((group, index) => (index === groupIndex ? { ...group, conditions: group.conditions.filter((_condition, at) => at !== conditionIndex) } : group)),
  };
}

// What the builder counts and saves: the conditions the user has finished.
export function withFinishedConditions(definition: SegmentDefinition): SegmentDefinition {
  return { ...definition, groups: definition.groups.map((group) => ({ ...group, conditions: group.conditions.filter(isConditionComplete) })) };
}
