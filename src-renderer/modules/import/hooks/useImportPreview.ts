import { useQuery } from '@tanstack/react-query';
import type { ImportFileFormat } from '../utils/importFileFormat';
import { readImportPreview, type ImportPreview } from '../utils/readImportPreview';

// The first rows of the chosen file as read with `format`; read again when the format changes.
export function useImportPreview(file: File | null, format: ImportFileFormat | null): { preview: ImportPreview | undefined; error: Error | null } {
  const query = useQuery({
    // Query keys are hashed as JSON, where every File is {}: name, size and time tell them apart.
    queryKey: ['import-preview', file?.name, file?.size, file?.lastModified, format?.kind, format?.encoding, format?.delimiter],
    queryFn: () => readImportPreview(file as File, format as ImportFileFormat),
    enabled: Boolean(file && format),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return { preview: query.data, error: query.error };
}
