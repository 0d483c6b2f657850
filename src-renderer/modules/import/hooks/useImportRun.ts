import { useRef, useState } from 'react';
import { newId } from '@shared/ids';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useImportRunStore } from '../states/importRunStore';
import type { ImportJob } from '../utils/importJob';
import type { ImportSettings } from '../utils/importSettings';
import type { ChosenImportFile } from '../utils/importSource';
import { runRecordImport } from '../utils/records/runRecordImport';
import type { ImportProgress } from '../utils/runChunkedImport';
import { runImport } from '../utils/runImport';

export type ImportRunState =
  | { kind: 'idle' }
  | { kind: 'running'; dryRun: boolean; progress: ImportProgress | null; elapsedSeconds: number }
  | { kind: 'finished'; dryRun: boolean; job: ImportJob };

// Runs a dry run or the import of the chosen file, with progress, cancel and the result.
export function useImportRun() {
  const { db, mutations } = useDatabase();
  const [state, setState] = useState<ImportRunState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  // `resume`: an interrupted job to go on with, reading `file` again from the row after its last committed chunk.
  async function start(file: ChosenImportFile, settings: ImportSettings, dryRun: boolean, resume?: ImportJob): Promise<void> {
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = performance.now();
    const jobId = resume?.id ?? newId();
    if (!dryRun) useImportRunStore.setState({ activeJobId: jobId });
    setState({ kind: 'running', dryRun, progress: null, elapsedSeconds: 0 });
    try {
      // Contacts have their own path (tags, lists, memberships); companies, deals, tasks and events share one.
      const run = settings.records ? runRecordImport : runImport;
      const job = await run(db, mutations, file, file.name, settings, {
        dryRun,
        jobId,
        resume,
        signal: controller.signal,
        onProgress: (progress) => setState({ kind: 'running', dryRun, progress, elapsedSeconds: (performance.now() - startedAt) / 1000 }),
      });
      setState({ kind: 'finished', dryRun, job });
    } catch (error) {
      showWriteError(error);
      setState({ kind: 'idle' });
    } finally {
      useImportRunStore.setState({ activeJobId: null });
    }
  }

  return {
    state,
    start,
    cancel: () => abort.current?.abort(),
    reset: () => setState({ kind: 'idle' }),
  };
}
