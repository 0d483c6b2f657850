import type { attributeEntities, AttributeType } from '@shared/domain/attribute';

export type AttributeEntity = (typeof attributeEntities)[number];

export const attributeEntityLabels: Record<AttributeEntity, { singular: string; plural: string }> = {
  contact: { singular: 'Contact', plural: 'Contacts' },
  company: { singular: 'Company', plural: 'Companies' },
  deal: { singular: 'Deal', plural: 'Deals' },
  ticket: { singular: 'Ticket', plural: 'Tickets' },
};

export const attributeTypeLabels: Record<AttributeType, string> = {
  text: 'Text',
  integer: 'Whole number',
  float: 'Decimal number',
  boolean: 'Yes or no',
  date: 'Date',
  datetime: 'Date and time',
  choice: 'One choice',
  multichoice: 'Several choices',
};

export const isChoiceType = (type: AttributeType) => type === 'choice' || type === 'multichoice';
