import { describe, expect, it, onTestFinished } from 'vitest';
import { addMonths } from '../../shared/domain/periods.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import {
  backendCall,
  goTo,
  openForecastTab,
  partnerWithActuals,
  pickSegment,
  saved,
  simulationDone,
  thisMonth,
  typeInto,
} from './economics-pages.ts';

const startApp = useApp();
// Each forecast test waits for real simulations in the worker; on a busy two-core machine that
// takes longer than the default minute.
const amount = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

describe('economics', () => {
  it('builds a partner forecast from its actuals, switches scenarios and draws the band over the actuals', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await partnerWithActuals(app, 'Globex Marketplace');
    await openForecastTab(app, partner.id);

    // The first forecast continues the actuals, and a simulation runs on its own.
    await expect(page.getByTestId('forecast-leads').inputValue()).resolves.toBe('280');
    await simulationDone(page);
    const total = page.getByTestId('scenario-total');
    const base = amount(await total.textContent());
    expect(base).toBeGreaterThan(0);
    await expect(page.getByTestId('simulated-total').textContent()).resolves.toMatch(/–/);

    // Scenarios: optimistic above the plan, conservative below.
    await pickSegment(page.getByTestId('scenario-switch'), 'Optimistic');
    await page.getByText(/against the plan/).waitFor();
    expect(amount(await total.textContent())).toBeGreaterThan(base);
    await pickSegment(page.getByTestId('scenario-switch'), 'Conservative');
    await page.getByText(/-\d+ % against the plan/).waitFor();
    expect(amount(await total.textContent())).toBeLessThan(base);
    await pickSegment(page.getByTestId('scenario-switch'), 'Base');

    // Editing an input marks the band out of date; running again refreshes it.
    await typeInto(page.getByTestId('forecast-leads'), '400');
    await saved(page);
    expect(amount(await total.textContent())).toBeGreaterThan(base);
    await page.getByTestId('simulation-outdated').waitFor();
    await page.getByTestId('simulation-run').click();
    await simulationDone(page);
    await page.getByTestId('simulation-outdated').waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('economics-01-partner-forecast');

    // The band's figures are in a table too.
    await page.getByTestId('forecast-band-view').getByText('Table', { exact: true }).click();
    const table = page.getByTestId('forecast-band-table');
    await table.getByText('P50', { exact: true }).waitFor();
    const firstForecastMonth = table.locator('tbody tr').nth(6);
    const cells = await firstForecastMonth.locator('td').allTextContents();
    const [p10, p50, p90] = cells.slice(2, 5).map(amount);
    expect(p10).toBeLessThanOrEqual(p50 ?? 0);
    expect(p50).toBeLessThanOrEqual(p90 ?? 0);

    expectNoProblems(app);
  }, 150_000);

  it('shows a long simulation’s progress and stops it on Cancel', async () => {
    // 100,000 trials take about a second here; a pause between batches keeps the run going
    // long enough to press Cancel while it runs.
    process.env.PWB_SIMULATION_PACE_MS = '50';
    onTestFinished(() => {
      delete process.env.PWB_SIMULATION_PACE_MS;
    });
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await partnerWithActuals(app, 'Hooli Channel', 3);
    await openForecastTab(app, partner.id);
    await simulationDone(page);
    await pickSegment(page.getByTestId('simulation-trials'), '100,000');
    await saved(page);
    await page.getByTestId('simulation-run').click();
    await page.getByTestId('simulation-progress').waitFor();
    await page.getByTestId('simulation-cancel').click();
    await page.locator('[data-testid="simulation-status"][data-status="cancelled"]').waitFor();
    await expect(page.getByTestId('simulation-status').textContent()).resolves.toMatch(
      /Cancelled after [\d,]+ of 100,000 trials/,
    );
    await app.screenshot('economics-02-simulation-cancelled');
    // The band of the previous run stays until a run completes.
    await page.getByTestId('forecast-band').locator('.recharts-area').first().waitFor();
    expectNoProblems(app);
  }, 150_000);

  it('prefills from actuals and shows a wrong range next to the field', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await partnerWithActuals(app, 'Initech Content', 4);
    await openForecastTab(app, partner.id);
    await simulationDone(page);
    await typeInto(page.getByTestId('forecast-leads'), '50');
    await typeInto(page.getByTestId('forecast-qualification'), '25');
    await saved(page);
    await page.getByTestId('forecast-prefill').click();
    await page.getByText('Prefilled from actuals').waitFor();
    await expect(page.getByTestId('forecast-qualification').inputValue()).resolves.toBe('10 %');
    await expect(page.getByTestId('forecast-leads').inputValue()).resolves.toBe('240');
    await saved(page);
    const stored = await backendCall(app, 'forecast.get', { partnerId: partner.id });
    expect(stored).toMatchObject({ baseLeadsPerMonth: 240, qualificationPercent: 10 });
    expect(stored.startPeriod).toBe(thisMonth());

    // A low estimate above the plan is refused beside the field, and nothing is saved.
    const low = page.getByRole('textbox', { name: 'Leads per month: low' });
    await typeInto(low, '900');
    await page.getByText('The low estimate is above the planned value').waitFor();
    await page.locator('[data-testid="save-status"][data-state="invalid"]').waitFor();
    await expect(page.getByTestId('simulation-run').isDisabled()).resolves.toBe(true);
    await app.screenshot('economics-03-range-error');
    await page.getByText('Centre the ranges on the plan').click();
    await saved(page);
    const fixed = await backendCall(app, 'forecast.get', { partnerId: partner.id });
    expect(fixed.uncertainty.baseLeadsPerMonth).toMatchObject({ low: 144, high: 360 });
  }, 150_000);

  it('reproduces the playbook’s worked examples on the Economics page', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    await page.locator('nav').getByText('Economics', { exact: true }).click();
    await page.getByTestId('economics-page').waitFor();
    await page.getByTestId('tab-calculators').click();

    // Webinar: 500 registrants → 10 % qualify → 50 → 10 % close → 5 deals, $25,000 on $2,000.
    await typeInto(page.getByTestId('webinar-leads'), '500');
    await typeInto(page.getByTestId('webinar-qualify'), '10');
    await typeInto(page.getByTestId('webinar-close'), '10');
    await typeInto(page.getByTestId('webinar-deal-value'), '5000');
    await typeInto(page.getByTestId('webinar-cost'), '2000');
    await expect(page.getByTestId('webinar-qualified').textContent()).resolves.toBe('50');
    await expect(page.getByTestId('webinar-deals').textContent()).resolves.toBe('5');
    await expect(page.getByTestId('webinar-revenue').textContent()).resolves.toBe('$25,000.00');
    await expect(page.getByTestId('webinar-roi').textContent()).resolves.toBe('1,150 %');

    // Integration: 100 customers × $500 = $50,000; 20 % commission = $10,000; net $40,000.
    await typeInto(page.getByTestId('integration-customers'), '100');
    await typeInto(page.getByTestId('integration-value'), '500');
    await typeInto(page.getByTestId('integration-rate'), '20');
    const partnerSide = page.getByTestId('integration-partner');
    await partnerSide.getByText('$50,000.00').first().waitFor();
    await expect(partnerSide.locator('[data-kind="total"]').textContent()).resolves.toContain(
      '$10,000.00',
    );
    await expect(
      page.getByTestId('integration-ours').locator('[data-kind="total"]').textContent(),
    ).resolves.toContain('$40,000.00');

    // Reach: 100,000 + 50,000 = 150,000, three times going alone.
    await typeInto(page.getByTestId('reach-ours'), '50000');
    await typeInto(page.getByTestId('reach-partner'), '100000');
    await expect(page.getByTestId('reach-combined').textContent()).resolves.toBe('150,000');
    await expect(page.getByTestId('reach-multiple').textContent()).resolves.toBe('3×');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('economics-04-calculators');
    expectNoProblems(app);
  });

  it('shows a revenue share line by line, from actuals and from typed amounts', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await partnerWithActuals(app, 'Umbrella Resellers', 3);
    const latest = addMonths(thisMonth(), -1);
    await openForecastTab(app, partner.id);
    await pickSegment(page.getByTestId('partner-economics-view'), 'Revenue share');
    await page.getByTestId('revenue-share-breakdown').waitFor();

    // 20 % of everything to start; then 10 % up to $8,000 and 25 % above it.
    await page.getByTestId(`share-month-${latest}`).click();
    await page.getByTestId('add-tier').click();
    const bound = page.getByRole('textbox', { name: 'Tier 1: up to' });
    await typeInto(bound, '8000');
    await typeInto(page.getByTestId('tier-1-rate'), '10');
    await typeInto(page.getByTestId('tier-2-rate'), '25');
    await saved(page);
    const partnerLines = page.getByTestId('partner-lines');
    // The latest month recorded $10,000: 10 % of $8,000 + 25 % of $2,000 = $1,300.
    await partnerLines.getByText('Tier 2 at 25 %').waitFor();
    await expect(partnerLines.locator('[data-kind="total"]').textContent()).resolves.toContain(
      '$1,300.00',
    );
    await expect(
      page.getByTestId('our-lines').locator('[data-kind="total"]').textContent(),
    ).resolves.toContain('$8,700.00');

    // A bound below the one before is refused beside the field.
    await page.getByTestId('add-tier').click();
    await typeInto(page.getByRole('textbox', { name: 'Tier 2: up to' }), '5000');
    await page.getByText('Each bound must be above the one before').waitFor();
    await page.getByRole('button', { name: 'Remove tier 2' }).click();
    await saved(page);

    // Typed amounts instead of the actuals.
    await pickSegment(page.getByTestId('share-source'), 'Typed amounts');
    await typeInto(page.getByTestId(`typed-revenue-${latest}`), '20000');
    await page.getByTestId(`share-month-${latest}`).click();
    // 10 % of $8,000 + 25 % of $12,000 = $3,800.
    await partnerLines.getByText('$3,800.00').first().waitFor();
    await expect(page.getByTestId('share-totals').textContent()).resolves.toContain('$20,000.00');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('economics-05-revenue-share');
    expectNoProblems(app);
  });

  it('compares the partner channel with paid channels and keeps two revenue views apart', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await partnerWithActuals(app, 'Stark Referrals', 6);
    await openForecastTab(app, partner.id);
    await pickSegment(page.getByTestId('partner-economics-view'), 'Unit economics');
    await page.getByTestId('metric-cac').waitFor();

    // Six months: $24,000 spend, 15 deals → CAC $1,600.
    await expect(page.getByTestId('metric-cac-value').textContent()).resolves.toBe('$1,600.00');
    await typeInto(page.getByTestId('unit-paid-cac'), '4800');
    await page.getByTestId('channel-ratio').waitFor();
    await expect(page.getByTestId('channel-ratio').textContent()).resolves.toBe('3×');
    await typeInto(page.getByTestId('unit-mrr'), '400');
    await saved(page);
    // CLV = $400 × 70 % ÷ 2 % = $14,000; payback = $1,600 ÷ $280 ≈ 5.7 months.
    await expect(page.getByTestId('metric-clv-value').textContent()).resolves.toBe('$14,000.00');
    await expect(page.getByTestId('metric-payback-value').textContent()).resolves.toBe(
      '5.7 months',
    );
    await expect(page.getByTestId('view-trackable').textContent()).resolves.toBe('$75,000.00');
    await expect(page.getByTestId('view-directional').textContent()).resolves.toBe('$9,000.00');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('economics-06-unit-economics');
    expectNoProblems(app);
  });

  it('opens the program forecast from the navigation and runs its simulation', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    await partnerWithActuals(app, 'Globex Marketplace', 6);
    await partnerWithActuals(app, 'Initech Content', 6);
    await goTo(page, '/economics');
    await page.getByTestId('forecast-workspace').waitFor();
    // The program continues both partners' actuals: 280 + 280 leads a month.
    await expect(page.getByTestId('forecast-leads').inputValue()).resolves.toBe('560');
    await simulationDone(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('economics-07-program-forecast');
    expectNoProblems(app);
  });
});
