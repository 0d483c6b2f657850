import '@mantine/dropzone/styles.css';
import { Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileTypeCsv, IconUpload, IconX } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { hasNativeFileDialogs } from '../../../bridge/bridge';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { ChosenImportFile } from '../utils/importSource';
import { openImportFileWithDialog } from '../utils/openImportFileWithDialog';

export type ImportFileDropProps = { fileName: string | null; onFile: (file: ChosenImportFile) => void };

// CSV and vCard files arrive with several MIME types depending on the OS and the exporting app.
const acceptedTypes = {
  'text/vcard': ['.vcf', '.vcard'],
  'text/x-vcard': ['.vcf'],
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt', '.tsv'],
  'text/tab-separated-values': ['.tsv'],
  'application/vnd.ms-excel': ['.csv'],
};

// Replace the Dropzone's own click and Enter/Space handlers (props given to it win over its own).
function nativeDialogHandlers(onFile: (file: ChosenImportFile) => void) {
  const choose = () => void openImportFileWithDialog().then((file) => file && onFile(file), showWriteError);
  return {
    onClick: choose,
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      choose();
    },
  };
}

export function ImportFileDrop({ fileName, onFile }: ImportFileDropProps) {
  return (
    <Dropzone
      onDrop={(files) => files[0] && onFile(files[0])}
      accept={acceptedTypes}
      multiple={false}
      useFsAccessApi={false}
      inputProps={{ 'aria-label': 'File to import' }}
      // Electron opens its native dialog through the bridge; the page's file input stays for drops.
      {...(hasNativeFileDialogs ? nativeDialogHandlers(onFile) : {})}
    >
      <Group justify="center" gap="lg" mih={110} style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={40} aria-hidden />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={40} aria-hidden />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileTypeCsv size={40} aria-hidden />
        </Dropzone.Idle>
        <Stack gap={4}>
          <Text size="lg">{fileName ? `Chosen: ${fileName}` : 'Drop a CSV or vCard file here, or click to choose one'}</Text>
          <Text size="sm" c="dimmed">
            Exports of spreadsheets, Google Contacts, Outlook, HubSpot, Salesforce and LinkedIn, or .vcf cards; any size.
          </Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
