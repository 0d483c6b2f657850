import { Alert, Button, Group, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { readWorkspaceHeader } from '@shared/backup/readWorkspaceFile';
import { useDatabase } from '../../../db/DatabaseProvider';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { checkedRestore } from '../utils/checkedRestore';
import { workspaceObjectCounts } from '../utils/workspaceObjects';

// `id` tells two sources with the same label apart (two files of one name).
export type RestoreSource = { id: string; label: string; load: () => Promise<Uint8Array> };

export type RestorePanelProps = { source: RestoreSource; onCancel: () => void };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// What a backup or file holds, and the restore itself. The page reloads afterwards, so every
// view, the contact snapshot and the device clock start from the restored data.
export function RestorePanel({ source, onCancel }: RestorePanelProps) {
  const { db } = useDatabase();
  const [password, setPassword] = useState('');
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useQuery({
    queryKey: ['restore-preview', source.id],
    queryFn: async () => {
      const bytes = await source.load();
      return { bytes, header: await readWorkspaceHeader(bytes, db.verno) };
    },
    retry: false,
    gcTime: 0,
  });

  const restore = async () => {
    if (!preview.data) return;
    setRestoring(true);
    setFailure(null);
    try {
      await checkedRestore(db, preview.data.bytes, preview.data.header.encryption ? password : null);
      window.location.reload();
    } catch (error) {
      setRestoring(false);
      setFailure(messageOf(error));
    }
  };

  if (preview.isPending) return <Text size="sm">Reading {source.label}…</Text>;
  if (preview.isError) {
    return (
      <Stack>
        <Alert color="red" title="This file cannot be restored" role="alert">
          {messageOf(preview.error)}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }

  const { header } = preview.data;
  const { objects, unsyncedChanges } = workspaceObjectCounts(header);
  const held = objects.filter(({ count }) => count !== 0);
  return (
    <Stack>
      <Text size="sm">
        {source.label}: written {formatDateTime(header.createdAt)} by Outpost {header.appVersion} (database version {header.schemaVersion}).
      </Text>
      <Table withTableBorder striped aria-label="What the backup holds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What</Table.Th>
            <Table.Th ta="right">How many</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {held.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>No records</Table.Td>
            </Table.Tr>
          )}
          {held.map(({ label, count }) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">{count === null ? 'not counted in this older file' : count.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {unsyncedChanges > 0 && <Text size="sm">And {unsyncedChanges.toLocaleString()} unsynced {unsyncedChanges === 1 ? 'change' : 'changes'}, restored with it.</Text>}
      {header.encryption && <PasswordInput label="File password" value={password} onChange={(event) => setPassword(event.currentTarget.value)} required />}
      <Text size="sm">Restoring replaces everything in this workspace with this backup. What is here now is backed up first.</Text>
      {failure && (
        <Alert color="red" title="Nothing was restored" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={restoring}>
          Cancel
        </Button>
        <Button color="red" onClick={() => void restore()} loading={restoring} disabled={Boolean(header.encryption) && password === ''}>
          Restore this backup
        </Button>
      </Group>
    </Stack>
  );
}
