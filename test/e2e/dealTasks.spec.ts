import { expect, test, type Page } from '@playwright/test';
import { createDeal } from './dealSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { addPipeline } from './pipelineSteps';

// Dates are typed and read in UTC, so datetime-local values are the ISO times below.
test.use({ timezoneId: 'UTC' });

async function openDeal(page: Page, title: string): Promise<void> {
  await openSection(page, 'Deals');
  await page.getByRole('region', { name: 'Lead stage' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('a deal’s tasks: added from its profile or linked from the task form, overdue on its tasks and timeline, done and reopened there', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T09:00:00.000Z') });
  await startEmpty(page);
  await addPipeline(page, 'New business', [['Lead', 10]]);
  await openSection(page, 'Deals');
  await createDeal(page, 'Acme rollout', '1000');

  await test.step('Add task on the deal profile links the new task to the deal', async () => {
    await openDeal(page, 'Acme rollout');
    await page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(dialog.getByRole('combobox', { name: 'Deal' })).toHaveValue(/Acme rollout/);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Send the contract');
    await dialog.getByLabel('Due').fill('2026-12-04T08:00');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('a task from the Tasks section is linked to the deal in the form', async () => {
    await openSection(page, 'Tasks');
    await page.getByRole('button', { name: 'New task' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Book the kickoff');
    await dialog.getByLabel('Due').fill('2026-12-08T10:00');
    await dialog.getByRole('button', { name: 'Links and notes' }).click();
    await dialog.getByRole('combobox', { name: 'Deal' }).fill('acme');
    await page.getByRole('option', { name: /Acme rollout/ }).click();
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expect(dialog).toBeHidden();
  });

  const tasks = page.getByRole('list', { name: 'Deal tasks' });
  const timeline = page.getByRole('region', { name: 'Deal timeline' });
  const contractOnTimeline = timeline.getByRole('article').filter({ hasText: 'Send the contract' });

  await test.step('both are on the deal, the one past due marked overdue in its tasks and on its timeline', async () => {
    await openDeal(page, 'Acme rollout');
    await expect(tasks.getByRole('listitem')).toHaveCount(2);
    await expect(tasks.getByRole('button', { name: 'Edit Book the kickoff' })).toBeVisible();
    const contract = tasks.getByRole('listitem').filter({ hasText: 'Send the contract' });
    await expect(contract.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(tasks.getByRole('listitem').filter({ hasText: 'Book the kickoff' }).getByText('Overdue', { exact: true })).toBeHidden();
    await expect(contractOnTimeline.getByText('Overdue', { exact: true })).toBeVisible();
    // The task planned for next week sits on the timeline at the time it was planned, not overdue.
    await expect(timeline.getByRole('article').filter({ hasText: 'Book the kickoff' })).toContainText('Open');
    await expect(timeline.getByRole('article').filter({ hasText: 'Book the kickoff' }).getByText('Overdue', { exact: true })).toBeHidden();
    await expectNoSeriousA11yViolations(page, 'a deal with an overdue task');
  });

  await test.step('done from the deal profile, then reopened there', async () => {
    await tasks.getByRole('checkbox', { name: 'Complete Send the contract' }).click();
    await expect(tasks.getByRole('checkbox', { name: 'Complete Send the contract' })).toBeChecked();
    await expect(tasks.getByText('Overdue', { exact: true })).toBeHidden();
    await expect(contractOnTimeline).toContainText(/Done Dec 4, 2026/);
    await expect(contractOnTimeline.getByText('Overdue', { exact: true })).toBeHidden();

    await tasks.getByRole('checkbox', { name: 'Complete Send the contract' }).click();
    await expect(tasks.getByRole('checkbox', { name: 'Complete Send the contract' })).not.toBeChecked();
    await expect(tasks.getByRole('listitem').filter({ hasText: 'Send the contract' }).getByText('Overdue', { exact: true })).toBeVisible();
    await expect(contractOnTimeline.getByText('Overdue', { exact: true })).toBeVisible();
  });
});
