import { join } from 'node:path';
import { workspaceFileExtension } from '@shared/backup/workspaceFileFormat';
import type { SaveFilePayload, WorkspaceExportPayload } from '@shared/ipc/bridgeContract';
import { writeFileAtomically } from './writeFileAtomically';

type SaveDialogOptions = { defaultPath: string; filters: Array<{ name: string; extensions: string[] }> };
export type SaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;

const formatNames: Record<SaveFilePayload['format'], string> = { csv: 'CSV file', vcf: 'vCard file' };

// The user picks the path in the OS dialog, so the renderer never names a path itself. Written
// to a temporary file first, so a full disk never leaves a half-written export under its name.
export function createFileSaver(showSaveDialog: SaveDialog, defaultFolder: () => string) {
  return async ({ suggestedName, format, content }: SaveFilePayload): Promise<boolean> => {
    const chosen = await showSaveDialog({ defaultPath: join(defaultFolder(), suggestedName), filters: [{ name: formatNames[format], extensions: [format] }] });
    if (chosen.canceled || !chosen.filePath) return false;
    await writeFileAtomically(chosen.filePath, content);
    return true;
  };
}

// The same for a workspace file (bytes, .outpost).
export function createWorkspaceSaver(showSaveDialog: SaveDialog, defaultFolder: () => string) {
  return async ({ suggestedName, data }: WorkspaceExportPayload): Promise<boolean> => {
    const chosen = await showSaveDialog({ defaultPath: join(defaultFolder(), suggestedName), filters: [{ name: 'Outpost workspace', extensions: [workspaceFileExtension] }] });
    if (chosen.canceled || !chosen.filePath) return false;
    await writeFileAtomically(chosen.filePath, data);
    return true;
  };
}
