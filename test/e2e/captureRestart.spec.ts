import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../scripts/findChromium.mjs';
import { startEmpty } from './helpers';

// A browser on a profile on disk (the test's usual context keeps IndexedDB in memory), so a
// restart finds what the crashed one committed.
function launchOn(profileDir: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs, baseURL });
}

// Playwright hands out no process for a persistent context; Chromium's profile lock names its
// browser process ("<host>-<pid>"), which leads its own process group.
function killHard(profileDir: string): void {
  const pid = Number(readlinkSync(join(profileDir, 'SingletonLock')).split('-').at(-1));
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no browser process in ${profileDir}/SingletonLock`);
  // The whole group at once, renderers and storage included: nothing gets to flush or shut down.
  process.kill(-pid, 'SIGKILL');
}

const field = (page: Page, label: string) => page.getByRole('form', { name: 'Capture contact' }).getByRole('textbox', { name: label, exact: true });

test('a contact saved right before the browser is killed is there after a restart', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'outpost-capture-crash-'));
  try {
    const crashing = await launchOn(profileDir, baseURL);
    const page = crashing.pages()[0] ?? (await crashing.newPage());
    await startEmpty(page);
    await page.goto('/#/capture');
    await field(page, 'First name').fill('Kiki');
    await field(page, 'Last name').fill('Killed');
    await field(page, 'Email').fill('kiki@crash.example');
    await page.keyboard.press('ControlOrMeta+Enter');
    // The form clears only once the capture is committed: that is the moment to pull the plug.
    await expect(field(page, 'First name')).toHaveValue('', { timeout: 10_000 });
    const gone = new Promise((resolve) => crashing.once('close', resolve));
    killHard(profileDir);
    await gone;

    const restarted = await launchOn(profileDir, baseURL);
    try {
      const after = restarted.pages()[0] ?? (await restarted.newPage());
      await after.goto('/#/contacts');
      await expect(after.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: 'Kiki Killed' })).toBeVisible();
      await after.goto('/#/capture');
      await expect(after.getByRole('button', { name: 'Fix Kiki Killed' })).toBeVisible();
      await expect(after.getByRole('region', { name: 'Event' })).toContainText('Today 1');
    } finally {
      await restarted.close();
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
