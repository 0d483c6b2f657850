import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { siteKeyFor } from '../../src-server/admin/siteKey';
import { serverForCase } from './helpers/serverForCase';
import { pgliteCase } from './helpers/serverStorages';
import { latestValues, newWorkspace, pairDevice, pullAll } from './helpers/syncTestClient';

type Beacon = { path: string; body: Blob };

// Runs /t.js as a page would, with the page's cookie jar, and returns what it sent.
function runSnippetOnPage(source: string, page: { siteKey: string; cookies: Map<string, string>; href: string }) {
  const beacons: Beacon[] = [];
  const document = {
    currentScript: { src: 'https://sync.example/t.js', getAttribute: (name: string) => (name === 'data-site-key' ? page.siteKey : null) },
    title: 'Pricing',
    referrer: '',
    get cookie() {
      return [...page.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(line: string) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      page.cookies.set(name, value);
    },
  };
  const navigator = { sendBeacon: (url: string, body: Blob) => beacons.push({ path: new URL(url).pathname, body }) > 0 };
  const window: { outpost?: { identify(email: string): void } } = {};
  runInNewContext(source, { document, navigator, window, location: { href: page.href }, crypto, URL, Blob, JSON, String });
  return { beacons, outpost: window.outpost! };
}

describe('website tracking snippet', () => {
  const server = serverForCase(pgliteCase);

  async function deliver(beacons: Beacon[]) {
    for (const beacon of beacons.splice(0)) {
      const response = await server.app.inject({ method: 'POST', url: beacon.path, headers: { 'content-type': 'text/plain' }, payload: await beacon.body.text() });
      expect(response.statusCode).toBe(204);
    }
  }

  it('records page visits of one anonymous visitor across visits, and identify() gives the contact an email', async () => {
    const { app, store } = server;
    const workspaceId = await newWorkspace(store);
    const siteKey = await siteKeyFor(store, workspaceId);
    expect(await siteKeyFor(store, workspaceId)).toBe(siteKey);
    const device = await pairDevice(app, store, workspaceId);

    const script = await app.inject({ method: 'GET', url: '/t.js' });
    expect(script.headers['content-type']).toMatch(/^application\/javascript/);
    const page = { siteKey, cookies: new Map<string, string>(), href: 'https://shop.example/pricing' };
    const firstVisit = runSnippetOnPage(script.body, page);
    await deliver(firstVisit.beacons);
    const secondVisit = runSnippetOnPage(script.body, { ...page, href: 'https://shop.example/signup' });
    await deliver(secondVisit.beacons);
    secondVisit.outpost.identify('Ann@Example.com');
    await deliver(secondVisit.beacons);

    const changes = (await pullAll(app, device.token)).changes;
    const contactIds = new Set(changes.filter((item) => item.table === 'contacts').map((item) => item.rowId));
    expect(contactIds.size).toBe(1);
    const [contactId] = contactIds;
    const latest = latestValues(changes);
    expect(latest.get(`contacts/${contactId}/visitorId`)).toBe(page.cookies.get('outpost_vid'));
    expect(latest.get(`contacts/${contactId}/email`)).toBe('ann@example.com');
    expect(latest.get(`contacts/${contactId}/status`)).toBe('lead');
    const visits = changes.filter((item) => item.table === 'events' && item.field === 'properties').map((item) => (item.value as { url: string }).url);
    expect(visits).toEqual(['https://shop.example/pricing', 'https://shop.example/signup']);
  });

  it('refuses an unknown site key, and a site key reads nothing', async () => {
    const { app, store } = server;
    const siteKey = await siteKeyFor(store, await newWorkspace(store));
    const track = await app.inject({ method: 'POST', url: '/v1/track', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ siteKey: 'site_nope', visitorId: 'v1', name: 'page visit', properties: {} }) });
    expect(track.statusCode).toBe(401);
    const pull = await app.inject({ method: 'GET', url: '/v1/sync/pull', headers: { authorization: `Bearer ${siteKey}` } });
    expect(pull.statusCode).toBe(401);
  });
});
