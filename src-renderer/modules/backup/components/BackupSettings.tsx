import { Alert, Button, FileButton, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupEntry } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import { useDatabase } from '../../../db/DatabaseProvider';
import { SectionCard } from '../../../ui/SectionCard';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { backupListQueryKey, useBackupList } from '../hooks/useBackupList';
import { downloadBackup, saveBackup } from '../utils/saveBackup';
import { objectCount } from '../utils/workspaceObjects';
import { BackupList } from './BackupList';
import { BackupScheduleFields } from './BackupScheduleFields';
import { ExportWorkspaceForm } from './ExportWorkspaceForm';
import { RestorePanel, type RestoreSource } from './RestorePanel';

function backupSource(backup: BackupEntry): RestoreSource {
  return { id: backup.name, label: `The backup of ${formatDateTime(backup.header?.createdAt)}`, load: async () => (await bridge.readBackup({ name: backup.name })).data };
}

function fileSource(file: File): RestoreSource {
  return { id: `${file.name}:${file.size}:${file.lastModified}`, label: file.name, load: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function BackupSettings() {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  const list = useBackupList();
  const [backingUp, setBackingUp] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string; name?: string } | null>(null);
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const [exporting, setExporting] = useState(false);

  const backUpNow = async () => {
    setBackingUp(true);
    setStatus(null);
    try {
      const { name, header } = await saveBackup(db, 'manual');
      setStatus({ ok: true, name, message: `Backed up ${(objectCount(header, 'contacts') ?? 0).toLocaleString()} contacts at ${formatDateTime(header.createdAt)}.` });
    } catch (error) {
      setStatus({ ok: false, message: `The backup failed: ${error instanceof Error ? error.message : String(error)}. Earlier backups are unchanged.` });
    } finally {
      setBackingUp(false);
      void queryClient.invalidateQueries({ queryKey: backupListQueryKey });
    }
  };

  // Backups already written stay where they are; new ones go to the chosen folder.
  const changeFolder = async () => {
    if ((await bridge.chooseBackupFolder()).folder !== null) void queryClient.invalidateQueries({ queryKey: backupListQueryKey });
  };

  const folder = list.data?.folder;
  // The browser's private storage goes with the site's data: offer a copy outside it.
  const downloadable = folder === null ? status?.name : undefined;
  return (
    <SectionCard title="Backups" description="Copies of the whole workspace, outbox and sync state included, kept outside the app's database.">
      {folder ? (
        <Group gap="xs">
          <Text size="sm">Kept in {folder}.</Text>
          <Button size="xs" variant="subtle" onClick={() => void changeFolder()}>
            Change folder…
          </Button>
        </Group>
      ) : (
        <Text size="sm">Kept in this browser's private file storage, which clearing the site's data also removes: download one now and then.</Text>
      )}
      <BackupScheduleFields />
      <Group>
        <Button onClick={() => void backUpNow()} loading={backingUp}>
          Back up now
        </Button>
        <Button variant="default" onClick={() => setExporting(true)}>
          Export workspace…
        </Button>
        <FileButton onChange={(file) => file && setRestoring(fileSource(file))} accept=".outpost">
          {(props) => (
            <Button variant="default" {...props}>
              Restore from a file…
            </Button>
          )}
        </FileButton>
      </Group>
      {status && (
        <Alert color={status.ok ? 'green' : 'red'} role="status">
          <Group justify="space-between">
            <Text size="sm">{status.message}</Text>
            {downloadable && (
              <Button size="xs" variant="default" onClick={() => void downloadBackup(downloadable)}>
                Download it
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {list.isError ? (
        <Alert color="red" role="alert">
          The backups cannot be listed: {list.error.message}
        </Alert>
      ) : (
        <BackupList backups={list.data?.backups ?? []} onRestore={(backup) => setRestoring(backupSource(backup))} />
      )}
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="Restore the workspace" size="lg">
        {restoring && <RestorePanel source={restoring} onCancel={() => setRestoring(null)} />}
      </Modal>
      <Modal opened={exporting} onClose={() => setExporting(false)} title="Export workspace">
        {exporting && <ExportWorkspaceForm onDone={() => setExporting(false)} />}
      </Modal>
    </SectionCard>
  );
}
