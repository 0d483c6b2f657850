import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './electron.vite.config.ts';
import { contentSecurityPolicy } from './src-shared/security/contentSecurityPolicy.ts';

// `npm run web`: the same renderer as the desktop app, built for and served to a browser, with
// the desktop app's content security policy.
const port = Number(process.env.PORT ?? 4173);
// WEB_OUT_DIR lets several builds (parallel test runs) live side by side, each with its own
// cache, where Vite also keeps the lock that allows one preview per project.
const outDir = process.env.WEB_OUT_DIR ? resolve(process.env.WEB_OUT_DIR) : resolve(import.meta.dirname, 'out/web');
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig(
  mergeConfig(rendererConfig, {
    build: { outDir },
    cacheDir: process.env.WEB_OUT_DIR ? resolve(outDir, '.vite') : undefined,
    preview: { host: '127.0.0.1', port, strictPort: true, headers: securityHeaders },
  }),
);
