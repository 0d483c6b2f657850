import { Alert, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { UpgradeBackupFailedError } from '../utils/openWithUpgradeBackup';

export type UpgradeBackupFailureProps = { error: UpgradeBackupFailedError; onRetry: (options: { withoutBackup: boolean }) => void };

// The start-up screen when the backup before a database update failed: nothing was changed, and
// the user can try again or, having confirmed, update without a backup, so they are never stuck.
export function UpgradeBackupFailure({ error, onRetry }: UpgradeBackupFailureProps) {
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const retry = (withoutBackup: boolean) => {
    setStarting(true);
    setConfirming(false);
    onRetry({ withoutBackup });
  };
  return (
    <Stack>
      <Title order={1}>Outpost could not back up its database before updating it</Title>
      <Alert color="orange" title="Your data has not been changed">
        <Text>
          This version of Outpost updates the database from version {error.installedVersion} to {error.targetVersion}, and writes a backup first. That backup failed, so the
          update did not run. Free some disk space or choose another backups folder later in Settings, then try again.
        </Text>
      </Alert>
      <Code block>{error.reason}</Code>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setConfirming(true)} disabled={starting}>
          Update without a backup…
        </Button>
        <Button onClick={() => retry(false)} loading={starting}>
          Try the backup again
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Update without a backup?">
        <Stack>
          <Text size="sm">
            The update runs without a copy of the database as it is now. If the update fails, the database is left as it was; earlier backups in Settings &gt; Backups are
            kept.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => retry(true)}>
              Update without a backup
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
