import { describe, expect, it } from 'vitest';
import { serverForCase } from './helpers/serverForCase';
import { storageCases } from './helpers/serverStorages';
import { change, newWorkspace, pairDevice, pulledChanges, pullPage, push, type PulledChange } from './helpers/syncTestClient';

const writers = 8;
const pushesPerWriter = 12;
const changesPerPush = 20;

// The no-skip rule: sequence numbers follow commit order, so a reader paging by seq while many
// pushes commit at once (on PostgreSQL over several pool connections) sees every change once,
// in an unbroken run of numbers.
describe.each(storageCases)('concurrent pushes on $name', (storage) => {
  const { skip } = storage;
  const server = serverForCase(storage);

  it.skipIf(skip)('never lets a reader skip a change', async () => {
    const workspaceId = await newWorkspace(server.store);
    const reader = await pairDevice(server.app, server.store, workspaceId, 'reader@example.com');
    const devices = await Promise.all(Array.from({ length: writers }, (_, i) => pairDevice(server.app, server.store, workspaceId, `writer${i}@example.com`)));

    let writing = true;
    const seen: PulledChange[] = [];
    let cursor = '';
    const read = async () => {
      // Bounded, so a failing writer cannot leave the reader looping.
      for (let round = 0; round < 10_000; round++) {
        const stillWriting = writing;
        const page = await pullPage(server.app, reader.token, cursor, 37);
        seen.push(...pulledChanges(page.writes));
        cursor = page.cursor;
        if (!page.hasMore && !stillWriting) return;
        // Caught up for now: let the writers in, as a device waits for its next poke.
        if (!page.hasMore) await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error('The reader never caught up');
    };
    const write = async (token: string, writer: number) => {
      for (let p = 0; p < pushesPerWriter; p++) {
        const batch = Array.from({ length: changesPerPush }, (_, i) => change(`w${writer}-p${p}-c${i}`, 'name', `${writer}/${p}/${i}`, p));
        const response = await push(server.app, token, batch);
        expect(response.json()).toMatchObject({ stored: changesPerPush });
      }
    };

    const reading = read();
    try {
      await Promise.all(devices.map((device, writer) => write(device.token, writer)));
    } finally {
      writing = false;
      await reading;
    }

    const total = writers * pushesPerWriter * changesPerPush;
    expect(seen.map((item) => item.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(seen.map((item) => item.rowId)).size).toBe(total);
  });
});
