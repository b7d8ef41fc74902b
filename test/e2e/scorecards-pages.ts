import type { Locator, Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import { addMonths, formatMonth } from '../../shared/domain/periods.ts';
import type { AppUnderTest } from './fixtures.ts';

/** Page helpers for KPIs, actuals and scorecards, acting as a partner manager would. */

export async function backendCall<M extends MethodName>(
  app: AppUnderTest,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** The current month and the two before it, oldest first, as the grid shows them. */
export function lastThreeMonths(now = new Date()): [string, string, string] {
  const current = formatMonth(now.getFullYear(), now.getMonth() + 1);
  return [addMonths(current, -2), addMonths(current, -1), current];
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
}

export async function openPartnerTab(
  app: AppUnderTest,
  partnerId: number,
  tab: string,
): Promise<void> {
  await goTo(app.page, `/partners/${partnerId}`);
  await app.page.getByTestId('partner-title').waitFor();
  await app.page.getByTestId(`partner-tab-${tab}`).click();
}

export function cell(page: Page, period: string, column: string): Locator {
  return page.getByTestId(`cell-${period}-${column}`);
}

/** Types into whichever cell has focus, then presses the given key to move on. */
export async function typeAndPress(page: Page, text: string, key: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press(key);
}

/** Waits until no grid cell is still saving. */
export async function gridSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.pwb-grid-input[data-state="saving"]') === null,
  );
}

export async function showMonths(page: Page, count: 3 | 6 | 12 | 24): Promise<void> {
  await page.getByTestId('actuals-span').getByText(String(count), { exact: true }).click();
}
