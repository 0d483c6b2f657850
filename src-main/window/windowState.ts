import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(20_000);

// The file is ours but lives in a user-writable folder: parse it, never trust it.
export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

// A missing, unreadable or corrupt file means "use the default size".
export function readWindowState(filePath: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(filePath, 'utf8')));
  } catch {
    return null;
  }
}

// Written at window close, synchronously; the rename keeps a crash from leaving half a file.
export function writeWindowState(filePath: string, state: WindowState): void {
  const temporary = `${filePath}.tmp`;
  try {
    mkdirSync(dirname(filePath), { recursive: true });
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, filePath);
  } catch {
    // Losing the window position is not worth failing the quit for.
  }
}

// Restore only if the title bar would be reachable: a strip at the top of the window at least
// this large must lie on some display's work area (a monitor may have been unplugged).
const grabStrip = { width: 100, height: 32 };

export function isOnVisibleDisplay(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(grabStrip.height, bounds.height) };
  return workAreas.some((area) => {
    const width = Math.min(strip.x + strip.width, area.x + area.width) - Math.max(strip.x, area.x);
    const height = Math.min(strip.y + strip.height, area.y + area.height) - Math.max(strip.y, area.y);
    return width >= grabStrip.width && height >= strip.height;
  });
}
