import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { addTeamMember, pickOption } from './attributeSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { addPipeline } from './pipelineSteps';

const dealsExport = resolve(import.meta.dirname, '../fixtures/import/hubspot-deals.csv');

test('a deals export: dry run with an unknown stage reported by row, import, the deals on the board, revert from the history', async ({ page }) => {
  // A pipeline and a team member are set up through Settings first: many screens on a shared machine.
  test.setTimeout(120_000);
  await startEmpty(page);
  await addPipeline(page, 'Sales Pipeline', [
    ['Qualified', 20],
    ['Contract Sent', 60],
    ['Négociation', 80],
  ]);
  await addTeamMember(page, 'Jane Agent', 'jane@example.com');

  await openSection(page, 'Import');
  await page.getByRole('radio', { name: 'Deals' }).check();
  await page.getByLabel('File to import').setInputFiles(dealsExport);
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('combobox', { name: 'Field for column Deal Stage' })).toHaveValue('Stage (by name)');
  await expect(mapping.getByRole('combobox', { name: 'Field for column Amount' })).toHaveValue('Value (in the currency)');
  // The workspace has none of the file's contacts: their column is left out.
  await pickOption(page, mapping.getByRole('combobox', { name: 'Field for column Contact Email' }), 'Ignore this column');
  await expectNoSeriousA11yViolations(page, 'the import of deals');

  await page.getByRole('button', { name: 'Dry run' }).click();
  const dryRun = page.getByRole('region', { name: 'Dry run report' });
  await expect(dryRun.getByLabel('To create: 5')).toBeVisible();
  await expect(dryRun.getByLabel('Merged rows: 1')).toBeVisible();
  await expect(dryRun.getByLabel('Failed: 4')).toBeVisible();
  const errors = dryRun.getByRole('table', { name: 'Rows in error' });
  await expect(errors.getByRole('row', { name: '5 Deal Stage: "Negotiation" is not a stage of Sales Pipeline (Qualified, Contract Sent, Négociation)' })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^6 Pipeline: no pipeline is named "Other Pipeline"/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Import history' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Created: 5')).toBeVisible();
  await expect(report.getByLabel('Failed: 4')).toBeVisible();

  await openSection(page, 'Deals');
  // Row 11 repeats row 2 with a later stage and value; "negociation" is the stage with the accent.
  const contractSent = page.getByRole('region', { name: 'Contract Sent stage' });
  await expect(contractSent.getByRole('article', { name: 'Apollo renewal' })).toContainText('$13,000.00');
  await expect(contractSent.getByRole('article', { name: 'Gemini upsell' })).toContainText('€3,000.00');
  await expect(page.getByRole('region', { name: 'Négociation stage' }).getByRole('article', { name: 'Mercury pilot' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Qualified stage' }).getByRole('article', { name: 'Kepler' })).toContainText('¥250');

  await openSection(page, 'Import');
  const history = page.getByRole('table', { name: 'Import history' });
  await expect(history.getByRole('row', { name: /hubspot-deals\.csv \(deals\).*Done.*5 created, 0 updated, 0 skipped, 4 failed/ })).toBeVisible();
  await history.getByRole('button', { name: 'Revert import of hubspot-deals.csv' }).click();
  const revert = page.getByRole('dialog', { name: 'Revert import' });
  await expect(revert).toContainText('The 5 deals this import created go to the trash');
  await revert.getByRole('button', { name: 'Revert import' }).click();
  await expect(page.getByText('5 deals moved to the trash, 0 fields restored.')).toBeVisible();
  await expect(history.getByRole('row', { name: /hubspot-deals\.csv.*Reverted/ })).toBeVisible();
  await openSection(page, 'Deals');
  await expect(page.getByRole('article', { name: 'Apollo renewal' })).toHaveCount(0);
});
