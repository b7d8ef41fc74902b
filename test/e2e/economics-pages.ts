import type { Locator, Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import { addMonths, formatMonth } from '../../shared/domain/periods.ts';
import type { AppUnderTest } from './fixtures.ts';

/** Page helpers for the economics module, acting as a consultant building the case would. */

export async function backendCall<M extends MethodName>(
  app: AppUnderTest,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

export function thisMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

/**
 * A partner with `months` months of actuals ending last month, imported as one CSV (one
 * transaction): leads rising by 20 a month, 10 % qualified, 2 or 3 deals of $5,000 each.
 */
export async function partnerWithActuals(app: AppUnderTest, name: string, months = 6) {
  const partner = await backendCall(app, 'partners.create', { name, type: 'integration' });
  const last = addMonths(thisMonth(), -1);
  const rows = Array.from({ length: months }, (_, i) => {
    const deals = 2 + (i % 2);
    const period = addMonths(last, i - months + 1);
    return [period, 200 + i * 20, 20 + i * 2, deals, deals * 5_000, 3_000, 4_000].join(',');
  });
  const csvText = [
    'Month,Leads,Qualified leads,Deals,Attributed revenue,Influenced revenue,Spend',
    ...rows,
  ].join('\n');
  const report = await backendCall(app, 'actuals.importCsv', { csvText, partnerId: partner.id });
  if (report.imported !== months) throw new Error(JSON.stringify(report.errors));
  return partner;
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
}

export async function openForecastTab(app: AppUnderTest, partnerId: number): Promise<void> {
  await goTo(app.page, `/partners/${partnerId}`);
  await app.page.getByTestId('partner-title').waitFor();
  await app.page.getByTestId('partner-tab-forecast').click();
  await app.page.getByTestId('forecast-workspace').waitFor();
}

/** Picks a segment of a Mantine SegmentedControl by its label. */
export async function pickSegment(control: Locator, label: string): Promise<void> {
  await control.getByText(label, { exact: true }).click();
}

/** Replaces a NumberInput's text, as a person selecting it and typing would. */
export async function typeInto(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+A');
  await input.pressSequentially(text);
}

/** Waits for the autosave to land. */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').first().waitFor();
}

/** Waits until the latest simulation is done and the band is drawn. */
export async function simulationDone(page: Page): Promise<void> {
  await page
    .locator('[data-testid="simulation-status"][data-status="done"]')
    .waitFor({ timeout: 30_000 });
  await page.getByTestId('forecast-band').locator('.recharts-area').first().waitFor();
}
