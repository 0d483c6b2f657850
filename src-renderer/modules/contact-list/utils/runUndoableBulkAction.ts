import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { runWithProgressNotification } from './runWithProgressNotification';

// A bulk change of a table's selection: progress while it runs, then a way back.
export function runUndoableBulkAction(mutations: MutationLayer, label: string, work: (onProgress: (done: number, total: number) => void) => Promise<UndoEntry>, onDone: () => void): void {
  void runWithProgressNotification(label, work)
    .then((entry) => {
      onDone();
      showUndoNotification(entry, mutations);
    })
    .catch(showWriteError);
}
