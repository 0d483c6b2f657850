import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

// The command of package.json's "server" script (tsx with the server's tsconfig and entry), run
// with the tsx installed in node_modules, as `npm run server` runs it.
function serverScriptCommand(): { command: string; args: string[] } {
  const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [program, ...args] = scripts.server!.split(/\s+/);
  return { command: resolve(root, 'node_modules/.bin', program!), args };
}

// A port nobody listens on right now (the server refuses port 0, so it cannot pick one itself).
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

// `npm run server` with these environment variables, its output kept for waiting on lines. It
// runs in a process group of its own (tsx and the server under it), signalled as a whole the way
// a terminal's Ctrl+C or a service manager's stop signals it.
export function spawnServerProcess(env: Record<string, string>) {
  const { command, args } = serverScriptCommand();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const signal = (name: NodeJS.Signals) => process.kill(-child.pid!, name);
  let output = '';
  const waiters: Array<() => void> = [];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters.splice(0)) waiter();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('close', (code, signal) => {
      ended = true;
      for (const waiter of waiters.splice(0)) waiter();
      done({ code, signal });
    }),
  );

  // The first match of `pattern` in the output, waiting for it; fails if the process ends first.
  async function waitForOutput(pattern: RegExp): Promise<RegExpMatchArray> {
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (ended) throw new Error(`The server ended before printing ${pattern}:\n${output}`);
      await new Promise<void>((wake) => waiters.push(wake));
    }
  }

  return { child, signal, exited, waitForOutput, output: () => output };
}
