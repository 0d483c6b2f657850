import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/backup/passwordKey';
import { openWorkspaceFile, readWorkspaceHeader, verifyWorkspaceFile } from '@shared/backup/readWorkspaceFile';
import type { WorkspaceChunk } from '@shared/backup/workspaceFileFormat';
import { writeWorkspaceFile, type WorkspaceSource } from '@shared/backup/writeWorkspaceFile';
import { workspaceFileRefusal } from '../../helpers/workspaceFileRefusal';

const contacts = Array.from({ length: 5_000 }, (_, index) => ({ id: `c${index}`, firstName: `Ann ${index}`, custom: { vip: index % 2 === 0 } }));
const outbox = [{ seq: 1, createdAt: '2026-12-04T10:00:00.000Z', writes: [{ table: 'contacts', rowId: 'c1' }] }];

async function* inChunks<T>(rows: T[], size = 2_000): AsyncGenerator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

const source: WorkspaceSource = {
  schemaVersion: 3,
  appVersion: '0.1.0',
  createdAt: '2026-12-04T19:30:00.000Z',
  tables: [
    { name: 'contacts', chunks: () => inChunks(contacts) },
    { name: 'outbox', chunks: () => inChunks(outbox) },
    { name: 'settings', chunks: () => inChunks([]) },
  ],
};

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, `../../fixtures/backup/${name}`)));

// A file's bytes with its header text edited (the header is ASCII JSON).
function editHeader(bytes: Uint8Array, edit: (text: string) => string): Uint8Array {
  return Uint8Array.from(edit(new TextDecoder('latin1').decode(bytes)), (char) => char.charCodeAt(0));
}

const headerEdited = 'This file is damaged (its header was changed after it was written); nothing was restored from it.';

async function rowsByTable(chunks: AsyncIterable<WorkspaceChunk>): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for await (const { table, rows } of chunks) (tables[table] ??= []).push(...rows);
  return tables;
}

describe('workspace file', () => {
  it('gives back every row of every table, with counts, dates and versions in the header', async () => {
    const file = await writeWorkspaceFile(source);
    const opened = await openWorkspaceFile(file.bytes, { currentSchemaVersion: 3 });
    expect(opened.header).toMatchObject({ schemaVersion: 3, appVersion: '0.1.0', createdAt: source.createdAt, tables: { contacts: 5_000, outbox: 1, settings: 0 }, encryption: null });
    expect(await rowsByTable(opened.chunks())).toEqual({ contacts, outbox });
    // Compressed: the repeated field names cost little.
    expect(file.bytes.byteLength).toBeLessThan(JSON.stringify(contacts).length / 4);
  });

  it('previews the header of an encrypted file without the password', async () => {
    const file = await writeWorkspaceFile(source, { password: 'correct horse' });
    expect(await readWorkspaceHeader(file.bytes, 3)).toMatchObject({ tables: { contacts: 5_000 }, encryption: { cipher: 'AES-GCM-256', iterations: 600_000 } });
  });

  it('opens an encrypted file with its password and refuses a wrong or missing one', async () => {
    const file = await writeWorkspaceFile(source, { password: 'correct horse' });
    expect(await rowsByTable((await openWorkspaceFile(file.bytes, { currentSchemaVersion: 3, password: 'correct horse' })).chunks())).toEqual({ contacts, outbox });
    const wrong = await workspaceFileRefusal(openWorkspaceFile(file.bytes, { currentSchemaVersion: 3, password: 'battery staple' }));
    expect([wrong.problem, wrong.message]).toEqual(['wrong-password', 'The password is not the one this file was protected with.']);
    expect((await workspaceFileRefusal(openWorkspaceFile(file.bytes, { currentSchemaVersion: 3 }))).problem).toBe('password-required');
  });

  it('uses a fresh salt and IV for every encrypted file', async () => {
    const [first, second] = await Promise.all([writeWorkspaceFile(source, { password: 'pw' }), writeWorkspaceFile(source, { password: 'pw' })]);
    expect(first.header.encryption?.salt).not.toBe(second.header.encryption?.salt);
    expect(first.header.encryption?.iv).not.toBe(second.header.encryption?.iv);
  });

  it('fails whole when a table cannot be read half-way, handing out no partial file', async () => {
    async function* failing(): AsyncGenerator<unknown[]> {
      yield contacts.slice(0, 10);
      throw new Error('the disk went away');
    }
    const broken: WorkspaceSource = { ...source, tables: [...source.tables, { name: 'events', chunks: failing }] };
    await expect(writeWorkspaceFile(broken)).rejects.toThrow('the disk went away');
  });

  it('refuses a truncated file as damaged', async () => {
    const { bytes } = await writeWorkspaceFile(source);
    const error = await workspaceFileRefusal(verifyWorkspaceFile(bytes.subarray(0, bytes.byteLength - 100), { currentSchemaVersion: 3 }));
    expect([error.problem, error.message]).toEqual(['damaged', 'This file is damaged (it is cut short); nothing was restored from it.']);
    expect((await workspaceFileRefusal(verifyWorkspaceFile(bytes.subarray(0, 30), { currentSchemaVersion: 3 }))).problem).toBe('damaged');
  });

  it('refuses a tampered payload by its checksum, encrypted or not', async () => {
    for (const password of [null, 'pw']) {
      const { bytes } = await writeWorkspaceFile(source, { password });
      const tampered = bytes.slice();
      tampered[tampered.length - 10] = (tampered[tampered.length - 10] ?? 0) ^ 0xff;
      const error = await workspaceFileRefusal(verifyWorkspaceFile(tampered, { currentSchemaVersion: 3, password }));
      expect([error.problem, error.message]).toEqual(['damaged', 'This file is damaged (its checksum does not match); nothing was restored from it.']);
    }
  });

  it('refuses a header whose schema version, app version or date was edited, in the preview and on opening', async () => {
    for (const password of [null, 'pw']) {
      const { bytes } = await writeWorkspaceFile(source, { password });
      const edits = [
        (text: string) => text.replace('"schemaVersion":3', '"schemaVersion":2'),
        (text: string) => text.replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"'),
        (text: string) => text.replace('"createdAt":"2026-12-04T19:30', '"createdAt":"2026-12-05T19:30'),
        (text: string) => text.replace('"contacts":5000', '"contacts":4000'),
      ];
      for (const edit of edits) {
        const edited = editHeader(bytes, edit);
        expect(edited).not.toEqual(bytes);
        const previewed = await workspaceFileRefusal(readWorkspaceHeader(edited, 3));
        expect([previewed.problem, previewed.message]).toEqual(['damaged', headerEdited]);
        expect((await workspaceFileRefusal(verifyWorkspaceFile(edited, { currentSchemaVersion: 3, password }))).message).toBe(headerEdited);
      }
    }
  });

  it('refuses an encrypted file whose header was edited and re-summed by hand: AES-GCM binds the header', async () => {
    const { bytes, header } = await writeWorkspaceFile(source, { password: 'pw' });
    const zeros = '0'.repeat(64);
    // The edit keeps the header's length, so the header is still where it was.
    const unsummed = editHeader(bytes, (text) => text.replace('"createdAt":"2026-12-04T19:30', '"createdAt":"2026-12-05T19:30').replace(`"headerSha256":"${header.headerSha256}"`, `"headerSha256":"${zeros}"`));
    const headerStart = 'OUTPOST-WORKSPACE\n'.length + 4;
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset + headerStart - 4, 4).getUint32(0);
    const sum = await sha256Hex(unsummed.subarray(headerStart, headerStart + headerLength));
    const resummed = editHeader(unsummed, (text) => text.replace(`"headerSha256":"${zeros}"`, `"headerSha256":"${sum}"`));
    expect((await readWorkspaceHeader(resummed, 3)).createdAt).toBe('2026-12-05T19:30:00.000Z');
    expect((await workspaceFileRefusal(verifyWorkspaceFile(resummed, { currentSchemaVersion: 3, password: 'pw' }))).problem).toBe('wrong-password');
  });

  it('reads files of format 1 (no header checksum), encrypted or not, and still checks their row counts', async () => {
    for (const [name, password] of [
      ['format-v1.outpost', null],
      ['format-v1-encrypted.outpost', 'fixture password'],
    ] as const) {
      const bytes = fixture(name);
      const opened = await openWorkspaceFile(bytes, { currentSchemaVersion: 4, password });
      expect(opened.header).toMatchObject({ formatVersion: 1, schemaVersion: 4, tables: { contacts: 2, events: 4, outbox: 1, settings: 1 } });
      expect(opened.header.objects).toBeUndefined();
      expect((await rowsByTable(opened.chunks())).contacts).toHaveLength(2);
    }
    const edited = editHeader(fixture('format-v1.outpost'), (text) => text.replace('"contacts":2', '"contacts":1'));
    expect((await workspaceFileRefusal(verifyWorkspaceFile(edited, { currentSchemaVersion: 4 }))).message).toContain('contacts holds 2 rows of 1');
  });

  it('refuses a file from a newer schema or format version, and a file that is no workspace', async () => {
    const newer = await writeWorkspaceFile({ ...source, schemaVersion: 4 });
    const schemaError = await workspaceFileRefusal(openWorkspaceFile(newer.bytes, { currentSchemaVersion: 3 }));
    expect([schemaError.problem, schemaError.message]).toEqual(['newer-version', 'This file holds a newer database (schema 4; this Outpost has 3). Update Outpost to open it.']);

    const { bytes } = await writeWorkspaceFile(source);
    const newerFormat = editHeader(bytes, (text) => text.replace('"formatVersion":2', '"formatVersion":9'));
    expect((await workspaceFileRefusal(openWorkspaceFile(newerFormat, { currentSchemaVersion: 3 }))).problem).toBe('newer-version');

    const csv = new TextEncoder().encode('firstName,lastName\nAnn,Lee\n');
    expect((await workspaceFileRefusal(openWorkspaceFile(csv, { currentSchemaVersion: 3 }))).message).toBe('This is not an Outpost workspace file or backup.');
  });
});
