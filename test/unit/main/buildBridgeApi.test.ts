import { describe, expect, it, vi } from 'vitest';
import { bridgeMethods } from '../../../src-shared/ipc/bridgeMethods';
import { buildBridgeApi, type Invoke } from '../../../src-main/preload/buildBridgeApi';

describe('buildBridgeApi', () => {
  it('exposes exactly the named bridge methods, as functions, frozen', () => {
    const api = buildBridgeApi(vi.fn<Invoke>());
    expect(Object.keys(api).sort()).toEqual(Object.keys(bridgeMethods).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each method to its own channel with the payload only', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.resolve({ opened: true }));
    const api = buildBridgeApi(invoke);
    await api.openExternal({ url: 'https://example.com' });
    expect(invoke).toHaveBeenLastCalledWith('shell-open-external', { url: 'https://example.com' });
    await api.showNotification({ title: 'Hi' });
    expect(invoke).toHaveBeenLastCalledWith('notification-show', { title: 'Hi' });
  });

  it('sends no argument for a method without payload', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.resolve({}));
    await buildBridgeApi(invoke).getAppInfo();
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app-get-info');
  });
});
