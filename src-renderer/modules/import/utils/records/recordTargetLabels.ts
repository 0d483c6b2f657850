import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { recordImportTargets, type RecordTargetsOf } from '@shared/import/records/recordImportTargets';

// What each column of a companies, deals, tasks or events file can be imported as.
export const recordTargetLabels: { [T in RecordImportType]: Record<RecordTargetsOf<T>, string> } = {
  companies: {
    name: 'Name',
    domain: 'Domain (website)',
    externalId: 'External id',
    industry: 'Industry',
    size: 'Number of employees',
    city: 'City',
    country: 'Country',
    owner: 'Owner (team member name or email)',
    about: 'About (notes)',
  },
  deals: {
    title: 'Title',
    value: 'Value (in the currency)',
    currency: 'Currency',
    pipeline: 'Pipeline (by name)',
    stage: 'Stage (by name)',
    status: 'Status (open, won, lost…)',
    expectedCloseDate: 'Expected close date',
    lostReason: 'Lost reason',
    owner: 'Owner (team member name or email)',
    company: 'Company (found or created by name or domain)',
    contactEmail: 'Contact email',
    contactExternalId: 'Contact external id',
    externalId: 'External id',
    about: 'About (notes)',
  },
  tasks: {
    title: 'Title',
    type: 'Type (call, meeting…)',
    dueAt: 'Due date',
    assignee: 'Assignee (team member name or email)',
    contactEmail: 'Contact email',
    contactExternalId: 'Contact external id',
    company: 'Company (by name or domain)',
    deal: 'Deal (by title or external id)',
    about: 'Notes',
    done: 'Done (yes/no, completed…)',
    completedAt: 'Completed at',
  },
  events: {
    name: 'Event name',
    time: 'Time',
    contactExternalId: 'Contact external id',
    contactEmail: 'Contact email',
    visitorId: 'Anonymous visitor id',
    productId: 'Product id',
    productName: 'Product name',
    value: 'Value (in the currency)',
  },
};

export function recordTargetOptions(type: RecordImportType): Array<{ value: string; label: string }> {
  const labels = recordTargetLabels[type] as Record<string, string>;
  return Object.keys(recordImportTargets[type]).map((target) => ({ value: target, label: labels[target] ?? target }));
}
