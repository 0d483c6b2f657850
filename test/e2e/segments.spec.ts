import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, loadDemoData, openSection } from './helpers';

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('building, saving and opening a segment with attribute, tag and event conditions', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await openSection(page, 'Segments');

  await test.step('the saved segments are listed with live counts and in the navigation', async () => {
    const table = page.getByRole('table', { name: 'Segments' });
    await expect(table.getByRole('link')).toHaveText(['Active leads in DACH', 'Hot or unassigned', 'Paying customers']);
    await expect(table.getByText(/\d+ contacts? match/)).toHaveCount(3);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Paying customers' })).toBeVisible();
  });

  await page.getByRole('button', { name: 'New segment' }).click();
  await expect(page.getByRole('heading', { name: 'New segment', level: 1 })).toBeVisible();
  const count = page.getByText(/contacts? match$/);
  await expect(count).toHaveText(/^2,000 contacts match$/);

  await test.step('conditions narrow the live count as they are finished', async () => {
    await page.getByLabel('Name').fill('Visiting leads');
    const group = page.getByRole('region', { name: 'Group 1' });
    await group.getByRole('button', { name: 'Add condition' }).click();
    const status = group.getByRole('group', { name: 'Condition 1' });
    await choose(page, status, 'Field', 'Status');
    await status.getByRole('combobox', { name: 'Values' }).click();
    await page.getByRole('option', { name: 'lead', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(count).not.toHaveText('2,000 contacts match');
    const leads = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(leads).toBeGreaterThan(0);

    await group.getByRole('button', { name: 'Add condition' }).click();
    const visits = group.getByRole('group', { name: 'Condition 2' });
    await choose(page, visits, 'Field', 'Event: page_visit');
    await visits.getByRole('textbox', { name: 'Times' }).fill('1');
    await visits.getByRole('textbox', { name: 'In the last days' }).fill('3650');
    await expect(count).toHaveText(/^\d[\d,]* contacts? match$/);
    const visiting = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(visiting).toBeLessThanOrEqual(leads);

    await page.getByRole('button', { name: 'Add group' }).click();
    const tagGroup = page.getByRole('region', { name: 'Group 2' });
    await tagGroup.getByRole('button', { name: 'Add condition' }).click();
    const tag = tagGroup.getByRole('group', { name: 'Condition 1' });
    await choose(page, tag, 'Field', 'Tags');
    await tag.getByRole('combobox', { name: 'Values' }).click();
    await page.getByRole('option', { name: 'VIP', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(count).not.toHaveText(`${visiting.toLocaleString('en')} contacts match`);
    await expectNoSeriousA11yViolations(page, 'the segment builder');
  });

  const expected = Number((await count.textContent())?.replace(/\D/g, ''));
  await page.getByRole('button', { name: 'Save segment' }).click();

  await test.step('the saved segment opens as a contacts table of its members', async () => {
    await expect(page.getByRole('heading', { name: 'Visiting leads', level: 1 })).toBeVisible();
    await expect(page.getByText(`${expected.toLocaleString('en')} contact`, { exact: false }).first()).toBeVisible();
    const table = page.getByRole('table', { name: 'Contacts' });
    if (expected > 0) await expect(table.getByRole('row').filter({ has: page.getByRole('cell') }).first()).toContainText('lead');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Visiting leads' })).toBeVisible();
  });

  await test.step('an invalid segment says what is wrong', async () => {
    await page.getByRole('button', { name: 'Edit segment' }).click();
    await page.getByLabel('Name').fill('');
    await page.getByRole('button', { name: 'Save segment' }).click();
    await expect(page.getByText('A segment needs a name')).toBeVisible();
  });
});
