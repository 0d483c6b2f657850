import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useImportRun } from '../hooks/useImportRun';
import { importedNouns, type ImportJob } from '../utils/importJob';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReport } from './ImportReport';

export type ResumeImportModalProps = { job: ImportJob | null; onClose: () => void };

// A closed app keeps no file: the user chooses it again, and the import goes on after the last
// row it committed, so no row is written twice.
export function ResumeImportModal({ job, onClose }: ResumeImportModalProps) {
  const run = useImportRun();
  const resume = job?.summary.resume;
  const close = () => {
    run.reset();
    onClose();
  };
  return (
    <Modal opened={job !== null} onClose={close} title="Resume import" closeOnClickOutside={run.state.kind !== 'running'}>
      {job && resume && (
        <Stack>
          {run.state.kind === 'idle' && (
            <>
              <Text size="sm">
                Choose {job.fileName} again: the import goes on from row {(resume.committedThroughRow + 1).toLocaleString()}, after the {job.summary.counts.created.toLocaleString()} {importedNouns(job)[1]} it created before it stopped.
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Not now
                </Button>
                <FileButton onChange={(file) => file && void run.start(file, resume.settings, false, job)} accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/plain,text/vcard">
                  {(props) => <Button {...props}>Choose {job.fileName}</Button>}
                </FileButton>
              </Group>
            </>
          )}
          {run.state.kind === 'running' && <ImportProgressBar dryRun={false} progress={run.state.progress} elapsedSeconds={run.state.elapsedSeconds} onCancel={run.cancel} />}
          {run.state.kind === 'finished' && (
            <>
              <ImportReport job={run.state.job} dryRun={false} />
              <Group justify="flex-end">
                <Button onClick={close}>Done</Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
