import { HubController } from './HubController';

// The hub's process: Electron's utilityProcess (messages through process.parentPort) or, in tests
// and `npm run web` setups, a Node child process (process.send). The same code runs in both.
type ParentPort = { on(event: 'message', listener: (event: { data: unknown }) => void): void; postMessage(message: unknown): void };

const controller = new HubController();
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

if (parentPort) {
  parentPort.on('message', async (event) => parentPort.postMessage(await controller.handle(event.data)));
} else if (process.send) {
  process.on('message', async (message) => process.send?.(await controller.handle(message)));
  // The parent went away: stop the hub cleanly rather than leave the database open.
  process.on('disconnect', async () => {
    await controller.handle({ id: -1, type: 'stop' });
    process.exit(0);
  });
} else {
  console.error('The hub runs as a child of the Outpost app; start it from Settings > Sync.');
  process.exit(1);
}
