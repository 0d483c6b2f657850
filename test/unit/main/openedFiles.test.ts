import { mkdtemp, open, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOpenedFiles } from '../../../src-main/ipc/openedFiles';
import { createFileOpener } from '../../../src-main/ipc/openFileWithDialog';

// A file of `size` bytes chosen in a (fake) open dialog, as main keeps it for the import.
async function chooseFile(size: number, readLimitBytes?: number) {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-opened-'));
  const path = join(folder, 'contacts.csv');
  const bytes = Uint8Array.from({ length: size }, (_, index) => (index * 7) % 256);
  await writeFile(path, bytes);
  const files = createOpenedFiles(readLimitBytes);
  const opened = await createFileOpener(() => Promise.resolve({ canceled: false, filePaths: [path] }), () => folder, files)({ formats: ['csv'] });
  if (opened.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(opened)}`);
  return { files, handle: opened.handle, bytes, path };
}

describe('reading a file chosen in the open dialog, a range at a time', () => {
  it('gives back the whole file range by range, the last range only up to the end', async () => {
    const { files, handle, bytes } = await chooseFile(10_000, 4096);
    const ranges: Uint8Array[] = [];
    for (let start = 0; start < bytes.length; start += 4096) {
      const read = await files.read({ handle, start, length: 4096 });
      if (read.status !== 'read') throw new Error(read.reason);
      ranges.push(read.data);
    }
    expect(ranges.map((range) => range.byteLength)).toEqual([4096, 4096, 1808]);
    expect(new Uint8Array(await new Blob(ranges as Uint8Array<ArrayBuffer>[]).arrayBuffer())).toEqual(bytes);
    await expect(files.read({ handle, start: bytes.length, length: 4096 })).resolves.toEqual({ status: 'read', data: new Uint8Array(0) });
    await files.closeAll();
  });

  it('refuses, with the reason, a handle it never gave, a range after the end and more than the limit at a time', async () => {
    const { files, handle } = await chooseFile(100, 64);
    await expect(files.read({ handle: crypto.randomUUID(), start: 0, length: 10 })).resolves.toEqual({ status: 'refused', reason: 'No file is open with this handle: it was closed or never chosen.' });
    await expect(files.read({ handle, start: 101, length: 10 })).resolves.toEqual({ status: 'refused', reason: 'The range starts at byte 101, after the end of the file (100 bytes).' });
    await expect(files.read({ handle, start: 0, length: 65 })).resolves.toEqual({ status: 'refused', reason: 'At most 64 bytes are read at a time; 65 were asked for.' });
    await files.closeAll();
  });

  it('refuses to go on reading a file that shrank after it was chosen', async () => {
    const { files, handle, path } = await chooseFile(100);
    await truncate(path, 50);
    await expect(files.read({ handle, start: 40, length: 30 })).resolves.toEqual({ status: 'refused', reason: 'The file changed while it was read.' });
    await files.closeAll();
  });

  it('closes a file once the import lets go of it, after which its handle reads nothing', async () => {
    const { files, handle } = await chooseFile(100);
    await expect(files.close(handle)).resolves.toBe(true);
    await expect(files.read({ handle, start: 0, length: 10 })).resolves.toMatchObject({ status: 'refused', reason: expect.stringMatching(/No file is open/) });
    await expect(files.close(handle)).resolves.toBe(false);
  });

  it('gives each file an unguessable handle and closes every one of them when the window closes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'outpost-opened-'));
    await writeFile(join(folder, 'a.csv'), 'a');
    const files = createOpenedFiles();
    const handles = [await open(join(folder, 'a.csv')), await open(join(folder, 'a.csv'))];
    const ids = handles.map((handle) => files.add(handle, 1));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    await files.closeAll();
    // A closed FileHandle has no descriptor left.
    expect(handles.map((handle) => handle.fd)).toEqual([-1, -1]);
    for (const id of ids) await expect(files.read({ handle: id, start: 0, length: 1 })).resolves.toMatchObject({ status: 'refused' });
  });
});
