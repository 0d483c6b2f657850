import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { formatCount } from '../../../ui/utils/formatCount';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useImportRunStore } from '../states/importRunStore';
import { saveFailedRows } from '../utils/failedRowsCsv';
import { asImportJobs, importedNouns, type ImportJob } from '../utils/importJob';
import { revertImport } from '../utils/revertImport';
import { ResumeImportModal } from './ResumeImportModal';

const statusLabels: Record<ImportJob['status'], string> = { pending: 'Waiting', running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' };

// "City of Ann Lee, Email of Bob" — the fields a revert left alone because they changed since.
function describeKept(kept: NonNullable<ImportJob['summary']['revert']>['kept'] = []): string {
  const shown = kept.slice(0, 5).map(({ field, record }) => `${field} of ${record}`);
  return kept.length > shown.length ? `${shown.join(', ')} and ${(kept.length - shown.length).toLocaleString()} more` : shown.join(', ');
}

export function ImportHistory() {
  const { db } = useDatabase();
  const jobs = useLiveQuery(async () => asImportJobs(await db.importJobs.orderBy('createdAt').reverse().toArray()), [db]);
  const activeJobId = useImportRunStore((state) => state.activeJobId);
  const [reverting, setReverting] = useState<ImportJob | null>(null);
  const [resuming, setResuming] = useState<ImportJob | null>(null);
  if (!jobs || jobs.length === 0) return <Text c="dimmed">No imports yet.</Text>;
  // A job still "running" that this window is not running was cut off by a crash or a closed app;
  // what it committed is recorded chunk by chunk and can be reverted.
  const status = (job: ImportJob) => (job.status === 'running' && job.id !== activeJobId ? 'Interrupted' : statusLabels[job.status]);
  // An interrupted, failed or cancelled import can go on where it stopped.
  const resumable = (job: ImportJob) => Boolean(job.summary.resume) && !job.summary.revert && job.id !== activeJobId && job.status !== 'done' && job.status !== 'pending';
  return (
    <>
      <Table aria-label="Import history" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => {
            const { counts, revert } = job.summary;
            return (
              <Table.Tr key={job.id}>
                <Table.Td>
                  {job.fileName}
                  {job.summary.recordType && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({importedNouns(job)[1]})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{new Date(job.createdAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={revert ? 'gray' : job.status === 'done' ? 'green' : 'orange'}>
                    {revert ? 'Reverted' : status(job)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {counts.created.toLocaleString()} created, {counts.updated.toLocaleString()} updated, {counts.skipped.toLocaleString()} skipped, {counts.failed.toLocaleString()} failed
                  </Text>
                  {(revert?.kept?.length ?? 0) > 0 && (
                    <Text size="xs" c="dimmed">
                      Kept as changed since the import: {describeKept(revert?.kept)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {counts.failed > 0 && (
                      <Button size="xs" variant="subtle" aria-label={`Download failed rows of ${job.fileName}`} onClick={() => void saveFailedRows(job.fileName, job.summary.headers, job.summary.failedRows).catch(showWriteError)}>
                        Failed rows
                      </Button>
                    )}
                    {resumable(job) && (
                      <Button size="xs" variant="light" aria-label={`Resume import of ${job.fileName}`} onClick={() => setResuming(job)}>
                        Resume
                      </Button>
                    )}
                    {/* Events are append-only: an events import stays. */}
                    {!revert && job.id !== activeJobId && job.summary.recordType !== 'events' && (
                      <Button size="xs" variant="light" color="red" aria-label={`Revert import of ${job.fileName}`} onClick={() => setReverting(job)}>
                        Revert
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <RevertImportModal job={reverting} onClose={() => setReverting(null)} />
      <ResumeImportModal job={resuming} onClose={() => setResuming(null)} />
    </>
  );
}

function RevertImportModal({ job, onClose }: { job: ImportJob | null; onClose: () => void }) {
  const { db, mutations } = useDatabase();
  const [busy, setBusy] = useState(false);

  async function revert(target: ImportJob) {
    setBusy(true);
    try {
      const result = await revertImport(db, mutations, target);
      const kept = result.keptFields > 0 ? `; kept as changed since the import: ${describeKept(result.kept)}` : '';
      notifications.show({ title: 'Import reverted', message: `${formatCount(result.removedRecords, ...importedNouns(target))} moved to the trash, ${formatCount(result.restoredFields, 'field')} restored${kept}.`, autoClose: 10_000 });
      onClose();
    } catch (error) {
      showWriteError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={job !== null} onClose={onClose} title="Revert import">
      {job && (
        <Stack>
          <Text size="sm">
            The {formatCount(job.summary.counts.created, ...importedNouns(job))} this import created go to the trash, and the fields it changed on {formatCount(job.summary.counts.updated, ...importedNouns(job))} get their previous values back, unless someone changed them since.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep
            </Button>
            <Button color="red" loading={busy} onClick={() => revert(job)}>
              Revert import
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
