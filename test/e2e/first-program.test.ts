import { describe, expect, it } from 'vitest';
import type {
  Activity,
  FirstProgramState,
  MethodName,
  Partner,
} from '../../shared/contract/index.ts';
import { expectNoProblems, useApp, type AppUnderTest } from './fixtures.ts';
import {
  addCandidate,
  addDeliverable,
  continueStep,
  createFirstProgramWorkbook,
  openFirstProgram,
  reachOut,
} from './first-program-pages.ts';

async function read<T>(app: AppUnderTest, method: MethodName, input: unknown = {}): Promise<T> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const partnerNamed = async (app: AppUnderTest, name: string) =>
  (await read<Partner[]>(app, 'partners.list')).find((p) => p.name === name);

describe('first program', () => {
  const start = useApp();

  it('takes a founder with no partners to a signed agreement and a first campaign, resuming after leaving', async () => {
    const app = await start();
    const { page } = app;
    await createFirstProgramWorkbook(page, app.dir);
    await page.getByTestId('step-candidates').waitFor();
    await app.screenshot('first-program-empty');

    // Step 1: the checklist asks for five candidates before moving on; a nameless one is refused.
    await expect.poll(() => page.getByTestId('step-continue').isDisabled()).toBe(true);
    await page.getByTestId('candidate-add').click();
    await page.getByText('Name is required').waitFor();
    await page.getByText('Pick a partnership type').waitFor();

    await addCandidate(page, {
      name: 'Harbor Commerce',
      type: 'Integration / technology',
      scores: { complementary: 5, sharedAudience: 5, brandValues: 4, strategicFit: 5 },
    });
    await addCandidate(page, { name: 'Quillmail', type: 'Co-marketing' });
    await addCandidate(page, {
      name: 'Ledgerly',
      type: 'Co-marketing',
      scores: { complementary: 1 },
    });
    await addCandidate(page, { name: 'Parcelpoint', type: 'Integration / technology' });
    await expect.poll(() => page.getByTestId('step-continue').isDisabled()).toBe(true);
    await addCandidate(page, { name: 'Northstar Consulting', type: 'Channel / reseller' });
    await expect
      .poll(() => page.getByTestId('candidate-row').filter({ hasText: 'Harbor' }).textContent())
      .toMatch(/Go/);
    await app.screenshot('first-program-candidates');
    await continueStep(page, 'candidates');

    // Step 2, then away to the partners list and back: the flow resumes at the first call.
    await reachOut(page, 'Harbor Commerce');
    await expect
      .poll(async () => (await partnerNamed(app, 'Harbor Commerce'))?.stage)
      .toBe('contacted');
    await reachOut(page, 'Quillmail');
    await expect.poll(async () => (await partnerNamed(app, 'Quillmail'))?.stage).toBe('contacted');
    await continueStep(page, 'outreach');
    await page.getByTestId('step-firstCall').waitFor();
    await page
      .locator('.mantine-AppShell-navbar .mantine-NavLink-root')
      .filter({ hasText: 'Partners' })
      .click();
    await page.getByText('Northstar Consulting').first().waitFor();
    await openFirstProgram(page);
    await page.getByTestId('step-firstCall').waitFor();

    // Step 3: the first call, with both sides' goals.
    await page.getByTestId('call-partner').click();
    await page.getByRole('option', { name: 'Harbor Commerce' }).click();
    await page
      .getByTestId('call-notes')
      .fill('300 shared merchants; they want retention insights.');
    await page.getByTestId('call-goal-ours').fill('Marketplace installs');
    await page.getByTestId('call-goal-theirs').fill('Merchants who stay longer');
    await continueStep(page, 'firstCall');

    // Step 4: the partnership type.
    await page.getByTestId('type-co_marketing').click();
    await continueStep(page, 'type');

    // Step 5: the draft with deliverables on both sides, which the checklist counts.
    await page.getByTestId('agreement-scope').fill('Two joint webinars and a co-written guide.');
    await addDeliverable(page, 'ours', 'Webinar deck and speaker');
    await expect.poll(() => page.getByTestId('step-continue').isDisabled()).toBe(true);
    await addDeliverable(page, 'theirs', 'Promote to their newsletter');
    await page.getByTestId('checklist-scope').waitFor();
    await app.screenshot('first-program-draft');
    await continueStep(page, 'draft');

    // Step 6: sent to a lawyer, then a reload: the review is still where it was.
    await page.getByTestId('legal-reviewer').fill('Sam Whitfield');
    await page.getByTestId('legal-send').click();
    await page.getByTestId('step-recorded').waitFor();
    await app.reload();
    await openFirstProgram(page);
    await page.getByTestId('step-legal').getByText('in review with Sam Whitfield').waitFor();
    await continueStep(page, 'legal');

    // Step 7: the signature, with an owner on each side.
    await page.getByTestId('sign-owner-theirs').fill('');
    await page.getByTestId('sign-owner-ours').fill('Ada Brightline');
    await page.getByTestId('step-continue').click();
    await page.getByText('Name who owns it on their side').waitFor();
    await page.getByTestId('sign-owner-theirs').fill('Grace Liu');
    await continueStep(page, 'sign');

    const harbor = await partnerNamed(app, 'Harbor Commerce');
    expect(harbor).toMatchObject({
      stage: 'signed',
      ownerOurs: 'Ada Brightline',
      ownerTheirs: 'Grace Liu',
    });
    const agreement = await read<{ status: string; deliverables: unknown[] }>(
      app,
      'agreements.get',
      {
        partnerId: harbor?.id,
      },
    );
    expect(agreement.status).toBe('signed');
    expect(agreement.deliverables).toHaveLength(2);

    // Step 8 and 9: kick-off with a shared definition of success, then the first campaign.
    await page.getByTestId('kickoff-success').fill('40 qualified leads from two webinars by June');
    await continueStep(page, 'kickoff');
    await page.getByTestId('campaign-budget').fill('4000');
    await page.getByTestId('campaign-share').fill('60');
    await expect
      .poll(() => page.getByTestId('campaign-split').textContent())
      .toMatch(/We pay €2,400\.00; Harbor Commerce pays €1,600\.00/);
    await app.screenshot('first-program-campaign');
    await continueStep(page, 'campaign');
    await page.getByTestId('step-review').waitFor();

    const activities = await read<Activity[]>(app, 'calendar.list');
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      partnerIds: [harbor?.id],
      budgetMinor: 400_000,
      splits: [
        { party: 'ours', percent: 60 },
        { party: harbor?.id, percent: 40 },
      ],
    });
    expect((await partnerNamed(app, 'Harbor Commerce'))?.stage).toBe('active');
    const state = await read<FirstProgramState>(app, 'firstProgram.get');
    expect(state).toMatchObject({ step: 'review', partnerId: harbor?.id });
    expect(state.completed).toHaveLength(9);
    await expect.poll(() => page.getByTestId('first-program-progress').textContent()).toBe('9/11');
    await app.screenshot('first-program-review');

    // Redoing an earlier step from the stepper keeps the flow where it was.
    await page.getByTestId('stepper-type').click();
    await page.getByTestId('step-type').getByTestId('step-recorded').waitFor();
    await continueStep(page, 'type');
    await page.getByTestId('step-review').waitFor();
    await expect.poll(() => page.getByTestId('first-program-progress').textContent()).toBe('9/11');

    // The dashboard shows where the guided start stands.
    await page
      .locator('.mantine-AppShell-navbar .mantine-NavLink-root')
      .filter({ hasText: 'Dashboard' })
      .click();
    await expect
      .poll(() => page.getByTestId('card-first-program-count').textContent())
      .toBe('9 of 11 steps');
    await page.getByTestId('card-first-program').getByText('Next: Review results.').waitFor();

    // Steps 10 and 11 from the card: the results, then the decision to expand.
    await page.getByTestId('card-first-program-open').click();
    await page.getByTestId('review-leads').fill('120');
    await page.getByTestId('review-qualified').fill('30');
    await page.getByTestId('review-deals').fill('4');
    await page.getByTestId('review-revenue').fill('12000');
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toMatch(/ROI 400 %/);
    await continueStep(page, 'review');
    await page.getByTestId('iterate-expand').click();
    await continueStep(page, 'iterate');
    await page.getByTestId('first-program-finished').waitFor();
    await expect.poll(() => page.getByTestId('first-program-progress').textContent()).toBe('11/11');
    await app.screenshot('first-program-finished');
    const decisions = await read<{ kind: string; partnerId: number }[]>(app, 'decisions.list');
    expect(decisions).toEqual([expect.objectContaining({ kind: 'expand', partnerId: harbor?.id })]);

    expectNoProblems(app);
  }, 180_000);
});
