import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContactColumns } from '../../contact-list/hooks/useContactColumns';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useContactSelectionStore } from '../../contact-list/states/contactSelectionStore';
import { useContactViewStore } from '../../contact-list/states/contactViewStore';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import { ExportContactsModal } from './ExportContactsModal';

export type ExportContactsButtonProps = { ids: readonly string[]; title: string; columns: ContactColumns; names: ReferenceNames; contactOf: (id: string) => ContactRow | undefined };

// Exports the selection when there is one, otherwise every contact the view shows.
export function ExportContactsButton({ ids, title, columns, names, contactOf }: ExportContactsButtonProps) {
  const [opened, setOpened] = useState(false);
  const selected = useContactSelectionStore((state) => state.selected);
  const visibleColumns = useContactViewStore((state) => state.columns);
  const selection = selected.size > 0 ? ids.filter((id) => selected.has(id)) : null;
  return (
    <>
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setOpened(true)}>
        Export
      </Button>
      <ExportContactsModal
        opened={opened}
        onClose={() => setOpened(false)}
        ids={selection ?? ids}
        scope={selection ? 'selected' : 'in this view'}
        baseName={title}
        columns={columns.all}
        defaultColumnIds={visibleColumns}
        names={names}
        contactOf={contactOf}
      />
    </>
  );
}
