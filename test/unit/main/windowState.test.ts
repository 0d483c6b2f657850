import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOnVisibleDisplay, parseWindowState, readWindowState, writeWindowState } from '../../../src-main/window/windowState';

const state = { x: 100, y: 80, width: 1280, height: 800, isMaximized: false };

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState(state)).toEqual(state);
  });

  it.each([
    null,
    'x',
    [],
    { ...state, x: '100' },
    { ...state, width: 10 },
    { ...state, height: 1e9 },
    { ...state, x: 1.5 },
    { ...state, y: Number.NaN },
    { ...state, isMaximized: 'yes' },
    { x: 1, y: 2 },
  ])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('readWindowState and writeWindowState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-window-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through the file, creating the folder', () => {
    const file = join(dir, 'nested', 'window-state.json');
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('treats a missing, corrupt or invalid file as no state', () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"x":');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ ...state, width: -5 }));
    expect(readWindowState(file)).toBeNull();
  });
});

describe('isOnVisibleDisplay', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
  const leftMonitor = { x: -2560, y: 0, width: 2560, height: 1440 };

  it('accepts a window on a display', () => {
    expect(isOnVisibleDisplay(state, [laptop])).toBe(true);
    expect(isOnVisibleDisplay({ ...state, x: -2000 }, [leftMonitor, laptop])).toBe(true);
  });

  it('refuses a window on a display that is gone', () => {
    expect(isOnVisibleDisplay({ ...state, x: -2000 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay(state, [])).toBe(false);
  });

  it('refuses a window whose title bar is out of reach', () => {
    expect(isOnVisibleDisplay({ ...state, y: -700 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ ...state, x: 1900 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ ...state, y: 1070 }, [laptop])).toBe(false);
  });

  it('accepts a window hanging partly off screen while its title bar is reachable', () => {
    expect(isOnVisibleDisplay({ ...state, x: 1700 }, [laptop])).toBe(true);
  });
});
