import type { OpenFileResult } from '@shared/ipc/bridgeContract';
import type { OutpostBridge } from '@shared/ipc/bridgeMethods';
import type { ChosenImportFile } from './importSource';

type OpenedFile = Extract<OpenFileResult, { status: 'opened' }>;

// A file main holds open, read a range at a time through the bridge, as a File is sliced.
export function openedImportFile({ handle, name, size }: OpenedFile, files: Pick<OutpostBridge, 'readOpenedFile' | 'closeOpenedFile'>): ChosenImportFile {
  return {
    name,
    size,
    slice: (start, end) => ({
      async arrayBuffer() {
        const from = Math.min(start, size);
        const length = Math.min(end, size) - from;
        if (length <= 0) return new ArrayBuffer(0);
        const read = await files.readOpenedFile({ handle, start: from, length });
        if (read.status === 'refused') throw new Error(`${name} could not be read: ${read.reason}`);
        return read.data.buffer.slice(read.data.byteOffset, read.data.byteOffset + read.data.byteLength) as ArrayBuffer;
      },
    }),
    close: async () => {
      await files.closeOpenedFile({ handle });
    },
  };
}
