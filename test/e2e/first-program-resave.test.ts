import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';
import { addCandidate, openFirstProgram } from './first-program-pages.ts';
import { call } from './governance-pages.ts';

const startApp = useApp();

describe('the guided start, a step done again', () => {
  it('edits the first campaign and rescored candidates instead of duplicating them', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const harbor = await call(app, 'partners.create', {
      name: 'Harbor Commerce',
      type: 'integration',
      stage: 'signed',
      ownerOurs: 'Ana Ruiz',
    });
    await call(app, 'firstProgram.save', {
      step: 'campaign',
      completed: [
        'candidates',
        'outreach',
        'firstCall',
        'type',
        'draft',
        'legal',
        'sign',
        'kickoff',
      ],
      partnerId: harbor.id,
    });
    await app.reload();
    await page.getByTestId('workbook-shell').waitFor();
    await openFirstProgram(page);

    const campaign = page.getByTestId('step-campaign');
    await campaign.getByTestId('campaign-title').fill('Spring webinar with Harbor');
    await campaign.getByTestId('step-continue').click();
    await page.getByTestId('step-review').waitFor();

    // Back to the campaign: the form shows what was saved, and saving again edits it.
    await page.getByTestId('stepper-campaign').click();
    await expect
      .poll(() => campaign.getByTestId('campaign-title').inputValue())
      .toBe('Spring webinar with Harbor');
    await campaign.getByTestId('campaign-title').fill('Summer webinar with Harbor');
    await campaign.getByTestId('step-continue').click();
    await page.getByTestId('step-review').waitFor();
    const activities = await call(app, 'calendar.list', {});
    expect(activities.map((a) => a.title)).toEqual(['Summer webinar with Harbor']);
    expect((await call(app, 'firstProgram.get', {})).campaignActivityId).toBe(activities[0]?.id);

    // A candidate added again under a name already listed is rescored, not added twice.
    await page.getByTestId('stepper-candidates').click();
    await page.getByTestId('step-candidates').waitFor();
    await expect(page.getByTestId('candidate-row').count()).resolves.toBe(1);
    await addCandidate(page, { name: 'Quillmail', type: 'Co-marketing' });
    await page.getByTestId('candidate-name').fill('Quillmail');
    await page.getByTestId('candidate-type').click();
    await page.getByRole('option', { name: 'Content', exact: true }).click();
    await page.getByTestId('candidate-add').click();
    await expect
      .poll(() => page.getByTestId('candidate-row').filter({ hasText: 'Quillmail' }).textContent())
      .toContain('Content');
    await expect(page.getByTestId('candidate-row').count()).resolves.toBe(2);
    await app.screenshot('first-program-resave-candidates');
    const partners = await call(app, 'partners.list', { includeArchived: true });
    expect(partners.map((p) => p.name).sort()).toEqual(['Harbor Commerce', 'Quillmail']);
    expectNoProblems(app);
  }, 150_000);
});
