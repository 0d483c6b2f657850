import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { cardTitles, createDeal } from './dealSteps';
import { addPipeline } from './pipelineSteps';

// Each test walks a deal through many screens and checks axe on several: over a minute when
// other test runs share the machine's two cores.
test.describe.configure({ timeout: 120_000 });
// Times on the deal profile are read in UTC.
test.use({ timezoneId: 'UTC' });

// Presses on the card's lower edge (not its link), then moves in steps so dnd-kit sees a drag;
// `offsetY` picks the spot on the target (a card's upper half drops above it).
// Where a card is once it has stopped moving: after a drop the column lays out again and the
// drop animation runs, and a drag measured before that grabs the wrong place.
async function settledBox(page: Page, locator: Locator) {
  let box = await locator.boundingBox();
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const next = await locator.boundingBox();
    if (box && next && box.x === next.x && box.y === next.y) return next;
    box = next;
  }
  return box;
}

async function dragTo(page: Page, card: Locator, target: Locator, offsetY: (height: number) => number): Promise<void> {
  const from = await settledBox(page, card);
  const to = await settledBox(page, target);
  if (!from || !to) throw new Error('card or target not on screen');
  await page.mouse.move(from.x + 12, from.y + from.height - 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + offsetY(to.height), { steps: 15 });
  // dnd-kit settles what is under the pointer on the next frame; a busy machine may not have
  // drawn it by the time of the release, so the pointer rests there a moment first.
  await page.mouse.move(to.x + to.width / 2, to.y + offsetY(to.height) + 1, { steps: 2 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.mouse.up();
}

// Opens a card's menu from the keyboard and picks an item with the arrow keys.
async function chooseFromCardMenu(page: Page, column: Locator, title: string, item: string): Promise<void> {
  const button = column.getByRole('button', { name: `Actions for ${title}` });
  const target = page.getByRole('menuitem', { name: item, exact: true });
  // The card may re-render under the button as the live deals catch up with the last move,
  // taking the focus along and closing the menu, even once open; then Enter is pressed again.
  await expect(async () => {
    if (!(await target.isVisible())) {
      await button.focus();
      await page.keyboard.press('Enter');
    }
    await expect(target).toBeVisible({ timeout: 1000 });
    for (let step = 0; step < 10 && !(await target.evaluate((node) => node === document.activeElement, undefined, { timeout: 1000 })); step += 1) await page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press('Enter');
}

test('a deal is created, dragged and reordered on the board by mouse and keyboard, won and lost, with the totals following', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Deals');
  await expect(page.getByRole('heading', { name: 'No pipelines yet' })).toBeVisible();
  await addPipeline(page, 'New business', [
    ['Lead', 10],
    ['Proposal', 50],
    ['Won soon', 90],
  ]);

  await openSection(page, 'Deals');
  await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New deal' }).first().click();
  const form = page.getByRole('form', { name: 'New deal' });
  await form.getByRole('button', { name: 'Create deal' }).click();
  await expect(form.getByText('A deal needs a title')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await createDeal(page, 'Acme rollout', '1200.50');
  await createDeal(page, 'Globex pilot', '800');
  await createDeal(page, 'Initech upgrade', '2000');
  const lead = page.getByRole('region', { name: 'Lead stage' });
  const proposal = page.getByRole('region', { name: 'Proposal stage' });
  const wonSoon = page.getByRole('region', { name: 'Won soon stage' });
  await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout', 'Globex pilot', 'Initech upgrade']);
  await expect(lead.getByRole('article', { name: 'Acme rollout' })).toContainText('€1,200.50');
  await expect(lead.getByRole('article', { name: 'Acme rollout' })).toContainText('0 days in stage');
  // Column totals and the 10% weighted forecast: 4,000.50 × 10% = 400.05.
  await expect(lead.getByLabel('Lead totals')).toHaveText('3 deals · €4,000.50');
  await expect(lead.getByText('Weighted €400.05')).toBeVisible();
  // The "created" notices close by themselves; one fading out as axe runs fails its contrast check.
  await expect(page.getByText(/^Deal .* created$/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the deal board');

  // Mouse: Globex to Proposal; the totals move with it.
  await dragTo(page, lead.getByRole('article', { name: 'Globex pilot' }), proposal, () => 140);
  await expect(proposal.getByRole('article', { name: 'Globex pilot' })).toBeVisible();
  await expect(lead.getByLabel('Lead totals')).toHaveText('2 deals · €3,200.50');
  await expect(proposal.getByText('Weighted €400.00')).toBeVisible();
  // Header: pipeline total and weighted forecast 320.05 + 400.
  await expect(page.getByText('3 deals · €4,000.50 · weighted €720.05')).toBeVisible();

  // Mouse reorder: Initech onto Acme's upper half goes above it.
  await dragTo(page, lead.getByRole('article', { name: 'Initech upgrade' }), lead.getByRole('article', { name: 'Acme rollout' }), (height) => height / 4);
  await expect.poll(() => cardTitles(lead)).toEqual(['Initech upgrade', 'Acme rollout']);

  // Keyboard: reorder back with the card menu, then move to another stage.
  await chooseFromCardMenu(page, lead, 'Initech upgrade', 'Move down');
  await expect.poll(() => cardTitles(lead)).toEqual(['Acme rollout', 'Initech upgrade']);
  // Keyboard drag: lift with Space on the card's grip, one column right, drop with Space.
  await lead.getByRole('button', { name: 'Drag Initech upgrade' }).focus();
  // Each step is checked by what dnd-kit announces to screen readers. Its sensor starts
  // listening for arrows a moment after the lift, so an arrow pressed at once may go unheard:
  // press again until the card is over Proposal (one press moves it a whole column).
  await page.keyboard.press('Space');
  await expect(page.getByText(/Initech upgrade is over .*Lead/)).toBeAttached();
  await expect(async () => {
    if (await page.getByText(/Initech upgrade is over .*Lead/).count()) await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/Initech upgrade is over .*Proposal/)).toBeAttached({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('Space');
  await expect(proposal.getByRole('article', { name: 'Initech upgrade' })).toBeVisible();
  await expect(lead.getByLabel('Lead totals')).toHaveText('1 deal · €1,200.50');
  // Move to stage from the menu puts the card at the bottom of that column, as a drop on the column does.
  await chooseFromCardMenu(page, lead, 'Acme rollout', 'Proposal');
  await expect.poll(async () => (await cardTitles(proposal)).at(-1)).toBe('Acme rollout');
  await expect(proposal.getByLabel('Proposal totals')).toHaveText('3 deals · €4,000.50');
  await chooseFromCardMenu(page, proposal, 'Acme rollout', 'Won soon');
  await expect(wonSoon.getByRole('article', { name: 'Acme rollout' })).toBeVisible();
  await expect(wonSoon.getByLabel('Won soon totals')).toHaveText('1 deal · €1,200.50');

  // Won and lost from the card: they leave the board of open deals.
  await chooseFromCardMenu(page, wonSoon, 'Acme rollout', 'Mark won');
  await expect(wonSoon.getByRole('article')).toHaveCount(0);
  await expect(page.getByText('Won Acme rollout')).toBeVisible();
  await chooseFromCardMenu(page, proposal, 'Globex pilot', 'Mark lost…');
  const lose = page.getByRole('dialog', { name: 'Mark Globex pilot lost' });
  // The reason field has the focus (its suggestions open over the buttons): Enter submits.
  const reason = lose.getByLabel('Lost reason', { exact: true });
  await expect(reason).toBeFocused();
  await reason.press('Enter');
  await expect(lose.getByText('Say why the deal was lost')).toBeVisible();
  await reason.fill('Chose a competitor');
  await reason.press('Enter');
  await expect(proposal.getByRole('article', { name: 'Globex pilot' })).toBeHidden();

  // The list view of the same pipeline, all statuses, sorted by value.
  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Any status' }).click();
  await page.getByRole('radiogroup', { name: 'Deal layout' }).getByText('List').click();
  const rows = page.getByRole('list', { name: 'Deal rows' });
  await page.getByRole('button', { name: 'Sort by value' }).click();
  const rowTitles = () => rows.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
  await expect.poll(rowTitles).toEqual(['Globex pilot', 'Acme rollout', 'Initech upgrade']);
  await page.getByRole('button', { name: 'Sort by value' }).click();
  await expect.poll(rowTitles).toEqual(['Initech upgrade', 'Acme rollout', 'Globex pilot']);
  await expect(rows.getByRole('link', { name: 'Globex pilot' })).toContainText('Lost');

  // The close date filter: none of these deals has a date, so a range leaves nothing.
  await page.getByRole('search', { name: 'Deal filters' }).getByLabel('Closing from').fill('2026-01-01');
  await expect(page.getByRole('heading', { name: 'No deal matches these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByRole('radiogroup', { name: 'Deal layout' })).toBeVisible();
  // Clearing goes back to the open deals only.
  await expect.poll(() => page.getByRole('list', { name: 'Deal rows' }).getByRole('link').count()).toBe(1);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radiogroup', { name: 'Deal layout' }).getByText('Board').click();
  await expect(page.getByRole('region', { name: 'Proposal stage' }).getByRole('article', { name: 'Initech upgrade' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the deal board in the dark theme');
  await expectNoSeriousA11yViolations(page, 'the deal list');
});

test('the deal profile edits fields, links contacts, records won and lost dates and shows the stage history and notes', async ({ page }) => {
  // In the dark theme, so its contrast is checked too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.install({ time: new Date('2026-12-04T09:00:00.000Z') });
  await startEmpty(page);
  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const contactForm = page.getByRole('dialog');
  await contactForm.getByLabel('First name').fill('Ada');
  await contactForm.getByLabel('Email').fill('ada@example.com');
  await contactForm.getByRole('button', { name: /Create|Save/ }).click();
  await addPipeline(page, 'New business', [
    ['Lead', 10],
    ['Proposal', 50],
  ]);
  await openSection(page, 'Deals');
  // Created on a Friday morning, moved on the Monday afternoon after.
  await page.clock.setSystemTime(new Date('2026-12-04T09:00:00.000Z'));
  await createDeal(page, 'Acme rollout', '1000');
  await page.getByRole('region', { name: 'Lead stage' }).getByRole('link', { name: 'Acme rollout' }).click();
  await expect(page.getByRole('heading', { name: 'Acme rollout', level: 1 })).toBeVisible();

  // Edit the value and the stage; the stage change is in the history.
  const details = page.getByRole('form', { name: 'Deal details' });
  await details.getByRole('textbox', { name: 'Value', exact: true }).fill('2500');
  await details.getByRole('combobox', { name: 'Stage', exact: true }).click();
  await page.getByRole('option', { name: 'Proposal' }).click();
  await page.clock.setSystemTime(new Date('2026-12-07T14:30:00.000Z'));
  await details.getByRole('button', { name: 'Save deal' }).click();
  await expect(page.getByText('€2,500.00').first()).toBeVisible();
  // Newest first, each stage with the date and time the deal entered it.
  const history = page.getByRole('list', { name: 'Stage history' });
  await expect(history.getByRole('listitem')).toHaveText(['Proposal, since Dec 7, 2026, 2:30 PM', 'Lead, since Dec 4, 2026, 9:00 AM']);

  await expect(page.getByText('No custom attributes for deals yet.')).toBeVisible();
  await expect(page.getByText('No tasks for this deal yet.')).toBeVisible();

  // Link a contact, then take them off and put them back with undo.
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await contacts.getByRole('combobox', { name: 'Contact', exact: true }).fill('ada');
  await page.getByRole('option', { name: /Ada/ }).click();
  await contacts.getByRole('button', { name: 'Add contact' }).click();
  await expect(contacts.getByRole('link', { name: /Ada/ })).toBeVisible();
  await contacts.getByRole('button', { name: 'Remove Ada from the deal' }).click();
  await expect(contacts.getByText('No contacts on this deal yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(contacts.getByRole('link', { name: /Ada/ })).toBeVisible();

  // A note joins the timeline beside the stage moves.
  await page.getByLabel('New note').fill('Budget approved by the CFO.');
  await page.getByRole('button', { name: 'Add note' }).click();
  const timeline = page.getByRole('region', { name: 'Deal timeline' });
  await expect(timeline.getByText('Budget approved by the CFO.')).toBeVisible();
  await expect(timeline.getByText('Entered Proposal')).toBeVisible();

  // Lost with a reason and its date, then won after all.
  await page.getByRole('button', { name: 'Mark lost' }).click();
  const lose = page.getByRole('dialog', { name: 'Mark Acme rollout lost' });
  await lose.getByLabel('Lost reason', { exact: true }).fill('No budget');
  await lose.getByLabel('Lost reason', { exact: true }).press('Enter');
  const status = page.getByRole('region', { name: 'Status and stage history' });
  await expect(status.getByText('Lost on')).toBeVisible();
  await expect(status.getByText('No budget')).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await page.getByRole('button', { name: 'Mark won' }).click();
  await expect(status.getByText('Won on')).toBeVisible();
  await expect(status.getByText('Lost on')).toBeHidden();
  await expect(timeline.getByText('Won', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the deal profile');

  // The deal on the contact's profile: its stage move and its win on the timeline, then its tab.
  await contacts.getByRole('link', { name: /Ada/ }).click();
  const contactTimeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(contactTimeline.getByRole('link', { name: 'Acme rollout entered Proposal' })).toBeVisible();
  await expect(contactTimeline.getByRole('link', { name: 'Acme rollout won' })).toBeVisible();
  await page.getByRole('tab', { name: /Deals/ }).click();
  await expect(page.getByRole('table', { name: 'Deals' }).getByRole('link', { name: 'Acme rollout' })).toBeVisible();
});

test('removing a stage that holds deals asks where they go, and undo puts them back', async ({ page }) => {
  await startEmpty(page);
  await addPipeline(page, 'New business', [
    ['Lead', 10],
    ['Proposal', 50],
  ]);
  await openSection(page, 'Deals');
  await createDeal(page, 'Acme rollout', '1000');
  await openSection(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Pipelines' });
  await settings.getByRole('button', { name: 'Remove Lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the stage Lead?' });
  await expect(dialog.getByText('1 deal is in this stage. Choose where they go.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Remove stage' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Move its deals to' }).click();
  await page.getByRole('option', { name: 'Proposal' }).click();
  await dialog.getByRole('button', { name: 'Remove stage' }).click();
  await expect(settings.getByRole('listitem', { name: 'Lead' })).toBeHidden();
  await openSection(page, 'Deals');
  await expect(page.getByRole('region', { name: 'Proposal stage' }).getByRole('article', { name: 'Acme rollout' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Lead stage' }).getByRole('article', { name: 'Acme rollout' })).toBeVisible();
});
