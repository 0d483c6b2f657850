import { useQuery } from '@tanstack/react-query';
import type { ImportFileFormat } from '../utils/importFileFormat';
import type { ChosenImportFile } from '../utils/importSource';
import { readImportPreview, type ImportPreview } from '../utils/readImportPreview';

// Query keys are hashed as JSON, where a chosen file is {}: each gets a number of its own.
const fileKeys = new WeakMap<ChosenImportFile, number>();
let lastFileKey = 0;

function fileKey(file: ChosenImportFile): number {
  const key = fileKeys.get(file) ?? (lastFileKey += 1);
  fileKeys.set(file, key);
  return key;
}

// The first rows of the chosen file as read with `format`; read again when the format changes.
export function useImportPreview(file: ChosenImportFile | null, format: ImportFileFormat | null): { preview: ImportPreview | undefined; error: Error | null } {
  const query = useQuery({
    queryKey: ['import-preview', file && fileKey(file), format?.kind, format?.encoding, format?.delimiter],
    queryFn: () => readImportPreview(file as ChosenImportFile, format as ImportFileFormat),
    enabled: Boolean(file && format),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return { preview: query.data, error: query.error };
}
