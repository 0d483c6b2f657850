// How a cell is read: each kind has its coercion in ./coerceRecordCell.
export type RecordCellKind = 'text' | 'about' | 'email' | 'country' | 'domain' | 'integer' | 'money' | 'currency' | 'date' | 'datetime' | 'dealStatus' | 'taskType' | 'done';

// Names a row gives for another record, resolved to ids when the row is planned.
export const recordRefs = ['owner', 'pipeline', 'stage', 'company', 'deal', 'contactEmail', 'contactExternalId', 'visitorId'] as const;
export type RecordRef = (typeof recordRefs)[number];

// A column's destination: a field of the record, or a reference to resolve; synonyms are header
// spellings of common exports (HubSpot, Salesforce, Pipedrive, spreadsheets), best first.
export type RecordTargetSpec = { kind: RecordCellKind; field?: string; ref?: RecordRef; synonyms: readonly string[] };

const owner = (synonyms: readonly string[]): RecordTargetSpec => ({ kind: 'text', ref: 'owner', synonyms });
const contactEmail: RecordTargetSpec = { kind: 'email', ref: 'contactEmail', synonyms: ['Contact Email', 'Associated Contact Email', 'Contact E-mail', 'Email', 'E-mail', 'Email Address'] };
const contactExternalId: RecordTargetSpec = { kind: 'text', ref: 'contactExternalId', synonyms: ['Contact External ID', 'Contact ID', 'Associated Contact ID'] };
const company = (synonyms: readonly string[]): RecordTargetSpec => ({ kind: 'text', ref: 'company', synonyms });

export const recordImportTargets = {
  companies: {
    name: { kind: 'text', field: 'name', synonyms: ['Company Name', 'Name', 'Company', 'Account Name', 'Organization', 'Organisation', 'Organization Name', 'Firma'] },
    domain: { kind: 'domain', field: 'domain', synonyms: ['Domain', 'Company Domain Name', 'Company Domain', 'Website', 'Website URL', 'Web', 'URL', 'Homepage'] },
    externalId: { kind: 'text', field: 'externalId', synonyms: ['External ID', 'Record ID', 'Company ID', 'Account ID', 'ID'] },
    industry: { kind: 'text', field: 'industry', synonyms: ['Industry', 'Sector', 'Branche'] },
    size: { kind: 'integer', field: 'size', synonyms: ['Number of Employees', 'Employees', 'Company Size', 'Size', 'Headcount'] },
    city: { kind: 'text', field: 'city', synonyms: ['City', 'Billing City', 'Town', 'Stadt', 'Ort'] },
    country: { kind: 'country', field: 'country', synonyms: ['Country', 'Country/Region', 'Billing Country', 'Land'] },
    owner: owner(['Company owner', 'Account Owner', 'Owner']),
    about: { kind: 'about', field: 'about', synonyms: ['Description', 'About', 'Notes', 'About Us'] },
  },
  deals: {
    title: { kind: 'text', field: 'title', synonyms: ['Deal Name', 'Deal Title', 'Title', 'Deal', 'Opportunity Name', 'Name'] },
    value: { kind: 'money', field: 'valueMinor', synonyms: ['Amount', 'Value', 'Deal Value', 'Deal Amount', 'Opportunity Amount'] },
    currency: { kind: 'currency', field: 'currency', synonyms: ['Currency', 'Deal Currency Code', 'Deal Currency', 'Currency Code', 'Opportunity Currency'] },
    pipeline: { kind: 'text', ref: 'pipeline', synonyms: ['Pipeline', 'Deal Pipeline', 'Sales Pipeline'] },
    stage: { kind: 'text', ref: 'stage', synonyms: ['Deal Stage', 'Stage', 'Pipeline Stage', 'Opportunity Stage'] },
    status: { kind: 'dealStatus', field: 'status', synonyms: ['Status', 'Deal Status', 'Outcome'] },
    expectedCloseDate: { kind: 'date', field: 'expectedCloseDate', synonyms: ['Close Date', 'Expected Close Date', 'Closing Date', 'Close'] },
    lostReason: { kind: 'text', field: 'lostReason', synonyms: ['Closed Lost Reason', 'Lost Reason', 'Loss Reason'] },
    owner: owner(['Deal owner', 'Opportunity Owner', 'Owner']),
    company: company(['Company', 'Associated Company', 'Company Name', 'Account Name', 'Company Domain', 'Organization']),
    contactEmail,
    contactExternalId,
    externalId: { kind: 'text', field: 'externalId', synonyms: ['External ID', 'Record ID', 'Deal ID', 'Opportunity ID', 'ID'] },
    about: { kind: 'about', field: 'about', synonyms: ['Description', 'Deal Description', 'Notes', 'About'] },
  },
  tasks: {
    title: { kind: 'text', field: 'title', synonyms: ['Subject', 'Title', 'Task', 'Task Title', 'Task Subject', 'Name'] },
    type: { kind: 'taskType', field: 'type', synonyms: ['Type', 'Task Type', 'Activity Type'] },
    dueAt: { kind: 'datetime', field: 'dueAt', synonyms: ['Due Date', 'Due', 'Due At', 'Deadline', 'Due Date and Time'] },
    assignee: owner(['Assignee', 'Assigned To', 'Task Owner', 'Assigned', 'Owner']),
    contactEmail,
    contactExternalId,
    company: company(['Company', 'Company Name', 'Associated Company', 'Account Name']),
    deal: { kind: 'text', ref: 'deal', synonyms: ['Deal', 'Deal Name', 'Associated Deal', 'Opportunity'] },
    about: { kind: 'about', field: 'about', synonyms: ['Notes', 'Body', 'Description', 'Comments', 'Task Notes'] },
    done: { kind: 'done', synonyms: ['Status', 'Done', 'Completed', 'Task Status', 'Complete'] },
    completedAt: { kind: 'datetime', field: 'completedAt', synonyms: ['Completed At', 'Completed Date', 'Completion Date', 'Date Completed'] },
  },
  events: {
    name: { kind: 'text', field: 'name', synonyms: ['Event', 'Name', 'Event Name', 'Action', 'Event Type'] },
    time: { kind: 'datetime', field: 'time', synonyms: ['Time', 'Timestamp', 'Event Time', 'Date', 'Occurred At', 'Created At'] },
    contactExternalId: { ...contactExternalId, synonyms: ['Contact External ID', 'External ID', 'User ID', 'Contact ID', 'Customer ID'] },
    contactEmail: { ...contactEmail, synonyms: ['Email', 'Contact Email', 'E-mail', 'User Email', 'Email Address'] },
    visitorId: { kind: 'text', ref: 'visitorId', synonyms: ['Visitor ID', 'Anonymous ID', 'Visitor', 'Device ID', 'Cookie ID'] },
    productId: { kind: 'text', field: 'productId', synonyms: ['Product ID', 'SKU', 'Product SKU'] },
    productName: { kind: 'text', field: 'productName', synonyms: ['Product Name', 'Product'] },
    value: { kind: 'money', field: 'valueMinor', synonyms: ['Value', 'Revenue', 'Amount', 'Price', 'Order Value'] },
  },
} as const satisfies Record<string, Record<string, RecordTargetSpec>>;

export type RecordTargetsOf<T extends keyof typeof recordImportTargets> = keyof (typeof recordImportTargets)[T];
export type RecordImportTarget = { [T in keyof typeof recordImportTargets]: RecordTargetsOf<T> }[keyof typeof recordImportTargets];
// Event columns no field takes are kept as the event's properties, under the column's header.
export type PropertyImportTarget = `property.${string}`;

export function recordTargetSpec(type: keyof typeof recordImportTargets, target: string): RecordTargetSpec | undefined {
  return (recordImportTargets[type] as Record<string, RecordTargetSpec>)[target];
}
