import { autoMapColumns, type HeaderSynonyms } from '../autoMapColumns';
import type { ColumnMapping, ImportAttribute } from '../importTypes';
import type { RecordImportType } from './importRecordTypes';
import { recordImportTargets } from './recordImportTargets';

function synonymsOf(type: RecordImportType): HeaderSynonyms {
  return Object.fromEntries(Object.entries(recordImportTargets[type]).map(([target, spec]) => [target, spec.synonyms]));
}

// Suggests a target for each column of a companies, deals, tasks or events file by its header,
// as contacts' columns are; an events file keeps every other column as a property of its events.
export function autoMapRecordColumns(type: RecordImportType, headers: readonly string[], attributes: readonly ImportAttribute[]): ColumnMapping {
  const mapping = autoMapColumns(headers, attributes, synonymsOf(type));
  if (type !== 'events') return mapping;
  return mapping.map((target, column) => target ?? (`property.${headers[column] ?? `Column ${column + 1}`}` as const));
}
