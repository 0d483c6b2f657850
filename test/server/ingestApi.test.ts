import { describe, expect, it } from 'vitest';
import { errorResponseSchema } from '@shared/sync/syncProtocol';
import { serverForCase } from './helpers/serverForCase';
import { storageCases } from './helpers/serverStorages';
import { change, latestValues, newWorkspace, pairDevice, pullAll, push } from './helpers/syncTestClient';

describe.each(storageCases)('ingest API on $name', (storage) => {
  const { skip } = storage;
  const server = serverForCase(storage);

  async function setUp() {
    const workspaceId = await newWorkspace(server.store);
    return { integration: await pairDevice(server.app, server.store, workspaceId, 'crm@example.com'), laptop: await pairDevice(server.app, server.store, workspaceId) };
  }
  const post = (token: string, url: string, payload: unknown) => server.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: payload as object });

  // What a device holds after pulling: the latest value of each field of one row.
  async function rowOnDevice(token: string, table: string, rowId: string) {
    const values = latestValues((await pullAll(server.app, token)).changes.filter((item) => item.table === table && item.rowId === rowId));
    return Object.fromEntries([...values].map(([key, value]) => [key.split('/')[2], value]));
  }

  it.skipIf(skip)('creates a contact by external id with every field, then updates only the fields given', async () => {
    const { integration, laptop } = await setUp();
    const created = await post(integration.token, '/v1/ingest/contacts', { externalId: 'crm-1', fields: { firstName: 'Ann', email: 'ANN@example.com', custom: { plan: 'gold' } } });
    expect(created.statusCode).toBe(200);
    const { rowId } = created.json<{ rowId: string; created: boolean }>();
    expect(created.json()).toMatchObject({ created: true });
    expect(await rowOnDevice(laptop.token, 'contacts', rowId)).toMatchObject({
      firstName: 'Ann',
      lastName: '',
      email: 'ann@example.com',
      externalId: 'crm-1',
      status: 'lead',
      'custom.plan': 'gold',
      deleted: 0,
    });

    const updated = await post(integration.token, '/v1/ingest/contacts', { externalId: 'crm-1', fields: { lastName: 'Lee' } });
    expect(updated.json()).toMatchObject({ rowId, created: false });
    expect(await rowOnDevice(laptop.token, 'contacts', rowId)).toMatchObject({ firstName: 'Ann', lastName: 'Lee', 'custom.plan': 'gold' });
  });

  it.skipIf(skip)('updates a record a device created with that external id, and its change wins', async () => {
    const { integration, laptop } = await setUp();
    await push(server.app, laptop.token, [change('c-local', 'externalId', 'crm-9', 1, 'companies'), change('c-local', 'name', 'Old name', 1, 'companies')]);
    const updated = await post(integration.token, '/v1/ingest/companies', { externalId: 'crm-9', fields: { name: 'New name' } });
    expect(updated.json()).toMatchObject({ rowId: 'c-local', created: false });
    expect(await rowOnDevice(laptop.token, 'companies', 'c-local')).toMatchObject({ name: 'New name' });
  });

  it.skipIf(skip)('creates a deal by external id at the bottom of its stage, then moves it and marks it won under the same external id, recording when as the app does', async () => {
    const { integration, laptop } = await setUp();
    // The pipeline and its stages come from a device, with a deal already in the first stage;
    // an integration refers to them by id.
    await push(server.app, laptop.token, [
      change('p-sales', 'name', 'Sales', 1, 'pipelines'),
      change('s-new', 'name', 'New', 1, 'stages'),
      change('s-won', 'name', 'Won', 1, 'stages'),
      change('d-local', 'stageId', 's-new', 1, 'deals'),
      change('d-local', 'position', 'a0', 1, 'deals'),
    ]);
    const deal = { title: 'Acme renewal', valueMinor: 120_000, currency: 'USD', pipelineId: 'p-sales', stageId: 's-new' };
    const created = await post(integration.token, '/v1/ingest/deals', { externalId: 'crm-deal-7', fields: deal });
    expect(created.statusCode).toBe(200);
    const { rowId } = created.json<{ rowId: string }>();
    expect(created.json()).toMatchObject({ created: true });
    const onDevice = await rowOnDevice(laptop.token, 'deals', rowId);
    expect(onDevice).toMatchObject({ ...deal, externalId: 'crm-deal-7', status: 'open', wonAt: null, deleted: 0 });
    expect(typeof onDevice.position === 'string' && onDevice.position > 'a0').toBe(true);
    expect(onDevice.stageHistory).toEqual([{ stageId: 's-new', at: onDevice.stageEnteredAt }]);

    const updated = await post(integration.token, '/v1/ingest/deals', { externalId: 'crm-deal-7', fields: { stageId: 's-won', status: 'won' } });
    expect(updated.json()).toMatchObject({ rowId, created: false });
    const deals = new Set((await pullAll(server.app, laptop.token)).changes.filter((item) => item.table === 'deals').map((item) => item.rowId));
    expect(deals).toEqual(new Set(['d-local', rowId]));
    const moved = await rowOnDevice(laptop.token, 'deals', rowId);
    expect(moved).toMatchObject({ title: 'Acme renewal', valueMinor: 120_000, pipelineId: 'p-sales', stageId: 's-won', position: 'a0', status: 'won', wonAt: moved.stageEnteredAt });
    expect(moved.stageHistory).toEqual([
      { stageId: 's-new', at: onDevice.stageEnteredAt },
      { stageId: 's-won', at: moved.stageEnteredAt },
    ]);
  });

  it.skipIf(skip)('refuses a new deal without its pipeline and stage, or with a position the board cannot use, with a reason, writing nothing', async () => {
    const { integration, laptop } = await setUp();
    const withoutStage = await post(integration.token, '/v1/ingest/deals', { externalId: 'crm-deal-8', fields: { title: 'No stage' } });
    expect(withoutStage.statusCode).toBe(400);
    expect(errorResponseSchema.parse(withoutStage.json()).reason).toMatch(/Invalid deals fields.*pipelineId.*stageId/s);
    const badPosition = await post(integration.token, '/v1/ingest/deals', { externalId: 'crm-deal-9', fields: { title: 'Top', pipelineId: 'p1', stageId: 's1', position: '1' } });
    expect(badPosition.statusCode).toBe(400);
    expect(errorResponseSchema.parse(badPosition.json()).reason).toMatch(/position "1" is not a board position/);
    expect((await pullAll(server.app, laptop.token)).changes).toEqual([]);
  });

  it.skipIf(skip)('refuses fields the table schema refuses, writing nothing', async () => {
    const { integration, laptop } = await setUp();
    for (const fields of [{ email: 'not an email' }, { favouriteColour: 'blue' }]) {
      const response = await post(integration.token, '/v1/ingest/contacts', { externalId: 'crm-2', fields });
      expect(response.statusCode).toBe(400);
      expect(errorResponseSchema.parse(response.json()).reason).toMatch(/Invalid contacts fields/);
    }
    expect((await pullAll(server.app, laptop.token)).changes).toEqual([]);
  });

  it.skipIf(skip)('records events for an anonymous visitor (one contact however many events) and for a contact by email', async () => {
    const { integration, laptop } = await setUp();
    const visit = (path: string) => post(integration.token, '/v1/ingest/events', { contact: { visitorId: 'v-42' }, event: { name: 'page visit', properties: { path } } });
    const first = (await visit('/pricing')).json<{ contactId: string; contactCreated: boolean; eventId: string }>();
    const second = (await visit('/signup')).json<{ contactId: string; contactCreated: boolean }>();
    expect(first.contactCreated).toBe(true);
    expect(second).toMatchObject({ contactId: first.contactId, contactCreated: false });
    expect(await rowOnDevice(laptop.token, 'contacts', first.contactId)).toMatchObject({ visitorId: 'v-42', status: 'visitor' });
    expect(await rowOnDevice(laptop.token, 'events', first.eventId)).toMatchObject({ contactId: first.contactId, name: 'page visit', kind: 'simple', properties: { path: '/pricing' } });

    const { rowId } = (await post(integration.token, '/v1/ingest/contacts', { externalId: 'crm-3', fields: { email: 'bo@example.com' } })).json<{ rowId: string }>();
    const purchase = await post(integration.token, '/v1/ingest/events', {
      contact: { email: 'Bo@Example.com' },
      event: { name: 'purchase', kind: 'product', time: '2026-12-01T10:00:00.000Z', productId: 'sku-1', valueMinor: 1999 },
    });
    expect(purchase.json()).toMatchObject({ contactId: rowId, contactCreated: false });
  });

  it.skipIf(skip)('needs a device token and a valid body', async () => {
    expect((await server.app.inject({ method: 'POST', url: '/v1/ingest/deals', payload: { externalId: 'd1' } })).statusCode).toBe(401);
    const { integration } = await setUp();
    const response = await post(integration.token, '/v1/ingest/events', { contact: { phone: '+4930123456' }, event: { name: 'call' } });
    expect(response.statusCode).toBe(400);
  });

  it.skipIf(skip)('describes itself with OpenAPI', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(['/v1/ingest/contacts', '/v1/ingest/companies', '/v1/ingest/deals', '/v1/ingest/events']);
  });
});
