import { openFileFormats, openFileLimitBytes, type OpenedFileReadPayload, type OpenedFileReadResult, type OpenFilePayload, type OpenFileResult } from '@shared/ipc/bridgeContract';

// Files picked in the page, by handle, as main keeps the ones chosen in its dialog.
const pickedFiles = new Map<string, File>();

// The browser's open dialog is a file input's; the file is read in ranges in the page. A browser
// that does not report a cancelled dialog leaves the promise waiting, which nothing depends on.
export function pickBrowserFile({ formats }: OpenFilePayload): Promise<OpenFileResult> {
  const input = Object.assign(document.createElement('input'), { type: 'file', accept: formats.flatMap((format) => openFileFormats[format].map((extension) => `.${extension}`)).join(',') });
  return new Promise((resolve) => {
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'cancelled' });
      if (file.size > openFileLimitBytes) return resolve({ status: 'refused', name: file.name, reason: `The file has more than the ${openFileLimitBytes / 1024 ** 2} MB that can be imported.` });
      const handle = crypto.randomUUID();
      pickedFiles.set(handle, file);
      resolve({ status: 'opened', handle, name: file.name, size: file.size });
    });
    input.click();
  });
}

export async function readBrowserFile({ handle, start, length }: OpenedFileReadPayload): Promise<OpenedFileReadResult> {
  const file = pickedFiles.get(handle);
  if (!file) return { status: 'refused', reason: 'No file is open with this handle: it was closed or never chosen.' };
  if (start > file.size) return { status: 'refused', reason: 'The range starts after the end of the file.' };
  return { status: 'read', data: new Uint8Array(await file.slice(start, start + length).arrayBuffer()) };
}

export function closeBrowserFile({ handle }: { handle: string }): Promise<{ closed: boolean }> {
  return Promise.resolve({ closed: pickedFiles.delete(handle) });
}
