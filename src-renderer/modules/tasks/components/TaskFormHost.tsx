import { useHotkeys } from '@mantine/hooks';
import { useShallow } from 'zustand/react/shallow';
import { useTaskFormStore } from '../states/taskFormStore';
import { quickAddShortcut } from '../utils/quickAddShortcut';
import { TaskFormModal } from './TaskFormModal';

// Mounted once in the app shell: the quick-add shortcut and the task form it opens, which the
// Tasks section, profiles and the command palette open too.
export function TaskFormHost() {
  const { target, openNew, close } = useTaskFormStore(useShallow(({ target, openNew, close }) => ({ target, openNew, close })));
  // With a modifier it cannot be typed by accident, so it works inside text fields as well.
  useHotkeys([[quickAddShortcut.hotkey, () => openNew()]], []);
  return <TaskFormModal target={target} onClose={close} />;
}
