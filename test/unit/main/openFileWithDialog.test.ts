import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createOpenedFiles } from '../../../src-main/ipc/openedFiles';
import { createFileOpener, type OpenDialog } from '../../../src-main/ipc/openFileWithDialog';

async function folderWith(name: string, content: string | Uint8Array) {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-open-'));
  await writeFile(join(folder, name), content);
  return folder;
}

const chose = (path: string) => vi.fn<OpenDialog>(() => Promise.resolve({ canceled: false, filePaths: [path] }));

// Opened files that record what was kept open, so a test sees nothing else was.
function keptFiles() {
  const files = createOpenedFiles();
  const add = vi.fn(files.add);
  return { ...files, add };
}

describe('opening a file to import through the native dialog', () => {
  it('asks for the import formats in the downloads folder and keeps exactly the chosen file open to be read', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Email\nzoë@example.com\n')]);
    const folder = await folderWith('contacts.CSV', bytes);
    const dialog = chose(join(folder, 'contacts.CSV'));
    const files = keptFiles();
    const opened = await createFileOpener(dialog, () => '/home/rep/Downloads', files)({ formats: ['csv', 'vcf'] });
    expect(opened).toEqual({ status: 'opened', handle: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'contacts.CSV', size: bytes.byteLength });
    expect(dialog).toHaveBeenCalledWith({
      defaultPath: '/home/rep/Downloads',
      properties: ['openFile'],
      filters: [
        { name: 'CSV file', extensions: ['csv', 'tsv', 'txt'] },
        { name: 'vCard file', extensions: ['vcf', 'vcard'] },
      ],
    });
    if (opened.status !== 'opened') throw new Error('not opened');
    await expect(files.read({ handle: opened.handle, start: 0, length: 1024 })).resolves.toEqual({ status: 'read', data: bytes });
    await files.closeAll();
  });

  it('opens nothing when the user cancels', async () => {
    const files = keptFiles();
    await expect(createFileOpener(() => Promise.resolve({ canceled: true, filePaths: [] }), () => '/tmp', files)({ formats: ['csv'] })).resolves.toEqual({ status: 'cancelled' });
    expect(files.add).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit, saying how big it is, and keeps nothing open', async () => {
    const folder = await folderWith('big.csv', 'x'.repeat(3 * 1024 * 1024));
    const files = keptFiles();
    const open = createFileOpener(chose(join(folder, 'big.csv')), () => folder, files, 2 * 1024 * 1024);
    await expect(open({ formats: ['csv'] })).resolves.toEqual({ status: 'refused', name: 'big.csv', reason: 'The file has 3 MB; at most 2 MB can be imported.' });
    expect(files.add).not.toHaveBeenCalled();
  });

  it('refuses a file of a type that was not asked for, and a folder', async () => {
    const folder = await folderWith('tool.exe', 'MZ');
    const files = keptFiles();
    await expect(createFileOpener(chose(join(folder, 'tool.exe')), () => folder, files)({ formats: ['csv'] })).resolves.toMatchObject({ status: 'refused', reason: 'Only CSV files can be imported.' });
    await mkdir(join(folder, 'cards.vcf'));
    await expect(createFileOpener(chose(join(folder, 'cards.vcf')), () => folder, files)({ formats: ['vcf'] })).resolves.toMatchObject({ status: 'refused', reason: 'This is not a file.' });
    expect(files.add).not.toHaveBeenCalled();
  });
});
