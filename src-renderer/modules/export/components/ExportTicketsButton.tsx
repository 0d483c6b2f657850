import { useMemo } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import type { TicketNames } from '../../tickets/utils/ticketNames';
import { useExportFields } from '../hooks/useExportFields';
import { buildRecordsCsv } from '../utils/buildRecordsCsv';
import { defaultTicketExportFieldIds, standardTicketExportFields, ticketExportColumns } from '../utils/ticketExportColumns';
import { ExportButton } from './ExportButton';

export type ExportTicketsButtonProps = { tickets: ReadonlyArray<StoredRecord<'tickets'>>; names: TicketNames };

// Exports the tickets the inbox shows (filtered and sorted) as CSV.
export function ExportTicketsButton({ tickets, names }: ExportTicketsButtonProps) {
  const fields = useExportFields('ticket', standardTicketExportFields);
  const reference = useReferenceNames();
  const tags = useMemo(() => new Map([...reference.tags].map(([id, tag]) => [id, tag.name])), [reference.tags]);
  const byId = useMemo(() => new Map(tickets.map((ticket) => [ticket.id, ticket])), [tickets]);
  return (
    <ExportButton
      count={tickets.length}
      noun={{ one: 'ticket', many: 'tickets' }}
      scope="in this view"
      baseName="Tickets"
      fields={fields.all}
      defaultFieldIds={defaultTicketExportFieldIds}
      fieldsDescription="Custom ticket attributes included; categories, tags, people and companies by name."
      buildCsv={(fieldIds, options, onProgress) =>
        buildRecordsCsv([...byId.keys()], (id) => byId.get(id), ticketExportColumns(fieldIds.flatMap((id) => fields.byId.get(id) ?? []), { ...names, companies: reference.companies, tags }), options, onProgress)
      }
    />
  );
}
