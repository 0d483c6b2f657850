import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ImportJob } from '../utils/importJob';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { saveFailedRows } from '../utils/failedRowsCsv';
import { ScrollableTable } from './ScrollableTable';

export type ImportReportProps = { job: ImportJob; dryRun: boolean };

// Long lists are cut for the page; the download has every failed row.
const shownRows = 200;

export function ImportReport({ job, dryRun }: ImportReportProps) {
  const { counts, failedRows, skippedRows, notices, headers } = job.summary;
  const figures = [
    [dryRun ? 'To create' : 'Created', counts.created],
    [dryRun ? 'To update' : 'Updated', counts.updated],
    ['Merged rows', counts.merged],
    ['Skipped', counts.skipped],
    ['Failed', counts.failed],
  ] as const;
  const title = dryRun ? 'Dry run: nothing was written' : job.status === 'cancelled' ? 'Import cancelled' : 'Import finished';
  return (
    <Stack gap="sm" role="region" aria-label={dryRun ? 'Dry run report' : 'Import report'}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {figures.map(([label, count]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="xl" fw={700} aria-label={`${label}: ${count}`}>
              {count.toLocaleString()}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {counts.merged > 0 && <Text size="sm">Merged rows repeat a {job.summary.recordType ? 'record' : 'person'} already in the file; they were combined with that row.</Text>}
      {(job.summary.createdContactIds?.length ?? 0) > 0 && (
        <Text size="sm">New contacts for people the events named who were not known yet: {(job.summary.createdContactIds?.length ?? 0).toLocaleString()}</Text>
      )}
      {failedRows.length > 0 && (
        <>
          <Group justify="space-between">
            <Title order={4} size="h5">
              Rows in error
            </Title>
            <Button variant="light" size="xs" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => void saveFailedRows(job.fileName, headers, failedRows).catch(showWriteError)}>
              Download failed rows
            </Button>
          </Group>
          <RowReasons label="Rows in error" rows={failedRows} />
        </>
      )}
      {skippedRows.length > 0 && (
        <>
          <Title order={4} size="h5">
            Skipped rows
          </Title>
          <RowReasons label="Skipped rows" rows={skippedRows} />
        </>
      )}
      {notices.length > 0 && (
        <Alert color="yellow" title="Read with a note">
          <RowReasons label="Notes on reading" rows={notices.map((notice) => ({ rowNumber: notice.rowNumber, reason: notice.message }))} />
        </Alert>
      )}
    </Stack>
  );
}

function RowReasons({ label, rows }: { label: string; rows: ReadonlyArray<{ rowNumber: number; reason: string }> }) {
  return (
    <ScrollableTable label={`${label}, scrollable`} maxHeight={260}>
      <Table aria-label={label} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Row</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, shownRows).map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>{row.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > shownRows && <Text size="xs" c="dimmed">and {(rows.length - shownRows).toLocaleString()} more</Text>}
    </ScrollableTable>
  );
}
