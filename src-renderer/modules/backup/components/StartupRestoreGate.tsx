import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { BackupEntry } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { objectCount } from '../utils/workspaceObjects';
import { RestorePanel } from './RestorePanel';

export type StartupRestoreGateProps = { offer: BackupEntry | null; children: ReactNode };

// Shown before anything else (the app shell, and with it sync, waits) when the local database
// is empty but backups exist: the database may have been lost, and the user decides first.
export function StartupRestoreGate({ offer, children }: StartupRestoreGateProps) {
  const [choice, setChoice] = useState<'asking' | 'restore' | 'skip'>(offer ? 'asking' : 'skip');
  if (!offer || choice === 'skip') return children;
  const written = formatDateTime(offer.header?.createdAt);
  const contacts = offer.header ? (objectCount(offer.header, 'contacts') ?? 0) : 0;
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={640} w="100%" component="main">
        <Stack>
          <Title order={1}>This device's Outpost database is empty</Title>
          {choice === 'asking' ? (
            <>
              <Text>
                Outpost found backups of a workspace on this device. The newest is from {written} and holds {contacts.toLocaleString()} contacts. If your data went
                missing, restore it now; nothing is synced until you choose.
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setChoice('skip')}>
                  Start without restoring
                </Button>
                <Button onClick={() => setChoice('restore')}>Restore the newest backup</Button>
              </Group>
            </>
          ) : (
            <RestorePanel
              source={{ id: offer.name, label: `The backup of ${written}`, load: async () => (await bridge.readBackup({ name: offer.name })).data }}
              onCancel={() => setChoice('asking')}
            />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
