import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './electron.vite.config.ts';
import { contentSecurityPolicy } from './src-shared/security/contentSecurityPolicy.ts';

// `npm run web`: the same renderer as the desktop app, built for and served to a browser, with
// the desktop app's content security policy.
const port = Number(process.env.PORT ?? 4173);
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig(
  mergeConfig(rendererConfig, {
    build: { outDir: resolve(import.meta.dirname, 'out/web') },
    preview: { host: '127.0.0.1', port, strictPort: true, headers: securityHeaders },
  }),
);
