import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from '../../electron.vite.config.ts';
import { contentSecurityPolicy } from '../../src-shared/security/contentSecurityPolicy.ts';

const root = resolve(import.meta.dirname, '../..');
// BENCH_OUT_DIR: a build and Vite cache of its own, for bench runs side by side.
const outDir = process.env.BENCH_OUT_DIR ? resolve(process.env.BENCH_OUT_DIR) : resolve(root, 'out/bench');

// The app and the bench pages in one build on one origin, so they share one IndexedDB.
export default defineConfig(
  mergeConfig(
    { ...rendererConfig, build: { ...rendererConfig.build, rollupOptions: {} } },
    {
      root,
      cacheDir: process.env.BENCH_OUT_DIR ? resolve(outDir, '.vite') : undefined,
      build: {
        outDir,
        rollupOptions: {
          input: {
            app: resolve(root, 'src-renderer/index.html'),
            bench: resolve(root, 'test/bench/page/bench.html'),
          },
        },
      },
      preview: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4193), strictPort: true, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
    },
  ),
);
