import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { openFileReadLimitBytes, type OpenedFileReadPayload, type OpenedFileReadResult } from '@shared/ipc/bridgeContract';

export type OpenedFiles = {
  // Keeps a file the user chose open; the handle is all the renderer gets to read it by.
  add(file: FileHandle, size: number): string;
  read(request: OpenedFileReadPayload): Promise<OpenedFileReadResult>;
  close(handle: string): Promise<boolean>;
  // When the window closes: nothing is left to read them.
  closeAll(): Promise<void>;
};

// The files chosen in the open dialog, read a range at a time. A handle is a random UUID, so a
// page cannot guess one; only ranges inside the size the file had when chosen are read.
export function createOpenedFiles(readLimitBytes = openFileReadLimitBytes): OpenedFiles {
  const files = new Map<string, { file: FileHandle; size: number }>();
  const close = async (handle: string) => {
    const opened = files.get(handle);
    if (!opened) return false;
    files.delete(handle);
    await opened.file.close();
    return true;
  };
  return {
    add(file, size) {
      const handle = randomUUID();
      files.set(handle, { file, size });
      return handle;
    },
    async read({ handle, start, length }) {
      const opened = files.get(handle);
      if (!opened) return { status: 'refused', reason: 'No file is open with this handle: it was closed or never chosen.' };
      if (length > readLimitBytes) return { status: 'refused', reason: `At most ${readLimitBytes.toLocaleString('en')} bytes are read at a time; ${length.toLocaleString('en')} were asked for.` };
      if (start > opened.size) return { status: 'refused', reason: `The range starts at byte ${start.toLocaleString('en')}, after the end of the file (${opened.size.toLocaleString('en')} bytes).` };
      const expected = Math.min(length, opened.size - start);
      const data = new Uint8Array(expected);
      const { bytesRead } = await opened.file.read(data, 0, expected, start);
      // Shorter than when it was chosen: the rows read so far may no longer match the rest.
      if (bytesRead < expected) return { status: 'refused', reason: 'The file changed while it was read.' };
      return { status: 'read', data };
    },
    close,
    async closeAll() {
      await Promise.all([...files.keys()].map(close));
    },
  };
}
