import type { Locator, Page } from 'playwright-core';
import type { ActivityFields } from '../../shared/contract/index.ts';
import type { AppUnderTest } from './fixtures.ts';

/** Page helpers for the joint marketing calendar, acting as a planner would. */

/** A date of the current month, which the calendar shows first: day(12) is the 12th. */
export function day(n: number): string {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return `${month}-${String(n).padStart(2, '0')}`;
}

/**
 * Opens a fresh workbook once the start screen has finished loading, so the reload does not cut
 * off requests still in flight (they would be reported as failed requests).
 */
export async function openWorkbook(app: AppUnderTest): Promise<void> {
  await app.page.waitForLoadState('networkidle');
  await app.withWorkbook();
}

export async function addPartner(app: AppUnderTest, name: string): Promise<number> {
  const result = await app.backend.call('partners.create', { name, type: 'co_marketing' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }).id;
}

export async function addActivity(app: AppUnderTest, fields: ActivityFields): Promise<number> {
  const result = await app.backend.call('calendar.create', fields);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }).id;
}

export async function openCalendar(page: Page): Promise<void> {
  await page.getByText('Calendar', { exact: true }).first().click();
  await page.getByTestId('conflicts-panel').waitFor();
}

export function editor(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.getByTestId('activity-save') });
}

/** An activity's bar in the month view or the timeline, found by the start of its title. */
export function bar(page: Page, title: string): Locator {
  return page.locator(`[data-testid="activity-bar"][aria-label^="${title}"]`);
}

export async function pickFromList(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function closeDropdowns(page: Page): Promise<void> {
  await editor(page).getByText('Budget split').click();
}

/** Fills the editor's fields that are given; the rest keep their defaults. */
export async function fillActivity(
  page: Page,
  fields: {
    title: string;
    kind?: string;
    partners?: string[];
    channel?: string;
    audience?: string;
    budget?: string;
  },
): Promise<void> {
  const dialog = editor(page);
  await dialog.getByTestId('activity-title').fill(fields.title);
  if (fields.kind) await pickFromList(page, 'activity-kind', fields.kind);
  for (const partner of fields.partners ?? []) {
    await pickFromList(page, 'activity-partners', partner);
  }
  if (fields.partners?.length) await closeDropdowns(page);
  if (fields.channel !== undefined)
    await dialog.getByTestId('activity-channel').fill(fields.channel);
  if (fields.audience !== undefined)
    await dialog.getByTestId('activity-audience').fill(fields.audience);
  if (fields.channel !== undefined || fields.audience !== undefined) await closeDropdowns(page);
  if (fields.budget !== undefined) await dialog.getByTestId('activity-budget').fill(fields.budget);
}

/** Waits until the editor and its overlay are gone (the overlay fades out after the dialog). */
async function editorClosed(page: Page): Promise<void> {
  await editor(page).waitFor({ state: 'detached' });
  await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
}

export async function save(page: Page): Promise<void> {
  await editor(page).getByTestId('activity-save').click();
  await editorClosed(page);
}

export async function cancel(page: Page): Promise<void> {
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await editorClosed(page);
}

/** Drags with the mouse in small steps, as dnd-kit's pointer sensor expects. */
export async function drag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const start = await grabPoint(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a bar sideways by dx pixels. */
export async function dragBy(page: Page, from: Locator, dx: number): Promise<void> {
  const start = await grabPoint(from);
  await drag(page, from, { x: start.x + dx, y: start.y });
}

async function grabPoint(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Nothing to drag');
  return { x: box.x + Math.min(20, box.width / 2), y: box.y + box.height / 2 };
}

export function timelineLabels(page: Page): Locator {
  return page.locator('[data-testid="timeline-row"] .pwb-timeline-label');
}

/**
 * A point in the lower part of a day cell, below its bars. The cell is scrolled to the middle of
 * the window first: near an edge, dragging scrolls the page (as it should for a user).
 */
export async function dropPoint(cell: Locator): Promise<{ x: number; y: number }> {
  await cell.evaluate((element) =>
    element.scrollIntoView({ block: 'center', behavior: 'instant' }),
  );
  const box = await cell.boundingBox();
  if (!box) throw new Error('Not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.8 };
}
