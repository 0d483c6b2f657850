// What a file can hold: the wizard's first choice. Contacts are the default and have their own
// path (tags, lists, memberships); the other types are "records" built by ./buildImportedRecord.
export const importRecordTypes = ['contacts', 'companies', 'deals', 'tasks', 'events'] as const;
export type ImportRecordType = (typeof importRecordTypes)[number];
export type RecordImportType = Exclude<ImportRecordType, 'contacts'>;

// Companies and deals are matched to existing ones; tasks are only created and events only appended.
export const recordMatchFields = { companies: ['externalId', 'domain', 'name'], deals: ['externalId', 'title'], tasks: [], events: [] } as const;
export type RecordMatchField = (typeof recordMatchFields)[RecordImportType][number];

// The custom attributes a record type can fill, by their definitions' entity.
export const recordAttributeEntity = { contacts: 'contact', companies: 'company', deals: 'deal', tasks: null, events: null } as const satisfies Record<ImportRecordType, string | null>;
