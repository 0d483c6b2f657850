import { toMajorUnits, toMinorUnits } from '@shared/domain/deals/dealMoney';
import type { StoredRecord } from '../../../db/rowTypes';
import type { NewDeal } from './dealWrites';

// What the deal form edits: the value in major units as typed, dates as ISO days ('' for none).
export type DealFormValues = {
  title: string;
  value: number | string;
  currency: string;
  pipelineId: string;
  stageId: string;
  expectedCloseDate: string;
  ownerId: string | null;
  companyId: string | null;
  about: string;
};

export function emptyDealFormValues(pipelineId: string, stageId: string, ownerId: string | null, currency = 'EUR'): DealFormValues {
  return { title: '', value: '', currency, pipelineId, stageId, expectedCloseDate: '', ownerId, companyId: null, about: '' };
}

export function dealToFormValues(deal: StoredRecord<'deals'>): DealFormValues {
  return {
    title: deal.title,
    value: toMajorUnits(deal.valueMinor, deal.currency),
    currency: deal.currency,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    ownerId: deal.ownerId,
    companyId: deal.companyId,
    about: deal.about,
  };
}

// An unknown currency code is left for the schema to refuse beside the field.
function minorUnits(value: number | string, currency: string): number {
  const major = typeof value === 'number' ? value : Number(value.replace(',', '.') || 0);
  if (!Number.isFinite(major)) return Number.NaN;
  try {
    return toMinorUnits(major, currency);
  } catch {
    return Math.round(major * 100);
  }
}

export function formValuesToDeal(values: DealFormValues): NewDeal {
  return {
    title: values.title,
    valueMinor: minorUnits(values.value, values.currency),
    currency: values.currency,
    pipelineId: values.pipelineId,
    stageId: values.stageId,
    expectedCloseDate: values.expectedCloseDate || null,
    ownerId: values.ownerId,
    companyId: values.companyId,
    about: values.about,
  };
}

// The fields whose value differs from what the form started with.
export function changedDealFields(values: DealFormValues, initial: DealFormValues): Partial<NewDeal> {
  const now = formValuesToDeal(values);
  const before = formValuesToDeal(initial);
  return Object.fromEntries(Object.entries(now).filter(([key, value]) => value !== before[key as keyof NewDeal])) as Partial<NewDeal>;
}
