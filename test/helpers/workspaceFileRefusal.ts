import { WorkspaceFileError } from '@shared/backup/workspaceFileFormat';

// The WorkspaceFileError `work` was refused with; anything else (or no refusal) fails the test.
export async function workspaceFileRefusal(work: Promise<unknown>): Promise<WorkspaceFileError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WorkspaceFileError)) throw new Error(`expected a WorkspaceFileError, got ${String(error)}`);
  return error;
}
