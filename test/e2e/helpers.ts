import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const sections = ['Contacts', 'Companies', 'Deals', 'Tasks', 'Tickets', 'Segments', 'Tags', 'Lists', 'Import', 'Settings'] as const;

export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
}

export async function loadDemoData(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByRole('progressbar', { name: 'Demo data loading progress' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible({ timeout: 120_000 });
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

// axe must find nothing serious or critical.
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  // Half-faded modals and notifications would fail the contrast check for the wrong reason.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, `accessibility violations on ${context}`).toEqual([]);
}
