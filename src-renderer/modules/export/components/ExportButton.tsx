import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { ExportRecordsModal, type ExportRecordsModalProps } from './ExportRecordsModal';

export type ExportButtonProps = Omit<ExportRecordsModalProps, 'opened' | 'onClose'>;

// "Export" beside a record table or list, opening the export dialog.
export function ExportButton(props: ExportButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setOpened(true)}>
        Export
      </Button>
      <ExportRecordsModal opened={opened} onClose={() => setOpened(false)} {...props} />
    </>
  );
}
