const isMac = typeof navigator !== 'undefined' && navigator.platform.toLowerCase().includes('mac');

// Ctrl/Cmd+Shift+N opens capture from anywhere (a plain browser keeps it for a new private
// window, so in `npm run web` the navigation and the palette do the same); Ctrl/Cmd+Enter
// saves from any field of the capture form.
export const openCaptureShortcut = {
  hotkey: 'mod+shift+N',
  aria: isMac ? 'Meta+Shift+N' : 'Control+Shift+N',
  label: isMac ? '⌘⇧N' : 'Ctrl+Shift+N',
};

export const saveShortcut = {
  hotkey: 'mod+Enter',
  aria: isMac ? 'Meta+Enter' : 'Control+Enter',
  label: isMac ? '⌘↵' : 'Ctrl+Enter',
};
