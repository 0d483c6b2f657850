const isMac = typeof navigator !== 'undefined' && navigator.platform.toLowerCase().includes('mac');

// Ctrl/Cmd+Shift+T opens quick add from anywhere: Ctrl/Cmd+K is the palette, Ctrl/Cmd+Z undo,
// '/' search and Ctrl/Cmd+Shift+N trade-show capture. A plain browser keeps this combination for
// reopening a tab, so in `npm run web` the palette's "New task" and the button do the same.
export const quickAddShortcut = {
  hotkey: 'mod+shift+T',
  aria: isMac ? 'Meta+Shift+T' : 'Control+Shift+T',
  label: isMac ? '⌘⇧T' : 'Ctrl+Shift+T',
};
