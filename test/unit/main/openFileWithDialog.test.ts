import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileOpener, type OpenDialog } from '../../../src-main/ipc/openFileWithDialog';

async function folderWith(name: string, content: string | Uint8Array) {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-open-'));
  await writeFile(join(folder, name), content);
  return folder;
}

const chose = (path: string) => vi.fn<OpenDialog>(() => Promise.resolve({ canceled: false, filePaths: [path] }));

describe('opening a file to import through the native dialog', () => {
  it('asks for the import formats in the downloads folder and reads exactly the chosen file', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Email\nzoë@example.com\n')]);
    const folder = await folderWith('contacts.CSV', bytes);
    const dialog = chose(join(folder, 'contacts.CSV'));
    const open = createFileOpener(dialog, () => '/home/rep/Downloads');
    await expect(open({ formats: ['csv', 'vcf'] })).resolves.toEqual({ status: 'opened', name: 'contacts.CSV', data: bytes });
    expect(dialog).toHaveBeenCalledWith({
      defaultPath: '/home/rep/Downloads',
      properties: ['openFile'],
      filters: [
        { name: 'CSV file', extensions: ['csv', 'tsv', 'txt'] },
        { name: 'vCard file', extensions: ['vcf', 'vcard'] },
      ],
    });
  });

  it('reads nothing when the user cancels', async () => {
    const open = createFileOpener(() => Promise.resolve({ canceled: true, filePaths: [] }), () => '/tmp');
    await expect(open({ formats: ['csv'] })).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the size limit, saying how big it is', async () => {
    const folder = await folderWith('big.csv', 'x'.repeat(3 * 1024 * 1024));
    const open = createFileOpener(chose(join(folder, 'big.csv')), () => folder, 2 * 1024 * 1024);
    await expect(open({ formats: ['csv'] })).resolves.toEqual({ status: 'refused', name: 'big.csv', reason: 'The file has 3 MB; at most 2 MB can be imported.' });
  });

  it('refuses a file of a type that was not asked for, and a folder', async () => {
    const folder = await folderWith('tool.exe', 'MZ');
    await expect(createFileOpener(chose(join(folder, 'tool.exe')), () => folder)({ formats: ['csv'] })).resolves.toMatchObject({ status: 'refused', reason: 'Only CSV files can be imported.' });
    await mkdir(join(folder, 'cards.vcf'));
    await expect(createFileOpener(chose(join(folder, 'cards.vcf')), () => folder)({ formats: ['vcf'] })).resolves.toMatchObject({ status: 'refused', reason: 'This is not a file.' });
  });
});
