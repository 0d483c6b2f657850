import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { openCaptureShortcut } from '../utils/captureShortcuts';

// Ctrl/Cmd+Shift+N from anywhere, text fields included (a modifier is never typed by accident).
export function useCaptureShortcut(): void {
  const navigate = useNavigate();
  useHotkeys([[openCaptureShortcut.hotkey, () => navigate('/capture')]], []);
}
