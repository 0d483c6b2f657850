import type { DuplicateCandidate, DuplicatePair } from '@shared/domain/duplicates/duplicateTypes';
import { findDuplicatePairs } from '@shared/domain/duplicates/findDuplicatePairs';

// In a worker where the platform has them (the app); inline under Node, where tests run.
export function findDuplicatePairsOffThread(candidates: DuplicateCandidate[], signal: AbortSignal): Promise<DuplicatePair[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(findDuplicatePairs(candidates));
  const worker = new Worker(new URL('./findDuplicatePairs.worker.ts', import.meta.url), { type: 'module', name: 'Duplicate finder' });
  return new Promise<DuplicatePair[]>((resolve, reject) => {
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (event: MessageEvent<DuplicatePair[]>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`The duplicate finder stopped: ${event.message}`));
    };
    worker.postMessage(candidates);
  });
}
