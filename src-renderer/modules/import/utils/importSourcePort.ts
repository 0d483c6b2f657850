import type { ImportSource } from './importSource';

type RangeRequest = { id: number; start: number; end: number };
type RangeReply = { id: number; bytes: ArrayBuffer } | { id: number; error: string };

// The import worker cannot reach the bridge (a file Electron's main holds open is read through
// window.outpost), so the page reads each range the worker asks for and moves it over.
export function serveImportSource(source: ImportSource, port: MessagePort): void {
  port.onmessage = async ({ data: { id, start, end } }: MessageEvent<RangeRequest>) => {
    try {
      const bytes = await source.slice(start, end).arrayBuffer();
      port.postMessage({ id, bytes } satisfies RangeReply, [bytes]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RangeReply);
    }
  };
}

// In the worker: the source the page serves on the other end of `port`.
export function importSourceFromPort(port: MessagePort, size: number): ImportSource {
  const waiting = new Map<number, { resolve: (bytes: ArrayBuffer) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  port.onmessage = ({ data }: MessageEvent<RangeReply>) => {
    const reply = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) reply?.reject(new Error(data.error));
    else reply?.resolve(data.bytes);
  };
  return {
    size,
    slice: (start, end) => ({
      arrayBuffer: () =>
        new Promise<ArrayBuffer>((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          port.postMessage({ id, start, end } satisfies RangeRequest);
        }),
    }),
  };
}
