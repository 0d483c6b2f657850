import type { AttributeType } from '../attribute';

// What a filter compares: a custom attribute's type, or one of the contact's special fields.
export type FilterValueType = AttributeType | 'idSet' | 'reference';

export const operatorsByType: Record<FilterValueType, readonly string[]> = {
  text: ['is', 'isNot', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  integer: ['eq', 'lt', 'gt', 'between'],
  float: ['eq', 'lt', 'gt', 'between'],
  date: ['before', 'after', 'inLastDays'],
  datetime: ['before', 'after', 'inLastDays'],
  boolean: ['isTrue', 'isFalse'],
  choice: ['anyOf', 'noneOf'],
  multichoice: ['anyOf', 'noneOf'],
  // Sets of linked ids (tags, lists, companies) and single references (owner).
  idSet: ['anyOf', 'noneOf', 'isEmpty', 'isNotEmpty'],
  reference: ['anyOf', 'noneOf', 'isEmpty', 'isNotEmpty'],
};

export const operatorLabels: Record<string, string> = {
  is: 'is',
  isNot: 'is not',
  contains: 'contains',
  startsWith: 'starts with',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
  eq: '=',
  lt: '<',
  gt: '>',
  between: 'between',
  before: 'before',
  after: 'after',
  inLastDays: 'in the last N days',
  isTrue: 'is yes',
  isFalse: 'is no',
  anyOf: 'is any of',
  noneOf: 'is none of',
};

// Operators that need no value.
export const valuelessOperators = new Set(['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse']);

export type FilterCondition = { field: string; operator: string; value: string | number | boolean | Array<string | number> | null };
