import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { schemaVersions } from '../../src-renderer/db/schemaVersions';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

const { version: appVersion } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

async function addTeamMember(page: Page, name: string, email: string): Promise<void> {
  const addForm = page.getByRole('form', { name: 'Add a team member' });
  await addForm.getByLabel('Member name').fill(name);
  await addForm.getByLabel('Member email').fill(email);
  await addForm.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: email })).toBeVisible();
}

async function backUpNow(page: Page): Promise<void> {
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status')).toContainText('Backed up 0 contacts');
  await expect(backups.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Manual/ })).toHaveCount(1);
}

// As a lost IndexedDB looks at the next start: the app's own database gone, its backups kept.
async function loseTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('outpost');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
}

test('a database found empty at start offers the newest backup before anything else, and restores it', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await backUpNow(page);

  await loseTheDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: "This device's Outpost database is empty", level: 1 })).toBeVisible();
  // Nothing else has started: no welcome screen, no app shell (so no sync).
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await expect(page.getByText(/The newest is from .* and holds 0 contacts/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the restore offer at start');

  await page.getByRole('button', { name: 'Restore the newest backup' }).click();
  // Objects as the user counts them, not storage tables: no settings, sync state or outbox rows,
  // the outbox told as the changes it holds.
  const holds = page.getByRole('table', { name: 'What the backup holds' });
  await expect(holds.getByRole('row')).toHaveText([/What\s*How many/, /team members\s*1/]);
  await expect(page.getByText(/^And \d+ unsynced changes?, restored with it\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  // The page reloads into the app where it was (Settings), with the restored data.
  // A reload on a busy machine may take a while.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible();
});

test('an empty database at start can also go on without restoring', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await backUpNow(page);
  await loseTheDatabase(page);
  await page.reload();
  await page.getByRole('button', { name: 'Start without restoring' }).click();
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
});

test('Settings > Backups: back up now, restore an earlier state from the list, refuse a damaged file and a wrong password', async ({ page }) => {
  // Two restores with their page reloads and four PBKDF2 derivations of 600,000 rounds: more than
  // a minute on a busy machine.
  test.slow();
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await backUpNow(page);
  // In the browser the backup is offered as a download too.
  const backups = page.getByRole('region', { name: 'Backups' });
  const [copy] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: 'Download it' }).click()]);
  expect(copy.suggestedFilename()).toMatch(/^outpost-.*-manual\.outpost$/);
  await page.getByRole('table', { name: 'Team members' }).getByRole('button', { name: 'Remove Jo Ortiz' }).click();
  await expect(page.getByRole('table', { name: 'Team members' })).toHaveCount(0);

  const written = await backups.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Manual/ }).getByRole('cell').first().textContent();
  await backups.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore the workspace' });
  // When the backup was written and by which version, before anything is replaced.
  await expect(dialog.getByText(`The backup of ${written}: written ${written} by Outpost ${appVersion} (database version ${schemaVersions.at(-1)?.version}).`)).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'What the backup holds' }).getByRole('row')).toHaveText([/What\s*How many/, /team members\s*1/]);
  await expectNoSeriousA11yViolations(page, 'the restore preview');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible({ timeout: 30_000 });
  // The state before the restore was backed up first.
  await expect(backups.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Before a restore/ })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'Settings > Backups');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), backups.getByRole('button', { name: 'Restore from a file…' }).click()]);
  await chooser.setFiles({ name: 'contacts.outpost', mimeType: 'application/octet-stream', buffer: Buffer.from('firstName,lastName\nAnn,Lee\n') });
  await expect(dialog.getByRole('alert')).toContainText('This is not an Outpost workspace file or backup.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await backups.getByRole('button', { name: 'Export workspace…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export workspace' });
  await exportDialog.getByLabel('Password (optional)').fill('trade show');
  await exportDialog.getByLabel('Repeat the password').fill('trade show');
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^outpost-workspace-\d{4}-\d{2}-\d{2}\.outpost$/);
  await page.getByRole('table', { name: 'Team members' }).getByRole('button', { name: 'Remove Jo Ortiz' }).click();
  await expect(page.getByRole('table', { name: 'Team members' })).toHaveCount(0);

  const [secondChooser] = await Promise.all([page.waitForEvent('filechooser'), backups.getByRole('button', { name: 'Restore from a file…' }).click()]);
  await secondChooser.setFiles((await download.path()) as string);
  await dialog.getByLabel('File password').fill('wrong');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The password is not the one this file was protected with.');
  await dialog.getByLabel('File password').fill('trade show');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible({ timeout: 30_000 });
});

// The app's database as an earlier Outpost left it: schema version 3, holding the v3 fixture.
// Written from a blank page of the app's origin, so the app itself never opens it first.
async function installVersion3Database(page: Page): Promise<void> {
  const stores: Record<string, string> = {};
  for (const entry of schemaVersions.filter(({ version }) => version <= 3)) Object.assign(stores, entry.stores);
  const { tables } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/db/v3.json'), 'utf8')) as { tables: Record<string, unknown[]> };
  tables.settings = [...(tables.settings ?? []), { key: 'onboardedAt', value: '2026-12-01T09:00:00.000Z' }];
  await page.route('**/blank', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank');
  await page.evaluate(
    ({ stores, tables }) =>
      new Promise<void>((done, fail) => {
        // Dexie's schema syntax: the primary key first (++ for auto-increment), then indexes;
        // [a+b] is a compound index, * a multi-entry one. Dexie stores version N as 10 N.
        const keyPath = (spec: string) => {
          const name = spec.replace(/^[*&]|^\+\+/g, '');
          return name.startsWith('[') ? name.slice(1, -1).split('+') : name;
        };
        const request = indexedDB.open('outpost', 30);
        request.onupgradeneeded = () => {
          for (const [name, schema] of Object.entries(stores)) {
            const [primary = '', ...indexes] = schema.split(',').map((part) => part.trim());
            const store = request.result.createObjectStore(name, { keyPath: keyPath(primary), autoIncrement: primary.startsWith('++') });
            for (const index of indexes) store.createIndex(index.replace(/^[*&]/, ''), keyPath(index), { multiEntry: index.startsWith('*'), unique: index.startsWith('&') });
          }
          for (const [name, rows] of Object.entries(tables)) for (const row of rows) request.transaction?.objectStore(name).put(row);
        };
        request.onsuccess = () => {
          request.result.close();
          done();
        };
        request.onerror = () => fail(request.error ?? new Error('open failed'));
      }),
    { stores, tables },
  );
  await page.unroute('**/blank');
}

test('a failed backup before a database update stops the update; the user can update without a backup after confirming', async ({ page }) => {
  await installVersion3Database(page);
  // Backups go to the origin-private file system in the browser: here it refuses every write.
  await page.addInitScript(() => {
    StorageManager.prototype.getDirectory = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Outpost could not back up its database before updating it', level: 1 })).toBeVisible();
  await expect(page.getByText('This version of Outpost updates the database from version 3 to')).toBeVisible();
  await expect(page.getByText('The disk is full.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the failed upgrade backup at start');

  // Trying again fails the same way and changes nothing.
  await page.getByRole('button', { name: 'Try the backup again' }).click();
  await expect(page.getByRole('heading', { name: 'Outpost could not back up its database before updating it', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Update without a backup…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Update without a backup?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await page.getByRole('button', { name: 'Update without a backup…' }).click();
  await confirm.getByRole('button', { name: 'Update without a backup' }).click();

  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Ann Lee' })).toBeVisible();
});
