import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { exportWorkspace } from '../utils/saveBackup';

export type ExportWorkspaceFormProps = { onDone: () => void };

export function ExportWorkspaceForm({ onDone }: ExportWorkspaceFormProps) {
  const { db } = useDatabase();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mismatch = password !== '' && confirmation !== '' && password !== confirmation;

  const submit = async () => {
    setExporting(true);
    setFailure(null);
    try {
      if (await exportWorkspace(db, password || null)) onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Text size="sm">The whole workspace in one file, in the backup format. With a password it is encrypted (AES-256); without the password nobody can open it, you included.</Text>
      <PasswordInput label="Password (optional)" value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoComplete="new-password" />
      <PasswordInput
        label="Repeat the password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.currentTarget.value)}
        disabled={password === ''}
        error={mismatch ? 'The passwords differ' : undefined}
        autoComplete="new-password"
      />
      {failure && (
        <Alert color="red" title="The workspace was not exported" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={exporting}>
          Cancel
        </Button>
        <Button onClick={() => void submit()} loading={exporting} disabled={password !== confirmation}>
          Export
        </Button>
      </Group>
    </Stack>
  );
}
