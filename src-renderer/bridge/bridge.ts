import { bridgeGlobalName, type OutpostBridge } from '@shared/ipc/bridgeMethods';
import { browserBridge } from './browserBridge';

// The preload's API in Electron, the browser implementation everywhere else.
export const bridge: OutpostBridge = (window as unknown as Record<string, OutpostBridge | undefined>)[bridgeGlobalName] ?? browserBridge;

// In Electron, files are chosen in the OS's own dialogs through the bridge; a page keeps its file inputs.
export const hasNativeFileDialogs = bridge !== browserBridge;
