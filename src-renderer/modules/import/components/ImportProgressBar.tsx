import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from '../utils/runChunkedImport';

export type ImportProgressBarProps = { dryRun: boolean; progress: ImportProgress | null; elapsedSeconds: number; onCancel: () => void };

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}

export function ImportProgressBar({ dryRun, progress, elapsedSeconds: elapsed, onCancel }: ImportProgressBarProps) {
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
  const rowsPerSecond = progress && elapsed > 0 ? Math.round(progress.rowsRead / elapsed) : 0;
  // Bytes read tell how far along the file is; rows do not, until the file is read to its end.
  const left = share > 0 ? (elapsed / share) * (1 - share) : null;
  const label = dryRun ? 'Dry run progress' : 'Import progress';
  return (
    <Stack gap={6}>
      <Progress value={share * 100} aria-label={label} animated />
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {progress ? `${progress.rowsRead.toLocaleString()} rows · ${rowsPerSecond.toLocaleString()} rows/s${left !== null ? ` · about ${formatSeconds(left)} left` : ''}` : 'Reading the file…'}
        </Text>
        <Button variant="default" size="xs" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
