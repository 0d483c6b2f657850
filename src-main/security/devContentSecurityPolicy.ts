import { createHash } from 'node:crypto';

// The inline module script @vitejs/plugin-react 6 adds to index.html on the dev server for
// React Fast Refresh. Allowing exactly this script by hash keeps dev on the production policy
// otherwise; if the plugin ever changes the text, dev shows a CSP error naming the new hash.
const reactRefreshPreamble = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

export function devContentSecurityPolicy(policy: string): string {
  const hash = `'sha256-${createHash('sha256').update(reactRefreshPreamble).digest('base64')}'`;
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => (directive.split(/\s+/u)[0] === 'script-src' ? `${directive} ${hash}` : directive))
    .join('; ');
}
