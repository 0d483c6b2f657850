import { openFileFormats, openFileLimitBytes, type OpenFilePayload, type OpenFileResult } from '@shared/ipc/bridgeContract';

// The browser's open dialog is a file input's; the bytes are read in the page. A browser that
// does not report a cancelled dialog leaves the promise waiting, which nothing depends on.
export function pickBrowserFile({ formats }: OpenFilePayload): Promise<OpenFileResult> {
  const input = Object.assign(document.createElement('input'), { type: 'file', accept: formats.flatMap((format) => openFileFormats[format].map((extension) => `.${extension}`)).join(',') });
  return new Promise((resolve, reject) => {
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'cancelled' });
      if (file.size > openFileLimitBytes) return resolve({ status: 'refused', name: file.name, reason: `The file has more than the ${openFileLimitBytes / 1024 ** 2} MB that can be imported.` });
      file.arrayBuffer().then((buffer) => resolve({ status: 'opened', name: file.name, data: new Uint8Array(buffer) }), reject);
    });
    input.click();
  });
}
