import { hubResponseSchema, hubStatusSchema, type HubRequest, type HubStartOptions, type HubStatus } from '@shared/hub/hubMessages';

// What HubHost needs from Electron's UtilityProcess, so tests drive it with a Node child.
export interface HubChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  once(event: 'exit', listener: (code: number) => void): void;
  kill(): boolean;
}

type RequestWithoutId = HubRequest extends infer R ? (R extends HubRequest ? Omit<R, 'id'> : never) : never;

const requestTimeoutMs = 60_000;

// Runs the team hub in its own process while the app is open: the sync server's code never
// shares the window's main process, and a crash there takes down only the hub.
export class HubHost {
  private child: HubChild | null = null;
  private current: HubStatus | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly forkHub: () => HubChild) {}

  status(): HubStatus | null {
    return this.current;
  }

  async start(options: HubStartOptions): Promise<HubStatus> {
    if (this.current) return this.current;
    const child = this.forkHub();
    this.child = child;
    child.on('message', (message) => this.answer(message));
    child.once('exit', (code) => {
      this.child = null;
      this.current = null;
      for (const { reject } of this.waiting.values()) reject(new Error(`The hub stopped (exit code ${code}).`));
      this.waiting.clear();
    });
    try {
      this.current = hubStatusSchema.parse(await this.request({ type: 'start', options }));
    } catch (error) {
      child.kill();
      throw error;
    }
    return this.current;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await this.request({ type: 'stop' }).catch(() => undefined);
    child.kill();
    await exited;
  }

  request(request: RequestWithoutId): Promise<unknown> {
    const child = this.child;
    if (!child) return Promise.reject(new Error('The hub is not running: turn on hosting in Settings > Sync.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error('The hub did not answer within a minute.'));
      }, requestTimeoutMs);
      this.waiting.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.postMessage({ ...request, id });
    });
  }

  private answer(message: unknown): void {
    const response = hubResponseSchema.safeParse(message);
    if (!response.success) return;
    const waiter = this.waiting.get(response.data.id);
    if (!waiter) return;
    this.waiting.delete(response.data.id);
    if (response.data.ok) waiter.resolve(response.data.result);
    else waiter.reject(new Error(response.data.error));
  }
}
