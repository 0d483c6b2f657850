import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileSaver, type SaveDialog } from '../../../src-main/ipc/saveFileWithDialog';

describe('saving an export through the native dialog', () => {
  it('suggests the name in the downloads folder and writes exactly the content where the user chose', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'outpost-export-'));
    const target = join(folder, 'chosen.csv');
    const dialog = vi.fn<SaveDialog>(() => Promise.resolve({ canceled: false, filePath: target }));
    const save = createFileSaver(dialog, () => '/home/rep/Downloads');
    await expect(save({ suggestedName: 'contacts.csv', format: 'csv', content: '\uFEFFname\nZoë\n' })).resolves.toBe(true);
    expect(dialog).toHaveBeenCalledWith({ defaultPath: '/home/rep/Downloads/contacts.csv', filters: [{ name: 'CSV file', extensions: ['csv'] }] });
    expect(await readFile(target)).toEqual(Buffer.from('\uFEFFname\nZoë\n', 'utf8'));
    expect(await readdir(folder)).toEqual(['chosen.csv']);
  });

  it('writes nothing when the user cancels', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'outpost-export-'));
    const save = createFileSaver(() => Promise.resolve({ canceled: true }), () => folder);
    await expect(save({ suggestedName: 'contacts.vcf', format: 'vcf', content: 'BEGIN:VCARD' })).resolves.toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });
});
