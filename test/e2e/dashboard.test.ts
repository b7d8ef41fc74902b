import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/date-math.ts';
import { seedProgram } from '../backend/health-fixture.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import { waitForSaved } from './pages.ts';
import {
  backendCall,
  dashboardSettled,
  expandCheck,
  localToday,
  openDashboard,
  openPartnerTab,
  score,
} from './dashboard-pages.ts';

const startApp = useApp();

describe('dashboard', () => {
  it('opens on the dashboard, and shows "No clear owner" with its fix once an owner is removed', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    // A new workbook lands on the dashboard, which says what to do first.
    await page.getByTestId('dashboard').waitFor();
    await page.getByText('Your program at a glance starts with partners').waitFor();
    await app.screenshot('dashboard-00-new-workbook');

    const today = localToday();
    const partner = await backendCall(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
      stage: 'active',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Sam Lee',
    });
    await backendCall(app, 'agreements.save', {
      partnerId: partner.id,
      fields: { status: 'signed', terminationNoticeDays: 30, exitPlan: 'Wind down together' },
    });
    await backendCall(app, 'meetings.create', {
      partnerId: partner.id,
      kind: 'check_in',
      date: addDays(today, -3),
    });
    await page.keyboard.press('Alt+R');
    await page.getByTestId('headline').waitFor();
    await dashboardSettled(page);
    await expect(page.getByTestId('stat-live-value').textContent()).resolves.toBe('1');
    await page.getByTestId('card-diagnostics').waitFor();
    await expect(page.getByTestId('check-no_clear_owner').count()).resolves.toBe(0);

    // The partner's page: clear the partner-side owner, as a user would.
    await openPartnerTab(app, partner.id, 'overview');
    await page.getByTestId('partner-owner-theirs').fill('');
    await waitForSaved(page);

    await openDashboard(page);
    const check = await expandCheck(page, 'no_clear_owner');
    await expect(check.getByTestId('check-count').textContent()).resolves.toBe('1');
    await expect(check.getByTestId('check-fix').textContent()).resolves.toMatch(
      /^Fix: Name one person on each side who owns the partnership/,
    );
    await check
      .getByTestId('diagnostic-row')
      .filter({ hasText: 'Globex Analytics' })
      .getByText("The partnership is active but no owner is named on the partner's side.")
      .waitFor();
    await app.screenshot('dashboard-01-no-clear-owner');

    // The finding leads to the partner's Health tab, which shows the same finding.
    await check.getByTestId('diagnostic-row').click();
    await page.getByTestId('partner-health-tab').waitFor();
    await page
      .getByTestId('diagnostic-no_clear_owner')
      .getByText("The partnership is active but no owner is named on the partner's side.")
      .waitFor();
    expectNoProblems(app);
  });

  it('shows a running program at a glance, each chart also as a table', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    await seedProgram(app.backend, localToday());
    await page.keyboard.press('Alt+R');
    await page.getByTestId('headline').waitFor();
    await dashboardSettled(page);

    await expect(page.getByTestId('stat-live-value').textContent()).resolves.toBe('7');
    await expect(page.getByTestId('stat-critical-value').textContent()).resolves.toBe('6');
    await expect(page.getByTestId('stat-overdue-value').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('upcoming-activity').count()).resolves.toBe(4);
    await expect(page.getByTestId('top-risk').count()).resolves.toBe(4);
    await expect(page.getByTestId('health-lowest-row').first().textContent()).resolves.toMatch(
      /^Initech/,
    );
    await page.getByTestId('card-stages').locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('card-actuals').locator('.recharts-line').first().waitFor();
    await page.mouse.move(0, 0);
    await app.screenshot('dashboard-02-program');

    // Alt+T turns every chart into its table, with the same figures.
    await page.keyboard.press('Alt+T');
    const stages = page.getByTestId('card-stages-table');
    await stages
      .getByRole('row')
      .filter({ hasText: 'Active' })
      .getByText('5', { exact: true })
      .waitFor();
    const health = page.getByTestId('card-health-table');
    await expect(health.getByRole('row').count()).resolves.toBe(5);
    const actuals = page.getByTestId('card-actuals-table');
    await expect(actuals.getByRole('row').count()).resolves.toBe(13);
    // Qualified leads this month: 23 + 32 + 18 + 14 + 11 from five partners, against 20 × 7.
    await actuals.getByRole('row').last().getByText('140', { exact: true }).waitFor();
    await actuals.getByRole('row').last().getByText('98', { exact: true }).waitFor();
    await app.screenshot('dashboard-03-tables');
    await page.keyboard.press('Alt+T');
    await page.getByTestId('card-stages-table').waitFor({ state: 'detached' });
    expectNoProblems(app);
  });

  it('records a bilateral health check on the Health tab and draws both sides on a radar', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const seeded = await seedProgram(app.backend, localToday());
    await openPartnerTab(app, seeded.globex.id, 'health');
    await page.getByTestId('health-index-card').waitFor();
    await expect(page.getByTestId('health-band').textContent()).resolves.toBe('Healthy');
    await page
      .getByTestId('health-component-kpiAttainment')
      .getByTestId('component-score')
      .waitFor();
    await page
      .getByTestId('health-component-effortBalance')
      .getByTestId('component-missing')
      .waitFor();
    await page.getByTestId('no-diagnostics').waitFor();
    await page.getByText('No health check yet').waitFor();

    await page.keyboard.press('Alt+N');
    const form = page.getByTestId('health-check-form');
    await form.waitFor();
    // Saving with nothing scored is refused in the form itself.
    await page.getByTestId('health-check-save').click();
    await page.getByTestId('health-check-error').getByText('Score at least one pillar').waitFor();

    await page.getByTestId('health-check-our-respondent').fill('Ana Ruiz');
    await page.getByTestId('health-check-their-respondent').fill('Sam Lee');
    const ours = {
      purpose: '4',
      governance: '2',
      culture: '4',
      incentives: '5',
      knowledge: '3',
      technology: '4',
      resilience: '4',
    };
    const theirs = {
      purpose: '4',
      governance: '4',
      culture: '3',
      incentives: '2',
      knowledge: '3',
      technology: '4',
      resilience: '3',
    };
    for (const [pillar, value] of Object.entries(ours)) await score(page, 'ours', pillar, value);
    for (const [pillar, value] of Object.entries(theirs))
      await score(page, 'theirs', pillar, value);
    await page.getByTestId('rationale-ours-incentives').fill('Referral fee pays out every month');
    await page.getByTestId('rationale-theirs-incentives').fill('Our sales team sees no commission');
    // A rationale needs a score to go with it.
    await score(page, 'theirs', 'knowledge', '–');
    await page.getByTestId('rationale-theirs-knowledge').fill('We never see their win data');
    await page.getByTestId('health-check-save').click();
    await page.getByTestId('score-theirs-knowledge-error').waitFor();
    await score(page, 'theirs', 'knowledge', '2');
    await app.screenshot('dashboard-04-health-check-form');
    await page.getByTestId('health-check-save').click();
    await form.waitFor({ state: 'detached' });

    const radar = page.getByTestId('bilateral-radar');
    await radar.locator('.recharts-polar-grid').waitFor();
    await page
      .getByTestId('disagreement-incentives')
      .getByText('We say 5, the partner says 2')
      .waitFor();
    await page.getByTestId('disagreement-governance').waitFor();
    await expect(page.getByTestId('health-check-row').count()).resolves.toBe(1);
    await page.mouse.move(0, 0);
    await app.screenshot('dashboard-05-health-tab-radar');

    const saved = await backendCall(app, 'healthChecks.list', { partnerId: seeded.globex.id });
    expect(saved.checks[0]?.theirs.incentives).toEqual({
      score: 2,
      rationale: 'Our sales team sees no commission',
    });
    expect(saved.checks[0]?.analysis.disagreements).toEqual(['governance', 'incentives']);

    // A later check joins the history; the change since the previous one is spelled out.
    const first = saved.checks[0];
    if (!first) throw new Error('the check was not saved');
    await backendCall(app, 'healthChecks.create', {
      partnerId: seeded.globex.id,
      date: addDays(first.date, 1),
      ours: { ...first.ours, governance: { score: 4, rationale: 'Monthly steering now' } },
      theirs: first.theirs,
    });
    await page.getByTestId('partner-tab-overview').click();
    await page.getByTestId('partner-tab-health').click();
    await expect.poll(() => page.getByTestId('health-check-row').count()).toBe(2);
    await page
      .getByTestId('health-check-change')
      .getByText('Now agreed on Governance.', { exact: false })
      .waitFor();
    await page.getByTestId('bilateral-history-chart').waitFor();
    await page.mouse.move(0, 0);
    await app.screenshot('dashboard-06-health-history');

    // Deleting asks first.
    await page.getByTestId('health-check-menu').last().click();
    await page.getByTestId('health-check-delete').click();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId('health-check-row').count()).toBe(1);
    expectNoProblems(app);
  });
});
