import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';
import { pickOption, waitForSaved } from './pages.ts';
import {
  addDeliverable,
  chooseSegment,
  gotoPartners,
  openPartner,
  openTab,
  pickDay,
  scoreCriterion,
  reloadSettled,
  seed,
  watchRequests,
} from './partners-pages.ts';

const startApp = useApp();

describe('a partnership before signing: fit and agreement', () => {
  it('scores the fit, shows the verdict change with one criterion, and a red flag forcing no-go', async () => {
    const app = await startApp();
    watchRequests(app.page);
    await app.withWorkbook();
    const { page, backend } = app;
    await seed(backend, 'partners.create', { name: 'Globex Analytics', type: 'integration' });
    await reloadSettled(app);
    await openPartner(page, 'Globex Analytics');
    await openTab(page, 'fit');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('Not scored yet');
    await page.getByTestId('fit-unscored-complementary').waitFor();

    for (const criterion of [
      'complementary',
      'sharedAudience',
      'customerIntent',
      'brandValues',
      'strategicFit',
      'resourceCommitment',
    ]) {
      await scoreCriterion(page, criterion, 4);
    }
    await scoreCriterion(page, 'channelConflictRisk', 2);
    await page
      .getByTestId('fit-note-complementary')
      .fill('Their analytics completes our retail media.');
    await expect(page.getByTestId('fit-score').textContent()).resolves.toBe('75.0');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('Go');

    await scoreCriterion(page, 'sharedAudience', 1);
    await expect(page.getByTestId('fit-score').textContent()).resolves.toBe('58.9');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('Conditional');
    await waitForSaved(page);
    await app.screenshot('fit-01-conditional');

    await page.getByTestId('fit-flag-directCompetitor').click();
    await page
      .getByTestId('fit-flag-note-directCompetitor')
      .fill('They launched a retail media product in May.');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('No-go');
    await expect(page.getByTestId('fit-reason').textContent()).resolves.toContain(
      'They launched a retail media product in May.',
    );
    await waitForSaved(page);
    await app.screenshot('fit-02-red-flag');

    await reloadSettled(app);
    await openPartner(page, 'Globex Analytics');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('No-go');
    await expect(page.getByTestId('fit-score').textContent()).resolves.toBe('58.9');
    const [summary] = await seed(backend, 'fit.list', {});
    expect(summary).toMatchObject({ verdict: 'no-go', redFlags: ['directCompetitor'] });
    expectNoProblems(app);
  }, 150_000);

  it('applies fit weights changed in the workbook settings', async () => {
    const app = await startApp();
    watchRequests(app.page);
    await app.withWorkbook();
    const { page, backend } = app;
    const partner = await seed(backend, 'partners.create', { name: 'Initech', type: 'content' });
    await seed(backend, 'fit.save', {
      partnerId: partner.id,
      criteria: {
        complementary: { score: 5 },
        sharedAudience: { score: 3 },
        customerIntent: { score: 3 },
      },
    });
    await reloadSettled(app);
    await page.getByText('Workbook settings', { exact: true }).first().click();
    await page.getByTestId('fit-weight-complementary').fill('-1');
    await page.getByText('A weight cannot be negative').waitFor();
    await page.getByTestId('fit-weight-complementary').fill('5');
    await page.getByTestId('fit-weights-settings').locator('[data-state="saved"]').waitFor();
    await app.screenshot('fit-03-weights');
    // The health weights share the same editor: each field checked, every change saved.
    await page.getByTestId('health-weight-effortBalance').fill('20');
    await page.getByTestId('health-weights-settings').locator('[data-state="saved"]').waitFor();
    const settings = await seed(backend, 'settings.get', {});
    expect(settings.params.healthWeights.effortBalance).toBe(20);
    expect(settings.params.fitWeights.complementary).toBe(5);

    await gotoPartners(page);
    await openPartner(page, 'Initech');
    await openTab(page, 'fit');
    await expect(page.getByTestId('fit-score').textContent()).resolves.toBe('75.0');
    await expect(page.getByTestId('fit-verdict').textContent()).resolves.toBe('Go');
    expectNoProblems(app);
  }, 150_000);

  it('records an agreement with deliverables on both sides, and the checklist follows', async () => {
    const app = await startApp();
    watchRequests(app.page);
    await app.withWorkbook();
    const { page, backend } = app;
    const partner = await seed(backend, 'partners.create', { name: 'Hooli', type: 'co_marketing' });
    await reloadSettled(app);
    await openPartner(page, 'Hooli');
    await openTab(page, 'agreement');
    const count = page.getByTestId('checklist-count');
    await expect(count.textContent()).resolves.toBe('0 of 6 defined');

    await pickOption(page, 'agreement-status', 'Signed');
    const start = await pickDay(page, 'agreement-start', 1);
    await page
      .getByTestId('agreement-scope')
      .fill('One joint webinar and two blog posts over three months.');
    await addDeliverable(page, 'ours', 'Host the joint webinar');
    await addDeliverable(page, 'theirs', 'Promote it to their 50K subscribers', 'In progress');
    await page.locator('[data-testid="checklist-scope"][data-state="defined"]').waitFor();

    await chooseSegment(page, 'agreement-revenue-model', 'Referral');
    await page.getByTestId('agreement-commission-percent').fill('20');
    await page.getByTestId('agreement-commission-months').fill('12');
    await chooseSegment(page, 'agreement-exclusive', 'Not exclusive');
    await chooseSegment(page, 'agreement-logo-use', 'Yes');
    await page.getByTestId('agreement-logo-places').fill('Website');
    await page.getByTestId('agreement-logo-places').press('Enter');
    await chooseSegment(page, 'agreement-brand-approval', 'Yes');
    await page.getByTestId('agreement-notice').fill('30');
    await chooseSegment(page, 'agreement-data-shared', 'Yes');
    await expect(count.textContent()).resolves.toBe('5 of 7 defined');
    await expect(page.getByTestId('checklist-dataSharing').textContent()).resolves.toContain(
      'Still missing: the data-sharing terms',
    );
    await waitForSaved(page);
    await app.screenshot('agreement-01-open-terms');

    await page.getByTestId('agreement-data-terms').fill('Lead lists only; deleted after 90 days.');
    await page
      .getByTestId('agreement-exit-plan')
      .fill('Running campaigns finish; leads stay with the side that won them.');
    await expect(count.textContent()).resolves.toBe('7 of 7 defined');
    await waitForSaved(page);

    await reloadSettled(app);
    await openPartner(page, 'Hooli');
    await expect(page.getByTestId('checklist-count').textContent()).resolves.toBe('7 of 7 defined');
    await app.screenshot('agreement-02-complete');
    const stored = await seed(backend, 'agreements.get', { partnerId: partner.id });
    expect(stored).toMatchObject({
      status: 'signed',
      startDate: start,
      revenueModel: 'referral_commission',
      referralCommissionPercent: 20,
      referralCommissionMonths: 12,
      exclusive: false,
      logoUsePlaces: ['Website'],
      terminationNoticeDays: 30,
      dataShared: true,
    });
    expect(stored.deliverables.map((d) => [d.side, d.status])).toEqual([
      ['ours', 'planned'],
      ['theirs', 'in_progress'],
    ]);
    expectNoProblems(app);
  }, 150_000);
});
