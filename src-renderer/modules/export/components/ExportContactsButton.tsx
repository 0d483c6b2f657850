import { useDatabase } from '../../../db/DatabaseProvider';
import type { ContactColumns } from '../../contact-list/hooks/useContactColumns';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useContactSelectionStore } from '../../contact-list/states/contactSelectionStore';
import { useContactViewStore } from '../../contact-list/states/contactViewStore';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import { buildContactsVCards } from '../utils/buildContactsVCards';
import { buildRecordsCsv } from '../utils/buildRecordsCsv';
import { contactExportColumns } from '../utils/contactExportColumns';
import { exportScope } from '../utils/exportScope';
import { ExportButton } from './ExportButton';

export type ExportContactsButtonProps = { ids: readonly string[]; title: string; columns: ContactColumns; names: ReferenceNames; contactOf: (id: string) => ContactRow | undefined };

// Exports the selection when there is one, otherwise every contact the view shows, as CSV or vCards.
export function ExportContactsButton({ ids, title, columns, names, contactOf }: ExportContactsButtonProps) {
  const { db } = useDatabase();
  const selected = useContactSelectionStore((state) => state.selected);
  const visibleColumns = useContactViewStore((state) => state.columns);
  const target = exportScope(ids, selected);
  return (
    <ExportButton
      count={target.ids.length}
      noun={{ one: 'contact', many: 'contacts' }}
      scope={target.scope}
      baseName={title}
      fields={columns.all}
      defaultFieldIds={visibleColumns}
      fieldsDescription="Custom attributes included; names become first and last name."
      buildCsv={(fieldIds, options, onProgress) => buildRecordsCsv(target.ids, contactOf, contactExportColumns(fieldIds.flatMap((id) => columns.byId.get(id) ?? []), names), options, onProgress)}
      buildVCards={(onProgress) => buildContactsVCards(db, target.ids, contactOf, onProgress)}
    />
  );
}
