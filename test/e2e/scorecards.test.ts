import { describe, expect, it } from 'vitest';
import { monthLabel } from '../../renderer/src/features/kpis/months.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import {
  backendCall,
  cell,
  goTo,
  gridSettled,
  lastThreeMonths,
  openPartnerTab,
  showMonths,
  typeAndPress,
} from './scorecards-pages.ts';

const startApp = useApp();
const [m2, m1, m0] = lastThreeMonths();

describe('actuals and scorecards', () => {
  it('takes three months of actuals from the keyboard, scores them and offers the suggested tier', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await backendCall(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
      tier: 'Silver',
    });
    await openPartnerTab(app, partner.id, 'actuals');
    await page.getByTestId('actuals-grid').waitFor();
    await showMonths(page, 3);
    await cell(page, m2, 'm:leads').waitFor();

    // Down a column with Enter; Enter on the last month saves in place.
    await cell(page, m2, 'm:qualifiedLeads').click();
    await typeAndPress(page, '18', 'Enter');
    await typeAndPress(page, '20', 'Enter');
    await typeAndPress(page, '24', 'Enter');
    // Across with the arrows, then up the revenue column, then right with Tab.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await typeAndPress(page, '12,100', 'ArrowUp');
    await typeAndPress(page, '11000', 'ArrowUp');
    await typeAndPress(page, '10000', 'Tab');
    await typeAndPress(page, '25000', 'Tab');
    await typeAndPress(page, '1500', 'Tab');

    // A fractional deal count is refused in the cell itself, then corrected.
    await cell(page, m2, 'm:deals').click();
    await typeAndPress(page, '2.5', 'Tab');
    await page.getByTestId(`cell-${m2}-m:deals-error`).getByText('Use a whole number').waitFor();
    await expect(cell(page, m2, 'm:deals').getAttribute('aria-invalid')).resolves.toBe('true');
    await app.screenshot('scorecards-01-grid-cell-error');
    await page.keyboard.press('Shift+Tab');
    await typeAndPress(page, '2', 'Enter');

    // The typed scorecard criteria sit in the same grid.
    await cell(page, m0, 'c:compliance').click();
    await typeAndPress(page, '100', 'Tab');
    await typeAndPress(page, '4.5', 'Enter');
    await gridSettled(page);

    await expect(cell(page, m2, 'm:deals').inputValue()).resolves.toBe('2');
    await expect(cell(page, m0, 'm:attributedRevenue').inputValue()).resolves.toBe('12,100.00');
    await expect(page.getByTestId('total-m:qualifiedLeads').textContent()).resolves.toBe('62');
    await page.getByTestId('actuals-grid').click({ position: { x: 5, y: 5 } });
    await app.screenshot('scorecards-02-actuals-grid');

    const grid = await backendCall(app, 'actuals.grid', {
      partnerId: partner.id,
      from: m2,
      to: m0,
    });
    expect(
      grid.actuals.map((a) => [a.period, a.qualifiedLeads, a.deals, a.attributedRevenue]),
    ).toEqual([
      [m2, 18, 2, 1_000_000],
      [m1, 20, null, 1_100_000],
      [m0, 24, null, 1_210_000],
    ]);

    // Revenue +10 % (1.0), 24 of 20 leads (1.2), compliance and satisfaction on target (1.0);
    // enablement has no data and is left out: (30 + 30 + 15 + 15) ÷ 85 = 105.9.
    await page.getByTestId('partner-tab-scorecard').click();
    await expect(page.getByTestId('scorecard-score').textContent()).resolves.toBe('105.9');
    await expect(page.getByTestId('suggested-tier').textContent()).resolves.toBe('Platinum');
    await expect(page.getByTestId('assigned-tier').textContent()).resolves.toBe('Silver');
    await page.getByTestId('tier-mismatch').waitFor();
    await page.getByTestId('criterion-missing-enablement_completion').waitFor();
    await expect(page.getByTestId('scorecard-trend').textContent()).resolves.toBe('Rising');
    await app.screenshot('scorecards-03-scorecard-mismatch');

    await page.getByTestId('score-trend-view').getByText('Table').click();
    await page.getByTestId('score-trend-table').getByText('105.9').waitFor();
    await app.screenshot('scorecards-04-trend-table');

    await page.getByTestId('apply-tier').click();
    await page.getByTestId('tier-mismatch').waitFor({ state: 'detached' });
    await expect(page.getByTestId('assigned-tier').textContent()).resolves.toBe('Platinum');
    const saved = await backendCall(app, 'partners.get', { id: partner.id });
    expect(saved.tier).toBe('Platinum');

    // A typed criterion can be entered on the scorecard itself; it now counts (105 of 100 weight).
    await page.getByTestId('criterion-input-enablement_completion').fill('80');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('scorecard-score').textContent()).toBe('105');
    await expect(page.getByTestId('criterion-missing-enablement_completion').count()).resolves.toBe(
      0,
    );
    expectNoProblems(app);
  });

  it('imports an actuals CSV, showing the bad row by number, and imports the valid rows on request', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partner = await backendCall(app, 'partners.create', { name: 'Initech', type: 'content' });
    await openPartnerTab(app, partner.id, 'actuals');
    await showMonths(page, 3);
    await page.getByTestId('actuals-import').click();
    const csv = [
      'Month,Leads,Qualified leads,Attributed revenue (USD)',
      `${m2},100,20,5000`,
      `${m1},lots,22,5500`,
      `${m0},120,25,"6,050.50"`,
    ].join('\n');
    await page.getByTestId('actuals-csv-input').setInputFiles({
      name: 'initech-actuals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const bad = page.locator('[data-testid="actuals-csv-error"][data-row="3"]');
    await bad.waitFor();
    await expect(bad.textContent()).resolves.toBe('3Leads“lots” is not a number');
    await expect(page.getByTestId('actuals-import-all').isDisabled()).resolves.toBe(true);
    await app.screenshot('scorecards-05-csv-row-error');

    await page.getByTestId('actuals-import-valid').click();
    await page.getByTestId('actuals-csv-errors').waitFor({ state: 'detached' });
    await expect.poll(() => cell(page, m0, 'm:attributedRevenue').inputValue()).toBe('6,050.50');
    await expect.poll(() => cell(page, m2, 'm:leads').inputValue()).toBe('100');
    await expect(cell(page, m1, 'm:leads').inputValue()).resolves.toBe('');
    const grid = await backendCall(app, 'actuals.grid', {
      partnerId: partner.id,
      from: m2,
      to: m0,
    });
    expect(grid.actuals.map((a) => a.period)).toEqual([m2, m0]);
    expectNoProblems(app);
  });
});

describe('the KPI hierarchy', () => {
  it('builds a tree, records figures and rolls attainment up by weight', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    await page.getByText('KPIs', { exact: true }).first().click();
    await page.getByTestId('empty-state').waitFor();
    await app.screenshot('scorecards-06-kpis-empty');

    await page.getByRole('button', { name: 'Add a strategic KPI' }).click();
    let form = page.getByTestId('kpi-form');
    await form.getByTestId('kpi-name').fill('Partner-sourced revenue');
    await form.getByTestId('kpi-unit').fill('USD');
    await form.getByTestId('kpi-target').fill('100000');
    await form.getByTestId('kpi-save').click();
    await form.waitFor({ state: 'detached' });

    const addUnder = async (
      parent: string,
      name: string,
      fill: (f: typeof form) => Promise<void>,
    ) => {
      await page.getByRole('button', { name: `Actions for ${parent}` }).click();
      await page.getByRole('menuitem', { name: 'Add sub-KPI' }).click();
      form = page.getByTestId('kpi-form');
      await expect(form.getByTestId('kpi-level').inputValue()).resolves.toBe('Tactical');
      await form.getByTestId('kpi-name').fill(name);
      await fill(form);
      await form.getByTestId('kpi-save').click();
      await form.waitFor({ state: 'detached' });
    };
    await addUnder('Partner-sourced revenue', 'Qualified pipeline', async (f) => {
      await f.getByTestId('kpi-unit').fill('leads');
      await f.getByTestId('kpi-target').fill('40');
      await f.getByTestId('kpi-weight').fill('3');
    });
    await addUnder('Partner-sourced revenue', 'Referred customer churn', async (f) => {
      await f.getByTestId('kpi-unit').fill('%');
      await f.getByText('Lower is better').click();
      await f.getByTestId('kpi-target').fill('5');
    });

    await page.getByTestId('kpis-tab-figures').click();
    const ids = await backendCall(app, 'kpis.list', {});
    const id = (name: string) => ids.find((k) => k.name === name)?.id ?? 0;
    await cell(page, m0, String(id('Qualified pipeline'))).click();
    await typeAndPress(page, '30', 'Tab');
    await typeAndPress(page, '10', 'Enter');
    await gridSettled(page);
    await app.screenshot('scorecards-07-kpi-figures');

    await page.getByTestId('kpis-tab-hierarchy').click();
    await expect
      .poll(() => page.getByTestId(`kpi-attainment-${id('Qualified pipeline')}`).textContent())
      .toBe('75 %');
    await expect
      .poll(() => page.getByTestId(`kpi-attainment-${id('Referred customer churn')}`).textContent())
      .toBe('50 %');
    // (3 × 75 % + 1 × 50 %) ÷ 4
    await expect
      .poll(() => page.getByTestId(`kpi-attainment-${id('Partner-sourced revenue')}`).textContent())
      .toBe('69 %');
    await expect.poll(() => page.getByTestId('kpi-overall-value').textContent()).toBe('69 %');
    await app.screenshot('scorecards-08-kpi-rollup');

    // A month of its own: this month's pipeline target becomes 48, so 30 is 63 %.
    await page.getByRole('button', { name: 'Actions for Qualified pipeline' }).click();
    await page.getByRole('menuitem', { name: 'Edit…' }).click();
    form = page.getByTestId('kpi-form');
    await form.getByRole('button', { name: 'Add month target' }).click();
    await form.getByText('Pick a month').waitFor();
    await form.getByTestId('kpi-target-month').click();
    await page
      .getByRole('button', { name: monthLabel(m0, 'long').split(' ')[0]?.slice(0, 3) ?? '' })
      .click();
    await form.getByTestId('kpi-target-value').fill('48');
    await form.getByRole('button', { name: 'Add month target' }).click();
    await form.getByTestId(`kpi-target-${m0}`).waitFor();
    await app.screenshot('scorecards-09-kpi-edit');
    await form.getByTestId('kpi-save').click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId(`kpi-attainment-${id('Qualified pipeline')}`).textContent())
      .toBe('63 %');

    await page.getByRole('button', { name: 'Actions for Partner-sourced revenue' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete 3 KPIs' }).click();
    await page.getByTestId('empty-state').waitFor();
    await expect(backendCall(app, 'kpis.list', {})).resolves.toEqual([]);
    expectNoProblems(app);
  });
});

describe('scorecards across partners', () => {
  it('lists every partner with score and tiers, and takes new tier thresholds in settings', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const partners = [
      ['Globex Analytics', 'Gold', 24],
      ['Initech', 'Gold', 12],
      ['Umbrella Media', '', 16],
    ] as const;
    for (const [name, tier, leads] of partners) {
      const p = await backendCall(app, 'partners.create', { name, type: 'channel', tier });
      await backendCall(app, 'actuals.set', {
        partnerId: p.id,
        period: m0,
        measure: 'qualifiedLeads',
        value: leads,
      });
    }
    await goTo(page, '/scorecards');
    await page.getByTestId('scorecards-table').waitFor();
    const rows = page.getByTestId('scorecard-row');
    await expect(rows.allTextContents()).resolves.toEqual([
      expect.stringContaining('Globex Analytics'),
      expect.stringContaining('Umbrella Media'),
      expect.stringContaining('Initech'),
    ]);
    await expect(page.getByTestId('mismatch-count').textContent()).resolves.toBe(
      '2 tier mismatches',
    );
    await app.screenshot('scorecards-10-all-partners');

    await goTo(page, '/settings');
    const section = page.getByTestId('scorecard-settings');
    await section.scrollIntoViewIfNeeded();
    await section.getByTestId('threshold-platinum').fill('60');
    await section.getByText('Platinum must be above Gold').waitFor();
    await app.screenshot('scorecards-11-settings-error');
    await section.getByTestId('threshold-platinum').fill('95');
    await section.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const settings = await backendCall(app, 'settings.get', {});
    expect(settings.params.tierThresholds.platinum).toBe(95);
    expect(settings.params.weeklyActivityLimitPerAudience).toBe(3);
    await app.screenshot('scorecards-12-settings');
    expectNoProblems(app);
  });
});

describe('scorecards of a month not recorded yet', () => {
  it('says the month has no figures yet and offers the month before, which is scored (scorecards, KPIs)', async () => {
    const app = await startApp();
    const { page } = app;
    const made = await app.backend.call('workbook.createDemo', { path: `${app.dir}/demo.pwb` });
    if (!made.ok) throw new Error(made.error.message);
    await app.reload();
    await page.evaluate(() => (window.location.hash = '#/scorecards'));
    const notice = page.getByTestId('scorecards-no-data');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Nothing recorded for ${monthLabel(m0, 'long')}`);
    await notice.getByRole('button', { name: `Show ${monthLabel(m1, 'long')}` }).click();
    await notice.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByText(/\d+ of \d+ scored/i).textContent())
      .not.toMatch(/^0 of/);

    // The KPIs page offers the month before in the same way.
    await page.evaluate(() => (window.location.hash = '#/kpis'));
    await page.getByTestId('kpis-previous').click();
    await expect.poll(() => page.getByTestId('kpi-overall-value').textContent()).toMatch(/\d/);
    expect(await page.getByTestId('kpis-period').textContent()).toBe(monthLabel(m1, 'long'));
    expectNoProblems(app);
  }, 120_000);
});
