import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { addPipeline, stageNames } from './pipelineSteps';

test('pipelines and their stages are added, renamed, reordered, given probabilities and removed', async ({ page }) => {
  // Two pipelines' whole life with four axe scans: 60 s ran out in CI on a busy machine.
  test.setTimeout(120_000);
  await startEmpty(page);
  await openSection(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Pipelines' });
  await expect(settings.getByText('No pipelines yet.')).toBeVisible();

  await addPipeline(page, 'New business', [
    ['Lead', 10],
    ['Proposal', 50],
    ['Negotiation', 70],
  ]);
  expect(await stageNames(page, 'New business')).toEqual(['Lead', 'Proposal', 'Negotiation']);
  await expectNoSeriousA11yViolations(page, 'Settings > Pipelines');

  // Rename a stage and change its probability; both are saved as the field is left.
  const proposalName = settings.getByRole('textbox', { name: 'Name of stage Proposal' });
  await proposalName.fill('Proposal sent');
  await proposalName.press('Enter');
  await expect(settings.getByRole('listitem', { name: 'Proposal sent' })).toBeVisible();
  const probability = settings.getByRole('textbox', { name: 'Win probability of Proposal sent' });
  await probability.fill('40');
  await probability.blur();
  await expect(probability).toHaveValue('40%');

  // Reorder with the arrows.
  await settings.getByRole('button', { name: 'Move Negotiation up' }).click();
  await expect.poll(() => stageNames(page, 'New business')).toEqual(['Lead', 'Negotiation', 'Proposal sent']);
  await settings.getByRole('button', { name: 'Move Lead down' }).click();
  await expect.poll(() => stageNames(page, 'New business')).toEqual(['Negotiation', 'Lead', 'Proposal sent']);

  // An empty stage goes after a confirmation; undo brings it back.
  await settings.getByRole('button', { name: 'Remove Lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the stage Lead?' });
  await expect(dialog.getByText('No deal is in this stage.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove stage' }).click();
  await expect.poll(() => stageNames(page, 'New business')).toEqual(['Negotiation', 'Proposal sent']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => stageNames(page, 'New business')).toEqual(['Negotiation', 'Lead', 'Proposal sent']);

  // A second pipeline, renamed; the picker switches between them.
  await addPipeline(page, 'Renewals', [['Up for renewal', 60]]);
  const pipelineName = settings.getByRole('textbox', { name: 'Pipeline name', exact: true });
  await pipelineName.fill('Renewals 2027');
  await pipelineName.blur();
  await expect(settings.getByRole('list', { name: 'Stages of Renewals 2027' })).toBeVisible();
  await settings.getByRole('combobox', { name: 'Pipeline to edit' }).click();
  await page.getByRole('option', { name: 'New business' }).click();
  await expect(settings.getByRole('list', { name: 'Stages of New business' })).toBeVisible();

  // The board switches between the pipelines, one column per stage in their order.
  await openSection(page, 'Deals');
  await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New deal' }).first().click();
  await page.getByRole('form', { name: 'New deal' }).getByRole('textbox', { name: 'Title' }).fill('Acme rollout');
  await page.getByRole('form', { name: 'New deal' }).getByRole('button', { name: 'Create deal' }).click();
  await expect(page.getByRole('region', { name: 'Negotiation stage' }).getByRole('article', { name: 'Acme rollout' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Pipeline' }).click();
  await page.getByRole('option', { name: 'Renewals 2027' }).click();
  await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Pipeline' }).click();
  await page.getByRole('option', { name: 'New business' }).click();
  const columns = page.getByRole('region', { name: 'Deal board, scrollable' }).getByRole('region', { name: / stage$/ });
  await expect.poll(() => columns.evaluateAll((regions) => regions.map((region) => region.getAttribute('aria-label')))).toEqual(['Negotiation stage', 'Lead stage', 'Proposal sent stage']);
  await expectNoSeriousA11yViolations(page, 'the board after switching pipelines');

  // Removing a pipeline with a deal asks for a stage of another pipeline; undo brings both back.
  await openSection(page, 'Settings');
  await settings.getByRole('button', { name: 'Remove pipeline New business' }).click();
  const removePipeline = page.getByRole('dialog', { name: 'Remove the pipeline New business?' });
  await expect(removePipeline.getByText('1 deal is in this pipeline. Choose the stage they go to.')).toBeVisible();
  await expect(removePipeline.getByRole('button', { name: 'Remove pipeline' })).toBeDisabled();
  await removePipeline.getByRole('combobox', { name: 'Move its deals to' }).click();
  await page.getByRole('option', { name: 'Up for renewal (Renewals 2027)' }).click();
  await expectNoSeriousA11yViolations(page, 'the remove pipeline dialog');
  await removePipeline.getByRole('button', { name: 'Remove pipeline' }).click();
  await expect(removePipeline).toBeHidden();
  await expect(settings.getByRole('list', { name: 'Stages of Renewals 2027' })).toBeVisible();
  await openSection(page, 'Deals');
  await expect(page.getByRole('region', { name: 'Up for renewal stage' }).getByRole('article', { name: 'Acme rollout' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('combobox', { name: 'Pipeline' }).click();
  await page.getByRole('option', { name: 'New business' }).click();
  await expect(page.getByRole('region', { name: 'Negotiation stage' }).getByRole('article', { name: 'Acme rollout' })).toBeVisible();

  // An empty pipeline goes at once; the last one cannot go.
  await openSection(page, 'Settings');
  await settings.getByRole('combobox', { name: 'Pipeline to edit' }).click();
  await page.getByRole('option', { name: 'Renewals 2027' }).click();
  await settings.getByRole('button', { name: 'Remove pipeline Renewals 2027' }).click();
  await expect(page.getByText('No deal is in this pipeline.', { exact: false })).toBeVisible();
  await page.getByRole('dialog', { name: 'Remove the pipeline Renewals 2027?' }).getByRole('button', { name: 'Remove pipeline' }).click();
  await expect(settings.getByRole('list', { name: 'Stages of New business' })).toBeVisible();
  await settings.getByRole('button', { name: 'Remove pipeline New business' }).click();
  const lastPipeline = page.getByRole('dialog', { name: 'Remove the pipeline New business?' });
  await expect(lastPipeline.getByText('New business is the only pipeline, and deals need one.', { exact: false })).toBeVisible();
  await expect(lastPipeline.getByRole('button', { name: 'Remove pipeline' })).toBeDisabled();
});
