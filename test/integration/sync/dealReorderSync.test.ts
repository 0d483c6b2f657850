import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDealsByStage } from '@shared/domain/deals/groupDealsByStage';
import { positionForDrop } from '@shared/domain/deals/positionForDrop';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { createDeal, moveDeal } from '@renderer/modules/deals/utils/dealWrites';
import { pipelineDealSnapshotFor } from '@renderer/modules/deals/utils/pipelineDealSnapshot';
import { orderAfter } from '@renderer/modules/pipelines/utils/orderedWrites';
import { SyncEngine } from '@renderer/modules/sync/utils/SyncEngine';
import { createHttpTransport, pairWithServer } from '@renderer/modules/sync/utils/syncTransport';
import { createInvite } from '../../../src-server/admin/createInvite';
import { createWorkspace } from '../../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../../src-server/store/openSyncStore';
import { injectFetch } from '../../helpers/injectFetch';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

type Deal = StoredRecord<'deals'>;

// Two devices of one team, each its own fake-indexeddb database and sync engine, against the
// real sync server (in-memory PGlite) reached through app.inject().
const serverUrl = 'http://sync.test';
let store: SyncStore;
let app: FastifyInstance;
let workspaceId: string;
beforeAll(async () => {
  store = await openSyncStore({ kind: 'pglite' });
  app = await buildSyncApp({ store, rateLimit: false });
  ({ workspaceId } = await createWorkspace(store, { name: 'Team', adminEmail: 'admin@example.com' }));
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

const fetchFn = injectFetch(() => app);

// A device syncs only when asked (its engine is never started): between two syncNow() it is offline.
async function device(name: string) {
  const { code } = await createInvite(store, { workspaceId, email: `${name}@example.com` });
  const { token } = await pairWithServer(serverUrl, { code, deviceName: name }, fetchFn);
  const db = openOutpostDb(uniqueDatabaseName(name));
  await db.open();
  const clock = new HybridLogicalClock(name);
  const database = { db, clock, mutations: createMutationLayer(db, clock) };
  const transport = { ...createHttpTransport({ serverUrl, token }, fetchFn), listen: () => () => undefined };
  const engine = new SyncEngine({ database, transport, workspaceId });
  return { ...database, engine };
}

type Device = Awaited<ReturnType<typeof device>>;

// What the device's board shows: the open pipeline's live deals, by stage in card order.
function boardOf(client: Device, pipelineId: string, stageIds: string[]) {
  const snapshot = pipelineDealSnapshotFor(client.db, client.mutations, pipelineId);
  const columns = () => groupDealsByStage(snapshot.getDeals() ?? [], stageIds);
  return {
    loaded: () => new Promise<void>((resolve) => (snapshot.getDeals() ? resolve() : snapshot.subscribe(() => resolve()))),
    column: (stageId: string): Deal[] => columns().get(stageId) ?? [],
    titles: () => stageIds.map((stageId) => (columns().get(stageId) ?? []).map((deal) => deal.title)),
  };
}

describe('two devices reordering one pipeline offline', () => {
  it('each moving a different card into the same gap: after sync both boards show the same order, with every card once', async () => {
    const a = await device('laptop');
    const b = await device('phone');
    const pipeline = await a.mutations.create('pipelines', { name: 'Sales', order: orderAfter([]) });
    const lead = await a.mutations.create('stages', { pipelineId: pipeline.id, name: 'Lead', order: orderAfter([]), probability: 10 });
    const proposal = await a.mutations.create('stages', { pipelineId: pipeline.id, name: 'Proposal', order: orderAfter([lead]), probability: 50 });
    for (const title of ['Acme', 'Globex', 'Initech', 'Umbrella']) await createDeal(a.db, a.mutations, { title, pipelineId: pipeline.id, stageId: lead.id }, []);
    await createDeal(a.db, a.mutations, { title: 'Hooli', pipelineId: pipeline.id, stageId: proposal.id }, []);
    await a.engine.syncNow();
    await b.engine.syncNow();

    const stageIds = [lead.id, proposal.id];
    const boardA = boardOf(a, pipeline.id, stageIds);
    const boardB = boardOf(b, pipeline.id, stageIds);
    await Promise.all([boardA.loaded(), boardB.loaded()]);
    expect(boardB.titles()).toEqual([['Acme', 'Globex', 'Initech', 'Umbrella'], ['Hooli']]);
    const untouched = new Map(boardA.column(lead.id).map((deal) => [deal.title, deal.position]));

    // Offline, both drop a card above Globex: the laptop Umbrella from the same column, the
    // phone Hooli from Proposal. Made from the same neighbours, the two keys are equal.
    const dropAboveGlobex = async (client: Device, board: ReturnType<typeof boardOf>, title: string) => {
      const deal = [...board.column(lead.id), ...board.column(proposal.id)].find((row) => row.title === title);
      const globex = board.column(lead.id).find((row) => row.title === 'Globex');
      if (!deal || !globex) throw new Error(`${title} or Globex is not on the board`);
      const position = positionForDrop(board.column(lead.id), deal.id, globex.id, false);
      if (!position) throw new Error(`${title} is already above Globex`);
      await moveDeal(client.mutations, deal, lead.id, position);
    };
    await dropAboveGlobex(a, boardA, 'Umbrella');
    await dropAboveGlobex(b, boardB, 'Hooli');
    expect(boardA.titles()).toEqual([['Acme', 'Umbrella', 'Globex', 'Initech'], ['Hooli']]);
    expect(boardB.titles()).toEqual([['Acme', 'Hooli', 'Globex', 'Initech', 'Umbrella'], []]);

    // Back online, in turn.
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();

    const [onA, onB] = [boardA.titles(), boardB.titles()];
    expect(onA).toEqual(onB);
    const [leadTitles, proposalTitles] = onA as [string[], string[]];
    expect(proposalTitles).toEqual([]);
    // Both moved cards sit in the gap they were dropped into, and no card is lost or doubled.
    expect(leadTitles).toHaveLength(5);
    expect(leadTitles.slice(1, 3).sort()).toEqual(['Hooli', 'Umbrella']);
    expect([leadTitles[0], ...leadTitles.slice(3)]).toEqual(['Acme', 'Globex', 'Initech']);
    // Only the moved cards were written: the others keep their keys on both devices.
    for (const board of [boardA, boardB]) {
      for (const deal of board.column(lead.id)) if (untouched.has(deal.title) && deal.title !== 'Umbrella') expect(deal.position).toBe(untouched.get(deal.title));
    }
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
  });
});
