import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { openFileFormats, openFileLimitBytes, type OpenFilePayload, type OpenFileResult } from '@shared/ipc/bridgeContract';
import type { OpenedFiles } from './openedFiles';

type OpenDialogOptions = { defaultPath: string; properties: Array<'openFile'>; filters: Array<{ name: string; extensions: string[] }> };
export type OpenDialog = (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
export type FileOpener = (request: OpenFilePayload) => Promise<OpenFileResult>;

const formatNames: Record<OpenFilePayload['formats'][number], string> = { csv: 'CSV file', vcf: 'vCard file' };

// The user picks the file in the OS dialog, so the renderer never names a path. Only a regular
// file of an asked-for type, at most the limit, is kept open for reading (its size checked on
// the open handle); anything else is refused with the reason, and closed unread.
export function createFileOpener(showOpenDialog: OpenDialog, defaultFolder: () => string, openedFiles: Pick<OpenedFiles, 'add'>, limitBytes = openFileLimitBytes): FileOpener {
  return async ({ formats }) => {
    const filters = formats.map((format) => ({ name: formatNames[format], extensions: [...openFileFormats[format]] as string[] }));
    const chosen = await showOpenDialog({ defaultPath: defaultFolder(), properties: ['openFile'], filters });
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return { status: 'cancelled' };
    const name = basename(path);
    const extension = extname(name).slice(1).toLowerCase();
    if (!filters.some((filter) => filter.extensions.includes(extension))) return { status: 'refused', name, reason: `Only ${filters.map((filter) => filter.name).join(' or ')}s can be imported.` };
    const file = await open(path, 'r');
    let kept = false;
    try {
      const stats = await file.stat();
      if (!stats.isFile()) return { status: 'refused', name, reason: 'This is not a file.' };
      if (stats.size > limitBytes) return { status: 'refused', name, reason: `The file has ${formatMegabytes(stats.size)}; at most ${formatMegabytes(limitBytes)} can be imported.` };
      kept = true;
      return { status: 'opened', handle: openedFiles.add(file, stats.size), name, size: stats.size };
    } finally {
      if (!kept) await file.close();
    }
  };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}
