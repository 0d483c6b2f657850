import { expect, test, type Page } from '@playwright/test';
import { addAttribute, addTeamMember, pickOption } from './attributeSteps';
import { createCompany } from './companySteps';
import { createContact } from './contactSteps';
import { cardTitles, createDeal } from './dealSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { addPipeline } from './pipelineSteps';

// West of Greenwich, where a close date read as UTC midnight would show the day before.
test.use({ timezoneId: 'America/New_York' });

// A new tag, given to one contact from a selection in the contacts table.
async function tagContact(page: Page, tag: string, contact: string): Promise<void> {
  await openSection(page, 'Tags');
  await page.getByRole('button', { name: 'New tag' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New tag' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(tag);
  await dialog.getByRole('button', { name: 'Create tag' }).click();
  await expect(dialog).toBeHidden();
  await openSection(page, 'Contacts');
  await page.getByRole('checkbox', { name: `Select ${contact}` }).click();
  await page.getByRole('button', { name: 'Bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Add tags…' }).click();
  const modal = page.getByRole('dialog', { name: /Add tags/ });
  await modal.getByRole('combobox', { name: 'Tags' }).click();
  await modal.getByRole('option', { name: tag, exact: true }).click();
  await modal.getByRole('combobox', { name: 'Tags' }).press('Tab');
  await modal.getByRole('button', { name: 'Apply' }).click();
  await expect(modal).toBeHidden();
}

function filterBar(page: Page) {
  return page.getByRole('search', { name: 'Deal filters' });
}

async function setFilter(page: Page, label: string, option: string): Promise<void> {
  await pickOption(page, filterBar(page).getByRole('combobox', { name: label, exact: true }), option);
}

test('a deal carries its owner, company, close date, currency and a custom attribute; the board shows them and filters on them', async ({ page }) => {
  // Two members, an attribute, a pipeline, two companies and a tagged contact are set up through the UI first.
  test.setTimeout(150_000);
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await addTeamMember(page, 'Max Weber', 'max@outpost.test');
  await page.getByRole('region', { name: 'Attributes' }).getByRole('tab', { name: 'Deals' }).click();
  await addAttribute(page, { label: 'Contract length' });
  await addPipeline(page, 'New business', [['Lead', 10]]);
  await createCompany(page, 'Acme', 'acme.com');
  await createCompany(page, 'Globex', 'globex.com');
  await createContact(page, { 'First name': 'Ann', Email: 'ann@example.com' });
  await tagContact(page, 'VIP', 'Ann');

  await openSection(page, 'Deals');
  await createDeal(page, 'Acme rollout', '1200', { currency: 'JPY', owner: 'Jo Ortiz', company: 'Acme', closeDate: '2026-03-15', contact: 'Ann' });
  await createDeal(page, 'Globex pilot', '800', { owner: 'Max Weber', company: 'Globex' });
  await createDeal(page, 'Globex upgrade', '800', { owner: 'Jo Ortiz', company: 'Globex' });

  await test.step('the cards show company and owner, and yen stay apart from euros in the totals', async () => {
    const lead = page.getByRole('region', { name: 'Lead stage' });
    const rollout = lead.getByRole('article', { name: 'Acme rollout' });
    await expect(rollout).toContainText('¥1,200');
    await expect(rollout).toContainText('Acme · Jo Ortiz');
    await expect(lead.getByRole('article', { name: 'Globex pilot' })).toContainText('Globex · Max Weber');
    await expect(lead.getByLabel('Lead totals')).toHaveText('3 deals · €1,600.00 + ¥1,200');
    await expect(lead.getByText('Weighted €160.00 + ¥120')).toBeVisible();
    await expect(page.getByText('3 deals · €1,600.00 + ¥1,200 · weighted €160.00 + ¥120')).toBeVisible();
  });

  await test.step('owner, company and contact tag each narrow the board, together too, and clear', async () => {
    const lead = page.getByRole('region', { name: 'Lead stage' });
    await setFilter(page, 'Owner', 'Jo Ortiz');
    await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout', 'Globex upgrade']);
    await setFilter(page, 'Company', 'Globex');
    await expect.poll(() => cardTitles(lead)).toEqual(['Globex upgrade']);
    await expect(lead.getByLabel('Lead totals')).toHaveText('1 deal · €800.00');
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cardTitles(lead)).toHaveLength(3);

    await setFilter(page, 'Company', 'Globex');
    await expect.poll(() => cardTitles(lead)).toEqual(['Globex pilot', 'Globex upgrade']);
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cardTitles(lead)).toHaveLength(3);

    await setFilter(page, 'Contact tag', 'VIP');
    await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout']);
    await expectNoSeriousA11yViolations(page, 'the filtered deal board');
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();

    // The close date range keeps the one deal expected to close in it.
    await filterBar(page).getByLabel('Closing from').fill('2026-03-01');
    await filterBar(page).getByLabel('Closing by').fill('2026-03-31');
    await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout']);
    await filterBar(page).getByLabel('Closing by').fill('2026-03-14');
    await expect.poll(() => cardTitles(lead)).toEqual([]);
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cardTitles(lead)).toHaveLength(3);
  });

  await test.step('the profile keeps every field and a custom attribute across a reload', async () => {
    await page.getByRole('region', { name: 'Lead stage' }).getByRole('link', { name: 'Acme rollout' }).click();
    await expect(page.getByRole('heading', { name: 'Acme rollout', level: 1 })).toBeVisible();
    const custom = page.getByRole('form', { name: 'Deal custom attributes' });
    await custom.getByRole('textbox', { name: 'Contract length' }).fill('Three years');
    await custom.getByRole('button', { name: 'Save attributes' }).click();
    await expect(custom.getByRole('button', { name: 'Save attributes' })).toBeDisabled();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Acme rollout', level: 1 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Deal custom attributes' }).getByRole('textbox', { name: 'Contract length' })).toHaveValue('Three years');
    const details = page.getByRole('form', { name: 'Deal details' });
    await expect(details.getByRole('combobox', { name: 'Currency' })).toHaveValue('JPY');
    await expect(details.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('1,200');
    await expect(details.getByRole('combobox', { name: 'Owner' })).toHaveValue('Jo Ortiz');
    await expect(details.getByRole('combobox', { name: 'Company', exact: true })).toHaveValue('Acme');
    await expect(details.getByLabel('Expected close date')).toHaveValue('2026-03-15');
    await expect(page.getByText('¥1,200').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('link', { name: /Ann/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the deal profile with its fields');
  });

  await test.step('the company link opens the company, whose Deals tab lists the deal', async () => {
    await page.getByRole('link', { name: 'Acme', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Deals' }).click();
    const deals = page.getByRole('table', { name: 'Company deals' });
    await expect(deals.getByRole('row')).toHaveCount(2);
    await expect(deals.getByRole('row', { name: /Acme rollout/ })).toContainText('¥1,200');
    await expect(deals.getByRole('row', { name: /Acme rollout/ })).toContainText('Mar 15, 2026');
  });
});

test('a deal abandoned or archived from its profile leaves the open board, and Reopen brings it back', async ({ page }) => {
  await startEmpty(page);
  await addPipeline(page, 'New business', [['Lead', 10]]);
  await openSection(page, 'Deals');
  await createDeal(page, 'Acme rollout', '1000');
  await createDeal(page, 'Globex pilot', '500');
  const lead = page.getByRole('region', { name: 'Lead stage' });
  const status = page.getByRole('region', { name: 'Status and stage history' });

  async function openDeal(title: string): Promise<void> {
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }
  async function backToBoard(): Promise<void> {
    await page.getByRole('link', { name: '← All deals' }).click();
    await expect(page.getByRole('heading', { name: 'Deals', level: 1 })).toBeVisible();
  }

  await openDeal('Acme rollout');
  await page.getByRole('button', { name: 'Abandon' }).click();
  await expect(status.getByText('Abandoned', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await backToBoard();
  await expect.poll(() => cardTitles(lead)).toEqual(['Globex pilot']);
  await expect(lead.getByLabel('Lead totals')).toHaveText('1 deal · €500.00');

  // The abandoned deal is still found by its status, and archived from its profile.
  await pickOption(page, filterBar(page).getByRole('combobox', { name: 'Status', exact: true }), 'Abandoned');
  await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout']);
  await openDeal('Acme rollout');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(status.getByText('Archived', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'an archived deal');
  await backToBoard();
  await expect.poll(() => cardTitles(lead)).toEqual([]);
  await pickOption(page, filterBar(page).getByRole('combobox', { name: 'Status', exact: true }), 'Archived');
  await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout']);

  await openDeal('Acme rollout');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(status.getByText('Open', { exact: true })).toBeVisible();
  await backToBoard();
  await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout', 'Globex pilot']);
});
