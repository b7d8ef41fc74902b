import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import type { AppUnderTest } from './fixtures.ts';

/** Page helpers for risks, charters and meetings, acting through labels and test ids. */

export async function call<M extends MethodName>(
  app: AppUnderTest,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

export async function goTo(page: Page, navLabel: string): Promise<void> {
  await page.getByRole('navigation').getByText(navLabel, { exact: true }).click();
}

export async function openPartnerTab(page: Page, partnerId: number, tab: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/partners/${id}`;
  }, partnerId);
  await page.getByTestId('partner-title').waitFor();
  await page.getByTestId(`partner-tab-${tab}`).click();
}

export function dialog(page: Page, saveTestId: string): Locator {
  return page.getByRole('dialog').filter({ has: page.getByTestId(saveTestId) });
}

export async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Clicks a segment of a SegmentedControl by its label. */
export async function segment(scope: Locator, testId: string, label: string): Promise<void> {
  await scope.getByTestId(testId).getByText(label, { exact: true }).click();
}

export async function addRiskThroughForm(
  page: Page,
  risk: { title: string; category: string; likelihood: number; impact: number; owner?: string },
): Promise<void> {
  await page.getByTestId('add-risk').first().click();
  const form = dialog(page, 'risk-save');
  await form.getByTestId('risk-title').fill(risk.title);
  await pick(page, 'risk-category', risk.category);
  await segment(form, 'risk-likelihood', String(risk.likelihood));
  await segment(form, 'risk-impact', String(risk.impact));
  if (risk.owner) await form.getByTestId('risk-owner').fill(risk.owner);
  await form.getByTestId('risk-save').click();
  await form.waitFor({ state: 'hidden' });
}

export function heatCell(page: Page, likelihood: number, impact: number): Locator {
  return page.getByTestId(`heat-cell-${likelihood}-${impact}`);
}

/** Opens a date picker and picks the first day of the month before the one it shows. */
export async function pickDayInPreviousMonth(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  const dropdown = page.locator('.mantine-Popover-dropdown').last();
  await dropdown.locator('button[data-direction="previous"]').click();
  await dropdown
    .locator('table button:not([data-outside]):not([data-disabled]):not([data-hidden])')
    .first()
    .click();
}

/** Sets a RACI cell through its menu. */
export async function setRaci(page: Page, row: number, col: number, role: string): Promise<void> {
  await page.getByTestId(`raci-cell-${row}-${col}`).click();
  await page
    .getByRole('menuitem', { name: new RegExp(`^${role} `) })
    .filter({ visible: true })
    .click();
  await expect
    .poll(() => page.getByTestId(`raci-cell-${row}-${col}`).getAttribute('data-role'))
    .toBe(role);
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
}
