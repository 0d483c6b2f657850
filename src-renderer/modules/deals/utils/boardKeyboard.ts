import type { Announcements, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core';

// One arrow press moves a lifted card by a whole card (up, down) or a whole column (left,
// right), instead of dnd-kit's default 25 pixels.
export function boardKeyboardCoordinates(columnWidth: number, cardHeight: number): KeyboardCoordinateGetter {
  return (event, { currentCoordinates }) => {
    switch (event.code) {
      case 'ArrowRight':
        return { ...currentCoordinates, x: currentCoordinates.x + columnWidth };
      case 'ArrowLeft':
        return { ...currentCoordinates, x: currentCoordinates.x - columnWidth };
      case 'ArrowDown':
        return { ...currentCoordinates, y: currentCoordinates.y + cardHeight };
      case 'ArrowUp':
        return { ...currentCoordinates, y: currentCoordinates.y - cardHeight };
      default:
        return undefined;
    }
  };
}

export const boardScreenReaderInstructions: ScreenReaderInstructions = {
  draggable: 'To move this deal, press Space, move it with the arrow keys (left and right between stages, up and down within one), then press Space again to drop it or Escape to cancel.',
};

// What dnd-kit says while a card moves, in the board's words rather than its element ids.
export function boardAnnouncements(titleOf: (id: string) => string, placeOf: (overId: string) => string): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${titleOf(String(active.id))}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(String(active.id))} is over ${placeOf(String(over.id))}.` : `${titleOf(String(active.id))} is not over a stage.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(String(active.id))} was dropped on ${placeOf(String(over.id))}.` : `${titleOf(String(active.id))} was put back.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(String(active.id))} was cancelled; it is back in its place.`,
  };
}
