import { expect, test, type Page } from '@playwright/test';
import { createCompany } from './companySteps';
import { createDeal } from './dealSteps';
import { openSection, startEmpty } from './helpers';
import { addPipeline } from './pipelineSteps';

// Sets up a company, a pipeline, a deal and a task through the UI: a while on a busy machine.
test.describe.configure({ timeout: 150_000 });

function stage(page: Page, name: string) {
  return page.getByRole('region', { name: `${name} stage` });
}

async function openDeal(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('a sales rep works with no network: a company, a deal moved on the board and a task done are all kept across a reload', async ({ page, context }) => {
  await startEmpty(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // Nothing the app does may need the network: no request may fail meanwhile.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await test.step('everything is done offline', async () => {
    await createCompany(page, 'Acme', 'acme.com');
    await addPipeline(page, 'New business', [
      ['Lead', 10],
      ['Proposal', 50],
    ]);
    await openSection(page, 'Deals');
    await createDeal(page, 'Acme rollout', '1000', { company: 'Acme' });
    await stage(page, 'Lead').getByRole('button', { name: 'Actions for Acme rollout' }).click();
    await page.getByRole('menuitem', { name: 'Proposal', exact: true }).click();
    await expect(stage(page, 'Proposal').getByRole('article', { name: 'Acme rollout' })).toBeVisible();

    await openDeal(page, 'Acme rollout');
    await page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Send the contract');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('list', { name: 'Deal tasks' }).getByRole('checkbox', { name: 'Complete Send the contract' }).click();
    await expect(page.getByRole('list', { name: 'Deal tasks' }).getByRole('checkbox', { name: 'Complete Send the contract' })).toBeChecked();
    expect(failed).toEqual([]);
  });

  await test.step('after a reload, all of it is there', async () => {
    // A browser has nothing to load the page from without the network (the desktop app
    // loads it from disk): back online for the reload only, then offline again.
    await context.setOffline(false);
    await page.reload();
    await context.setOffline(true);

    await openSection(page, 'Companies');
    await expect(page.getByRole('table', { name: 'Companies' }).getByRole('link', { name: 'Acme', exact: true })).toBeVisible();

    await openSection(page, 'Deals');
    const card = stage(page, 'Proposal').getByRole('article', { name: 'Acme rollout' });
    await expect(card).toContainText('€1,000.00');
    await expect(card).toContainText('Acme');
    await expect(stage(page, 'Lead').getByRole('article')).toHaveCount(0);

    await openDeal(page, 'Acme rollout');
    await expect(page.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'Deal tasks' }).getByRole('checkbox', { name: 'Complete Send the contract' })).toBeChecked();

    await openSection(page, 'Tasks');
    await expect(page.getByRole('radio', { name: 'Done (1)' })).toBeAttached();
  });
});
