import { autoMapColumns } from '@shared/import/autoMapColumns';
import { defaultValueFormat } from '@shared/import/importTypes';
import { autoMapRecordColumns } from '@shared/import/records/autoMapRecordColumns';
import { recordAttributeEntity, type RecordImportType } from '@shared/import/records/importRecordTypes';
import type { OutpostDb } from '@renderer/db/OutpostDb';
import { detectImportFileFormat } from '@renderer/modules/import/utils/detectImportFileFormat';
import type { ImportSettings } from '@renderer/modules/import/utils/importSettings';
import type { ImportSource } from '@renderer/modules/import/utils/importSource';
import { readImportPreview } from '@renderer/modules/import/utils/readImportPreview';
import { defaultRecordImportSettings } from '@renderer/modules/import/utils/records/recordImportSettings';

// The settings the wizard starts from for a file: detected format, auto-mapped columns,
// create-and-update on email; `overrides` are the user's changes.
export async function wizardDefaults(db: OutpostDb, file: ImportSource, overrides: Partial<ImportSettings> = {}): Promise<ImportSettings> {
  const format = await detectImportFileFormat(file);
  const { headerRowNumber, headers } = await readImportPreview(file, overrides.format ?? format);
  const attributes = (await db.attributeDefinitions.toArray()).filter((row) => !row.deleted && row.entity === 'contact');
  return {
    format,
    headerRowNumber,
    headers,
    mapping: autoMapColumns(headers, attributes),
    attributes,
    valueFormat: defaultValueFormat,
    mode: 'upsert',
    matchOn: 'email',
    batch: { tagNames: [], listName: '', ownerId: null, source: '' },
    ...overrides,
  };
}

// The settings the wizard starts from for a file of companies, deals, tasks or events.
export async function recordWizardDefaults(db: OutpostDb, file: ImportSource, type: RecordImportType, overrides: Partial<ImportSettings> = {}): Promise<ImportSettings> {
  const entity = recordAttributeEntity[type];
  const attributes = entity ? (await db.attributeDefinitions.toArray()).filter((row) => !row.deleted && row.entity === entity) : [];
  const contacts = await wizardDefaults(db, file, overrides);
  return { ...contacts, attributes, mapping: overrides.mapping ?? autoMapRecordColumns(type, contacts.headers, attributes), records: defaultRecordImportSettings(type), ...overrides };
}
