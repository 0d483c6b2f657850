import { useHotkeys } from '@mantine/hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { undoLastAction } from '../utils/showUndoNotification';

// Ctrl/Cmd+Z outside text fields undoes the last destructive action; inside a field it stays
// the field's own undo (useHotkeys ignores inputs by default).
export function useUndoShortcut(): void {
  const { mutations } = useDatabase();
  useHotkeys([['mod+Z', () => undoLastAction(mutations)]]);
}
