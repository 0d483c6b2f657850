import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { hubResponseSchema, type HubRequest } from '@shared/hub/hubMessages';

const root = resolve(import.meta.dirname, '../../..');

type RequestWithoutId = HubRequest extends infer R ? (R extends HubRequest ? Omit<R, 'id'> : never) : never;

// The hub's process as the app starts it, but under Node with tsx instead of a utilityProcess.
export function forkHubProcess() {
  const child: ChildProcess = fork(resolve(root, 'src-server/hub/hubProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: resolve(root, 'src-server/tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const waiting = new Map<number, (response: unknown) => void>();
  child.on('message', (message) => {
    const response = hubResponseSchema.parse(message);
    waiting.get(response.id)?.(response);
    waiting.delete(response.id);
  });
  const send = (message: unknown, id: number) =>
    new Promise<ReturnType<typeof hubResponseSchema.parse>>((done) => {
      waiting.set(id, (response) => done(hubResponseSchema.parse(response)));
      child.send(message as object);
    });
  return {
    child,
    request: (request: RequestWithoutId) => {
      const id = nextId++;
      return send({ ...request, id }, id);
    },
    sendRaw: (message: unknown, id: number) => send(message, id),
    exited: new Promise<number | null>((done) => child.once('exit', (code) => done(code))),
  };
}
