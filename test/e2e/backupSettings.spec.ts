import { expect, test, type Page } from '@playwright/test';
import { pickOption } from './attributeSteps';
import { openSection, startEmpty } from './helpers';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

const backupsCard = (page: Page) => page.getByRole('region', { name: 'Backups' });
const backupRows = (page: Page, kind: string) => backupsCard(page).getByRole('table', { name: 'Backups' }).getByRole('row', { name: new RegExp(kind) });

// A backup's time as the list and the restore preview write it, in the browser's locale and zone.
const writtenAt = (page: Page, hour: number) =>
  page.evaluate((hour) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(2026, 11, 5, hour, 0)), hour);

// As when the user switches to another tab, minimises the browser or closes the page.
async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('Settings > Backups starts at a backup every hour of use and on close, keeping 24 hourly and 14 daily ones; the choices are kept after a reload', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const card = backupsCard(page);
  const interval = card.getByRole('combobox', { name: 'Back up automatically' });
  const onClose = card.getByRole('switch', { name: 'Also when Outpost closes' });
  const hourly = card.getByRole('textbox', { name: 'Hourly backups to keep' });
  const daily = card.getByRole('textbox', { name: 'Daily backups to keep' });
  await expect(interval).toHaveValue('Every hour of use');
  await expect(onClose).toBeChecked();
  await expect(hourly).toHaveValue('24');
  await expect(daily).toHaveValue('14');
  // In the browser backups live in its private file storage: there is no folder to choose.
  await expect(card.getByText("Kept in this browser's private file storage")).toBeVisible();
  await expect(card.getByRole('button', { name: 'Change folder…' })).toHaveCount(0);

  await pickOption(page, interval, 'Every 4 hours of use');
  await onClose.click();
  await hourly.fill('6');
  await daily.fill('3');
  await expect(onClose).not.toBeChecked();

  await page.reload();
  await expect(interval).toHaveValue('Every 4 hours of use');
  await expect(onClose).not.toBeChecked();
  await expect(hourly).toHaveValue('6');
  await expect(daily).toHaveValue('3');
});

test('a fresh install backs up after an hour of use, and keeps as many automatic backups as chosen', async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 11, 5, 8, 0) });
  await startEmpty(page);
  await openSection(page, 'Settings');
  await expect(backupsCard(page).getByText('No backups yet.')).toBeVisible();

  await page.clock.runFor(hourMs);
  await expect(backupRows(page, 'Automatic')).toHaveCount(1);
  await expect(backupRows(page, 'Automatic')).toContainText(await writtenAt(page, 9));

  await backupsCard(page).getByRole('textbox', { name: 'Hourly backups to keep' }).fill('2');
  await backupsCard(page).getByRole('textbox', { name: 'Daily backups to keep' }).fill('1');
  await page.clock.runFor(hourMs);
  await expect(backupRows(page, 'Automatic')).toHaveCount(2);
  // The third hour's backup leaves the newest of the last two hours only.
  await page.clock.runFor(hourMs);
  await expect(backupRows(page, 'Automatic')).toHaveCount(2);
  await expect(backupRows(page, 'Automatic').nth(0)).toContainText(await writtenAt(page, 11));
  await expect(backupRows(page, 'Automatic').nth(1)).toContainText(await writtenAt(page, 10));
});

test('hiding the page backs up as on quit while "Also when Outpost closes" is on, and not once it is off', async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 11, 5, 8, 0) });
  await startEmpty(page);
  await openSection(page, 'Settings');
  // A page hidden within ten minutes of the last such backup is not backed up again.
  await page.clock.runFor(11 * minuteMs);
  await setPageHidden(page, true);
  await expect(backupRows(page, 'On quit')).toHaveCount(1);

  await setPageHidden(page, false);
  await backupsCard(page).getByRole('switch', { name: 'Also when Outpost closes' }).click();
  await page.clock.runFor(11 * minuteMs);
  await setPageHidden(page, true);
  await setPageHidden(page, false);
  // A manual backup afterwards: by the time it is listed, a backup on hiding would have been too.
  await backupsCard(page).getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page, 'Manual')).toHaveCount(1);
  await expect(backupRows(page, 'On quit')).toHaveCount(1);
});

// The backups folder of the origin-private file system, as the page sees it.
const storedBackupFiles = (page: Page) =>
  page.evaluate(async () => {
    const folder = (await (await navigator.storage.getDirectory()).getDirectoryHandle('backups')) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
    const names: string[] = [];
    for await (const name of folder.keys()) names.push(name);
    return names.sort();
  });

test('a backup that fails or is cut off half-way leaves the earlier backups listed and restorable, and lists no half-written file', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const card = backupsCard(page);
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page, 'Manual')).toHaveCount(1);
  const [earlier] = await storedBackupFiles(page);

  // The disk fills up half-way through the next one.
  await page.evaluate(() => {
    const write = FileSystemWritableFileStream.prototype.write;
    FileSystemWritableFileStream.prototype.write = async function (this: FileSystemWritableFileStream, data: Uint8Array<ArrayBuffer>) {
      await write.call(this, data.subarray(0, data.byteLength / 2));
      throw new DOMException('the disk is full', 'QuotaExceededError');
    } as typeof write;
  });
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(card.getByRole('status')).toContainText('The backup failed: the disk is full. Earlier backups are unchanged.');
  expect(await storedBackupFiles(page)).toEqual([earlier]);

  // The next one never finishes: the page is closed (here reloaded) while it writes.
  await page.evaluate(() => {
    FileSystemWritableFileStream.prototype.write = () => new Promise<void>(() => undefined);
  });
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(async () => (await storedBackupFiles(page)).some((name) => name.endsWith('.partial'))).toBe(true);
  await page.reload();

  await expect(card.getByRole('button', { name: /^Restore the backup of / })).toHaveCount(1);
  await expect(backupRows(page, 'Manual')).toContainText('0 contacts, 0 companies, 0 deals');
  await card.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore the workspace' });
  await expect(dialog.getByRole('button', { name: 'Restore this backup' })).toBeEnabled();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Backing up works again, and the cut-off file never shows.
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page, 'Manual')).toHaveCount(2);
});
