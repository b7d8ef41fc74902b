import type { Locator, Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import type { AppUnderTest } from './fixtures.ts';

/** Page helpers for the dashboard and the Health tab, acting as a partnerships consultant would. */

export async function backendCall<M extends MethodName>(
  app: AppUnderTest,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** The machine's local date: what the browser sends as "today". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
}

/** Through the navigation, as a user returning to the dashboard would. */
export async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('Dashboard', { exact: true }).click();
  await page.getByTestId('dashboard').waitFor();
  await dashboardSettled(page);
}

/** No dashboard query still running, so what is shown is what the workbook holds now. */
export async function dashboardSettled(page: Page): Promise<void> {
  await page
    .locator('[data-testid="dashboard-refresh"][data-loading]')
    .waitFor({ state: 'detached' });
  await page.getByTestId('headline').or(page.getByTestId('empty-state')).first().waitFor();
}

export async function openPartnerTab(app: AppUnderTest, partnerId: number, tab: string) {
  await goTo(app.page, `/partners/${partnerId}`);
  await app.page.getByTestId('partner-title').waitFor();
  await app.page.getByTestId(`partner-tab-${tab}`).click();
}

/** A check's row on the Diagnostics card, opened so its fix and partners show. */
export async function expandCheck(page: Page, checkId: string): Promise<Locator> {
  const item = page.getByTestId(`check-${checkId}`);
  const fix = item.getByTestId('check-fix');
  if (!(await fix.isVisible())) await item.getByRole('button').first().click();
  await fix.waitFor();
  return item;
}

/** Picks a 1–5 score (or '–' for none) for one side and pillar in the health-check form. */
export async function score(page: Page, side: 'ours' | 'theirs', pillar: string, value: string) {
  await page.getByTestId(`score-${side}-${pillar}`).getByText(value, { exact: true }).click();
}
