import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { formatHlc } from '@shared/sync/hlc';
import { expandRecordWrite, isNewerChange, type FieldChange } from '@shared/sync/recordWrite';
import { pairResponseSchema, pullResponseSchema, type PairResponse, type PulledWrite } from '@shared/sync/syncProtocol';
import { createInvite } from '../../../src-server/admin/createInvite';
import { createWorkspace } from '../../../src-server/admin/createWorkspace';
import type { SyncStore } from '../../../src-server/store/SyncStore';

// A device talking to the server through app.inject(), as the desktop app would over HTTP.

let workspaceCount = 0;

export async function newWorkspace(store: SyncStore): Promise<string> {
  workspaceCount += 1;
  const { workspaceId } = await createWorkspace(store, { name: `Workspace ${workspaceCount}`, adminEmail: 'admin@example.com' });
  return workspaceId;
}

export async function pairDevice(app: FastifyInstance, store: SyncStore, workspaceId: string, email = 'rep@example.com'): Promise<PairResponse> {
  const { code } = await createInvite(store, { workspaceId, email });
  const response = await app.inject({ method: 'POST', url: '/v1/pair', payload: { code, deviceName: 'Test laptop' } });
  return pairResponseSchema.parse(response.json());
}

export function push(app: FastifyInstance, token: string, changes: readonly FieldChange[]): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: `Bearer ${token}` }, payload: { changes } });
}

export async function pullPage(app: FastifyInstance, token: string, since: string, limit = 1000) {
  const response = await app.inject({ method: 'GET', url: '/v1/sync/pull', query: { since, limit: String(limit) }, headers: { authorization: `Bearer ${token}` } });
  if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
  return pullResponseSchema.parse(response.json());
}

// A pulled write as one change per field, each with the write's seq, for comparing with pushes.
export type PulledChange = FieldChange & { seq: number };

export function pulledChanges(writes: readonly PulledWrite[]): PulledChange[] {
  return writes.flatMap((write) => expandRecordWrite(write).map((change) => ({ ...change, seq: write.seq })));
}

// Pulls until caught up, the way a device does; returns everything seen and the final cursor.
export async function pullAll(app: FastifyInstance, token: string, since = '', limit = 1000) {
  const changes: PulledChange[] = [];
  const pages: Array<{ count: number; snapshot: boolean }> = [];
  let cursor = since;
  for (;;) {
    const page = await pullPage(app, token, cursor, limit);
    const pageChanges = pulledChanges(page.writes);
    changes.push(...pageChanges);
    pages.push({ count: pageChanges.length, snapshot: page.snapshot });
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor, pages };
  }
}

// HLCs an hour in the past, so they are never refused as clock drift; `step` orders them.
const baseMillis = Date.now() - 60 * 60 * 1000;
export function hlcAt(step: number, node = 'devone'): string {
  return formatHlc({ millis: baseMillis + step, counter: 0, node });
}

export function change(rowId: string, field: string, value: FieldChange['value'], step: number, table = 'contacts'): FieldChange {
  return { table, rowId, field, value, hlc: hlcAt(step) };
}

// Latest value per field, as a device would hold them after merging by HLC.
export function latestValues(changes: readonly FieldChange[]): Map<string, FieldChange['value']> {
  const latest = new Map<string, FieldChange>();
  for (const item of changes) {
    const key = `${item.table}/${item.rowId}/${item.field}`;
    if (isNewerChange(item.hlc, latest.get(key)?.hlc)) latest.set(key, item);
  }
  return new Map([...latest].map(([key, item]) => [key, item.value]));
}
