import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { HubChild } from '../../src-main/hub/hubHost';

const root = resolve(import.meta.dirname, '../..');

// Electron's utilityProcess.fork, played by Node's fork of the same entry under tsx.
export function forkHubLikeElectron(): HubChild {
  const child = fork(resolve(root, 'src-server/hub/hubProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: resolve(root, 'src-server/tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    postMessage: (message) => child.send(message as object),
    on: (event, listener) => void child.on(event, listener),
    once: (event, listener) => void child.once(event, listener),
    kill: () => child.kill(),
  };
}
