import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, type AppRequestHandler } from '../../../src-main/protocol/appRequestHandler';

const policy = "default-src 'self'";
let sandbox: string;
let handle: AppRequestHandler;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'outpost-protocol-'));
  const root = join(sandbox, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Outpost</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'blob.bin'), 'raw');
  // A file next to the root that traversal would reach.
  writeFileSync(join(sandbox, 'secret.txt'), 'top secret');
  handle = createAppRequestHandler(root, policy);
});

afterAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

describe('createAppRequestHandler', () => {
  it('serves index.html for the root with the CSP and nosniff', async () => {
    const response = await handle(new Request('app://outpost/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(response.text()).resolves.toContain('<title>Outpost</title>');
  });

  it('serves module scripts as JavaScript and unknown files as octet-stream', async () => {
    expect((await handle(new Request('app://outpost/assets/index.js'))).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await handle(new Request('app://outpost/assets/blob.bin'))).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
  });

  it.each([
    'app://outpost/missing.js',
    'app://outpost/assets',
    'app://outpost/..%2fsecret.txt',
    'app://outpost/%2e%2e/secret.txt',
    'app://outpost/%2e%2e%5csecret.txt',
    'app://evil/index.html',
  ])('answers 404 with the CSP for %s', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    await expect(response.text()).resolves.not.toContain('top secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://outpost/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(policy);
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://outpost/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe('');
  });
});
