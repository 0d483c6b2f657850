import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { parseBackupName } from '@shared/backup/backupNames';
import type { BackupEntry } from '@shared/ipc/bridgeContract';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { formatBytes } from '../utils/describeBackup';
import { downloadBackup } from '../utils/saveBackup';
import { objectCount } from '../utils/workspaceObjects';

export type BackupListProps = { backups: BackupEntry[]; onRestore: (backup: BackupEntry) => void };

const kindLabels = { scheduled: 'Automatic', manual: 'Manual', 'before-restore': 'Before a restore', 'before-upgrade': 'Before an upgrade', 'on-quit': 'On quit' } as const;

function summary(backup: BackupEntry): string {
  if (!backup.header) return 'Damaged: cannot be read';
  const { header } = backup;
  return (['contacts', 'companies', 'deals'] as const).map((table) => `${(objectCount(header, table) ?? 0).toLocaleString()} ${table}`).join(', ');
}

export function BackupList({ backups, onRestore }: BackupListProps) {
  if (backups.length === 0) return <Text size="sm">No backups yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Written</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Holds</Table.Th>
            <Table.Th ta="right">Size</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const parsed = parseBackupName(backup.name);
            const written = formatDateTime(parsed?.createdAt);
            return (
              <Table.Tr key={backup.name}>
                <Table.Td>{written}</Table.Td>
                <Table.Td>{parsed ? kindLabels[parsed.kind] : ''}</Table.Td>
                <Table.Td>{summary(backup)}</Table.Td>
                <Table.Td ta="right">{formatBytes(backup.bytes)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onRestore(backup)} aria-label={`Restore the backup of ${written}`}>
                      Restore
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => void downloadBackup(backup.name)} aria-label={`Download the backup of ${written}`}>
                      Download
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
