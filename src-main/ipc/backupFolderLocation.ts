import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { writeFileAtomically } from './writeFileAtomically';

export type FolderDialog = (options: { defaultPath: string; properties: Array<'openDirectory' | 'createDirectory'> }) => Promise<{ canceled: boolean; filePaths: string[] }>;

export type BackupFolderLocation = Awaited<ReturnType<typeof loadBackupFolderLocation>>;

// Where backups go: the data folder's backups/ unless the user chose another folder in
// Settings (kept in a small JSON file beside the window state). Only the OS dialog names one.
export async function loadBackupFolderLocation(configPath: string, defaultFolder: string, showFolderDialog: FolderDialog) {
  const stored = await readFile(configPath, 'utf8')
    .then((text) => (JSON.parse(text) as { folder?: unknown }).folder)
    .catch(() => null);
  let folder = typeof stored === 'string' && isAbsolute(stored) ? stored : defaultFolder;

  return {
    current: () => folder,

    // The chosen folder, or null when the user cancelled.
    async choose(): Promise<string | null> {
      const chosen = await showFolderDialog({ defaultPath: folder, properties: ['openDirectory', 'createDirectory'] });
      const [path] = chosen.filePaths;
      if (chosen.canceled || path === undefined) return null;
      await writeFileAtomically(configPath, JSON.stringify({ folder: path }));
      folder = path;
      return path;
    },
  };
}
