import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

const alias = {
  '@shared': resolve(import.meta.dirname, 'src-shared'),
  '@renderer': resolve(import.meta.dirname, 'src-renderer'),
};

// Shared by the Electron build, `npm run web` and the bench build, so all three run the same renderer.
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  resolve: { alias },
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // electron-vite leaves the renderer unminified by default; the app starts faster minified.
    minify: true,
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') } },
  },
};

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(import.meta.dirname, 'out/main'),
      // The team hub runs the sync server's code in a utilityProcess; its packages (fastify,
      // PGlite, ...) are dependencies, so they stay external and ship in node_modules.
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/index.ts'), hub: resolve(import.meta.dirname, 'src-server/hub/hubProcess.ts') },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(import.meta.dirname, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
