import { expect, type Page } from '@playwright/test';
import { openSection } from './helpers';

// Settings > Pipelines: a new pipeline with stages of the given win probabilities.
export async function addPipeline(page: Page, name: string, stages: Array<[string, number]>): Promise<void> {
  await openSection(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Pipelines' });
  const addPipelineForm = settings.getByRole('form', { name: 'Add a pipeline' });
  await addPipelineForm.getByLabel('New pipeline name').fill(name);
  await addPipelineForm.getByRole('button', { name: 'Add pipeline' }).click();
  await expect(settings.getByRole('textbox', { name: 'Pipeline name', exact: true })).toHaveValue(name);
  const addStageForm = settings.getByRole('form', { name: 'Add a stage' });
  for (const [stage, probability] of stages) {
    await addStageForm.getByLabel('New stage name').fill(stage);
    await addStageForm.getByLabel('Its win probability').fill(String(probability));
    await addStageForm.getByRole('button', { name: 'Add stage' }).click();
    await expect(settings.getByRole('list', { name: `Stages of ${name}` }).getByRole('listitem', { name: stage })).toBeVisible();
  }
}

export async function stageNames(page: Page, pipeline: string): Promise<string[]> {
  return page.getByRole('list', { name: `Stages of ${pipeline}` }).getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
}
