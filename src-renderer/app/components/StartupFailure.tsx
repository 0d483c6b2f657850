import { Alert, Code, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { UpgradeBackupFailure } from '../../modules/backup/components/UpgradeBackupFailure';
import { UpgradeBackupFailedError } from '../../modules/backup/utils/openWithUpgradeBackup';
import { cssVariablesResolver, theme } from '../theme';

export type StartupFailureProps = { error: unknown; onRetry: (options: { withoutBackup: boolean }) => void };

// Shown instead of the app when the local database cannot be opened (for example a failed
// upgrade, or a failed backup before one): nothing is written, so the stored data stays as it was.
export function StartupFailure({ error, onRetry }: StartupFailureProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Stack p="xl" maw={640} mx="auto" mt="xl" component="main">
        {error instanceof UpgradeBackupFailedError ? (
          <UpgradeBackupFailure error={error} onRetry={onRetry} />
        ) : (
          <>
            <Title order={1}>Outpost could not open its database</Title>
            <Alert color="red" title="Your data has not been changed">
              <Text>Close other Outpost windows and restart the app. If this keeps happening, keep the data folder as it is and contact support.</Text>
            </Alert>
            <Code block>{message}</Code>
          </>
        )}
      </Stack>
    </MantineProvider>
  );
}
