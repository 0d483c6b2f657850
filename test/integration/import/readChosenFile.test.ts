import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autoMapColumns } from '@shared/import/autoMapColumns';
import { defaultValueFormat } from '@shared/import/importTypes';
import { bridgeContract, type BridgeChannel, type BridgePayload, type BridgeResult } from '@shared/ipc/bridgeContract';
import type { OutpostBridge } from '@shared/ipc/bridgeMethods';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { detectImportFileFormat } from '@renderer/modules/import/utils/detectImportFileFormat';
import { importRangeBytes, type ChosenImportFile, type ImportSource } from '@renderer/modules/import/utils/importSource';
import { importSourceFromPort, serveImportSource } from '@renderer/modules/import/utils/importSourcePort';
import { openedImportFile } from '@renderer/modules/import/utils/openedImportFile';
import { readImportChunks, type ImportChunk } from '@renderer/modules/import/utils/readImportChunks';
import { readImportPreview } from '@renderer/modules/import/utils/readImportPreview';
import { runImport } from '@renderer/modules/import/utils/runImport';
import { createOpenedFiles, type OpenedFiles } from '../../../src-main/ipc/openedFiles';
import { createFileOpener } from '../../../src-main/ipc/openFileWithDialog';
import { openTestDatabase } from '../../helpers/testDatabase';
import { wizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
});

// The bridge as the page calls it: every payload and result through the channel's schema, as
// registerBridgeHandlers parses them, to main's opened files.
function bridgeTo(files: OpenedFiles): Pick<OutpostBridge, 'readOpenedFile' | 'closeOpenedFile'> {
  const call = async <C extends BridgeChannel>(channel: C, payload: BridgePayload<C>, handler: (payload: never) => Promise<unknown>): Promise<BridgeResult<C>> =>
    bridgeContract[channel].result.parse(await handler(bridgeContract[channel].payload.parse(payload) as never)) as BridgeResult<C>;
  return {
    readOpenedFile: (payload) => call('file-read', payload, files.read),
    closeOpenedFile: (payload) => call('file-close', payload, async ({ handle }: { handle: string }) => ({ closed: await files.close(handle) })),
  };
}

// `bytes` saved as a file, chosen in Electron's open dialog: main keeps it open, the page reads it through the bridge.
async function chooseInDialog(name: string, bytes: Uint8Array): Promise<{ chosen: ChosenImportFile; files: OpenedFiles }> {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-chosen-'));
  await writeFile(join(folder, name), bytes);
  const files = createOpenedFiles();
  const opened = await createFileOpener(() => Promise.resolve({ canceled: false, filePaths: [join(folder, name)] }), () => folder, files)({ formats: ['csv', 'vcf'] });
  if (opened.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(opened)}`);
  return { chosen: openedImportFile(opened, bridgeTo(files)), files };
}

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/import', name)));

// Everything the import reads from a file: its format, the preview, and every chunk with what
// each row becomes under the automatic mapping.
async function readAsImport(source: ImportSource) {
  const format = await detectImportFileFormat(source);
  const preview = await readImportPreview(source, format);
  const context = { headers: preview.headers, mapping: autoMapColumns(preview.headers, []), attributes: new Map(), format: defaultValueFormat };
  const chunks: ImportChunk[] = [];
  for await (const chunk of readImportChunks(source, format, context, preview.headerRowNumber, 1000)) chunks.push(chunk);
  return { format, preview, chunks };
}

// A file of ASCII rows with one row whose two-byte "ë" starts on the last byte of the first
// range, so the character is split between two reads.
function splitAcrossRanges(header: string, filler: (index: number) => string, padded: (padding: string) => string, split: string, tail: string): Uint8Array {
  let text = header;
  for (let index = 0; text.length + filler(index).length < importRangeBytes - 200; index += 1) text += filler(index);
  const beforeSplit = new TextEncoder().encode(split.slice(0, split.indexOf('ë'))).byteLength;
  text += padded('x'.repeat(importRangeBytes - 1 - text.length - padded('').length - beforeSplit));
  const bytes = new TextEncoder().encode(text + split + tail);
  expect(bytes[importRangeBytes - 1]).toBe(0xc3);
  return bytes;
}

const splitCsv = () =>
  splitAcrossRanges(
    'First Name,Last Name,Email,Notes\n',
    (index) => `Ann${index},Lee,ann${index}@example.com,${'Met at the fair. '.repeat(30)}\n`,
    (padding) => `Pad,Ding,pad@example.com,${padding}\n`,
    'Zoë,Ström,zoe@example.no,\n',
    'Bo,Ek,bo@example.se,\n',
  );

const splitVCards = () =>
  splitAcrossRanges(
    '',
    (index) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann${index} Lee\r\nEMAIL:ann${index}@example.com\r\nNOTE:${'Met at the fair. '.repeat(30)}\r\nEND:VCARD\r\n`,
    (padding) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pad Ding\r\nNOTE:${padding}\r\nEND:VCARD\r\n`,
    'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Ström;Zoë;;;\r\nFN:Zoë Ström\r\nEMAIL:zoe@example.no\r\nEND:VCARD\r\n',
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Ek\r\nEMAIL:bo@example.se\r\nEND:VCARD\r\n',
  );

describe('importing a file chosen in the native dialog, read through the bridge a range at a time', () => {
  it.each([
    ['a Windows-1252 Excel CSV', 'excel-semicolon-windows1252.csv', () => fixtureBytes('excel-semicolon-windows1252.csv')],
    ['a Google Contacts CSV', 'google-contacts.csv', () => fixtureBytes('google-contacts.csv')],
    ['a CSV with a "ë" split between two ranges', 'split.csv', splitCsv],
    ['vCards', 'contacts.vcf', () => fixtureBytes('contacts.vcf')],
    ['vCards with a "ë" split between two ranges', 'split.vcf', splitVCards],
  ])('%s reads exactly as the same bytes dropped as a File', async (_label, name, bytesOf) => {
    const bytes = bytesOf();
    const { chosen, files } = await chooseInDialog(name, bytes);
    const fromBridge = await readAsImport(chosen);
    expect(fromBridge).toEqual(await readAsImport(new File([bytes as Uint8Array<ArrayBuffer>], name)));
    expect(fromBridge.chunks.at(-1)?.bytesRead).toBe(bytes.byteLength);
    await files.closeAll();
  });

  it('decodes the character split between two ranges whole, in CSV and in vCards', async () => {
    for (const [name, bytes] of [['split.csv', splitCsv()], ['split.vcf', splitVCards()]] as const) {
      const { chosen, files } = await chooseInDialog(name, bytes);
      const { chunks } = await readAsImport(chosen);
      const zoe = chunks.flatMap((chunk) => chunk.results ?? []).find((result) => result.kind === 'contact' && result.contact.fields.email === 'zoe@example.no');
      expect(zoe).toMatchObject({ kind: 'contact', contact: { fields: { firstName: 'Zoë', lastName: 'Ström' } } });
      await files.closeAll();
    }
  });

  it('reads the same through the port the import worker reads by', async () => {
    const bytes = splitCsv();
    const { chosen, files } = await chooseInDialog('split.csv', bytes);
    const channel = new MessageChannel();
    serveImportSource(chosen, channel.port1);
    try {
      expect(await readAsImport(importSourceFromPort(channel.port2, chosen.size))).toEqual(await readAsImport(new File([bytes as Uint8Array<ArrayBuffer>], 'split.csv')));
    } finally {
      channel.port1.close();
      channel.port2.close();
      await files.closeAll();
    }
  });

  it('imports the same contacts as the dropped file, and lets main close the file afterwards', async () => {
    const bytes = fixtureBytes('excel-semicolon-windows1252.csv');
    const { chosen } = await chooseInDialog('excel-semicolon-windows1252.csv', bytes);
    const dropped = new File([bytes as Uint8Array<ArrayBuffer>], chosen.name);
    const imported = [];
    for (const file of [chosen, dropped]) {
      const database = await openTestDatabase();
      const job = await runImport(database.db, database.mutations, file, file.name, await wizardDefaults(database.db, file), { dryRun: false });
      const contacts = await database.db.contacts.orderBy('email').toArray();
      imported.push({ counts: job.summary.counts, contacts: contacts.map(({ firstName, lastName, email, city }) => ({ firstName, lastName, email, city })) });
    }
    expect(imported[0]).toEqual(imported[1]);
    expect(imported[0]?.contacts).toContainEqual({ firstName: 'Zoë', lastName: 'Ødegård', email: 'zoe@example.no', city: 'Tromsø' });
    await chosen.close?.();
    await expect(chosen.slice(0, 10).arrayBuffer()).rejects.toThrow('excel-semicolon-windows1252.csv could not be read: No file is open with this handle: it was closed or never chosen.');
  });
});
