// Hybrid logical clock. A timestamp is `<ISO millis>-<counter hex4>-<node id>`, so timestamps
// sort correctly as plain strings and the node id makes each one globally unique.

const maxCounter = 0xffff;
export const defaultMaxDriftMs = 5 * 60 * 1000;
const hlcPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-z]{1,32})$/;

export type HlcParts = { millis: number; counter: number; node: string };

export class ClockDriftError extends Error {
  constructor(readonly remote: string, readonly driftMs: number) {
    super(`A change is stamped ${Math.round(driftMs / 1000)} s ahead of this device's clock; check the system time.`);
    this.name = 'ClockDriftError';
  }
}

export function formatHlc({ millis, counter, node }: HlcParts): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseHlc(hlc: string): HlcParts | null {
  const match = hlcPattern.exec(hlc);
  if (!match) return null;
  const millis = Date.parse(match[1] as string);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: parseInt(match[2] as string, 16), node: match[3] as string };
}

export type HlcOptions = { now?: () => number; maxDriftMs?: number; last?: string | null };

export class HybridLogicalClock {
  private millis = 0;
  private counter = 0;
  private readonly now: () => number;
  private readonly maxDriftMs: number;

  constructor(readonly node: string, options: HlcOptions = {}) {
    if (!/^[0-9a-z]{1,32}$/.test(node)) throw new Error(`Invalid clock node id "${node}"`);
    this.now = options.now ?? Date.now;
    this.maxDriftMs = options.maxDriftMs ?? defaultMaxDriftMs;
    const last = options.last ? parseHlc(options.last) : null;
    if (last) {
      this.millis = last.millis;
      this.counter = last.counter;
    }
  }

  // A fresh timestamp for a local write, later than every timestamp seen so far.
  next(): string {
    const physical = this.now();
    if (physical > this.millis) {
      this.millis = physical;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return formatHlc({ millis: this.millis, counter: this.counter, node: this.node });
  }

  // Moves the clock past a timestamp received from another device.
  observe(remote: string): void {
    const parts = parseHlc(remote);
    if (!parts) throw new Error(`Invalid HLC timestamp "${remote}"`);
    const physical = this.now();
    const drift = parts.millis - physical;
    if (drift > this.maxDriftMs) throw new ClockDriftError(remote, drift);
    if (parts.millis > this.millis) {
      this.millis = parts.millis;
      this.counter = parts.counter;
    } else if (parts.millis === this.millis && parts.counter > this.counter) {
      this.counter = parts.counter;
    }
  }

  get last(): string {
    return formatHlc({ millis: this.millis, counter: this.counter, node: this.node });
  }

  private bumpCounter(): void {
    if (this.counter < maxCounter) {
      this.counter += 1;
      return;
    }
    // 65,536 writes in one millisecond (a bulk import): borrow the next millisecond.
    this.millis += 1;
    this.counter = 0;
  }
}
