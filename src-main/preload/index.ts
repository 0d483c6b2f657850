import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '@shared/ipc/bridgeMethods';
import { buildBridgeApi } from './buildBridgeApi';

// The whole preload: the named bridge and nothing else (no ipcRenderer, no Node).
contextBridge.exposeInMainWorld(
  bridgeGlobalName,
  buildBridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
