import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';
import {
  addRiskThroughForm,
  call,
  dialog,
  goTo,
  heatCell,
  openPartnerTab,
  pickDayInPreviousMonth,
  segment,
  setRaci,
} from './governance-pages.ts';
import { waitForSaved } from './pages.ts';

const startApp = useApp();

/** Tomorrow in local time: the due date shows this month (or next), so a day of the previous month is in the past. */
function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('the risk register', () => {
  it('places risks on the heat map and filters the table by a clicked cell', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const globex = await call(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
    });

    await goTo(page, 'Risks');
    await page.getByTestId('empty-state').waitFor();
    await app.screenshot('governance-01-risks-empty');

    await addRiskThroughForm(page, {
      title: 'Reseller sells against our direct team',
      category: 'Channel conflict',
      likelihood: 4,
      impact: 5,
      owner: 'Ana Ruiz',
    });
    await heatCell(page, 4, 5).waitFor();
    await page.getByTestId('add-risk').click();
    const form = dialog(page, 'risk-save');
    await form.getByTestId('risk-title').fill('Partner misses the launch date');
    await segment(form, 'risk-likelihood', '3');
    await segment(form, 'risk-impact', '4');
    await expect(form.getByTestId('risk-form-score').textContent()).resolves.toBe('12 · High');
    await form.getByTestId('risk-save').click();
    await form.getByText('Pick a category').waitFor();
    await app.screenshot('governance-02a-risk-form');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });

    await addRiskThroughForm(page, {
      title: 'Co-branded campaign dilutes the brand',
      category: 'Reputational / brand dilution',
      likelihood: 2,
      impact: 3,
    });
    await addRiskThroughForm(page, {
      title: 'Marketplace listing fees rise',
      category: 'Financial',
      likelihood: 4,
      impact: 5,
    });

    await expect.poll(() => heatCell(page, 4, 5).getAttribute('data-count')).toBe('2');
    await expect(heatCell(page, 2, 3).getAttribute('data-count')).resolves.toBe('1');
    await expect(heatCell(page, 4, 5).getAttribute('data-band')).resolves.toBe('critical');
    await expect(heatCell(page, 2, 3).getAttribute('data-band')).resolves.toBe('medium');
    await expect(heatCell(page, 1, 1).getAttribute('data-count')).resolves.toBe('0');
    await expect(page.getByTestId('risk-row').count()).resolves.toBe(3);
    await app.screenshot('governance-02-risks-heatmap');

    await heatCell(page, 2, 3).click();
    await page.getByTestId('cell-filter').waitFor();
    await expect.poll(() => page.getByTestId('risk-row').count()).toBe(1);
    await expect(page.getByTestId('risk-row').first().textContent()).resolves.toContain(
      'Co-branded campaign dilutes the brand',
    );
    await app.screenshot('governance-03-risks-filtered');
    await heatCell(page, 2, 3).click();
    await expect.poll(() => page.getByTestId('risk-row').count()).toBe(3);

    await call(app, 'risks.create', {
      partnerId: globex.id,
      title: 'Integration API changes without notice',
      category: 'operational',
      likelihood: 3,
      impact: 4,
      nextReviewDate: '2020-01-31',
    });
    await openPartnerTab(page, globex.id, 'risks');
    await page.getByTestId('risk-row').first().waitFor();
    await expect(page.getByTestId('risk-row').count()).resolves.toBe(1);
    await page.getByTestId('review-overdue').waitFor();
    await expect(heatCell(page, 3, 4).getAttribute('data-count')).resolves.toBe('1');
    await app.screenshot('governance-04-partner-risks');
    expectNoProblems(app);
  });
});

describe('the governance charter', () => {
  it('writes a charter with a RACI, refuses two Accountables on one decision, and approves a version', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const globex = await call(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Sam Lee',
    });

    await openPartnerTab(page, globex.id, 'charter');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('start-charter').click();
    await page.getByTestId('charter-editor').waitFor();
    await expect(page.getByTestId('committee-row').count()).resolves.toBe(2);
    await page
      .getByTestId('charter-intent')
      .fill('Reach mid-market retailers through the Globex marketplace.');
    await page
      .getByTestId('charter-success')
      .fill('40 qualified leads a quarter and 10 closed deals in the first year.');
    await page.getByTestId('add-decision-right').click();
    await page.getByTestId('raci-decision-0').fill('Approve the joint campaign budget');
    await setRaci(page, 0, 0, 'A');
    await setRaci(page, 0, 1, 'C');
    await waitForSaved(page);

    await setRaci(page, 0, 1, 'A');
    await expect
      .poll(() => page.getByTestId('raci-error-0').textContent())
      .toBe('2 people are Accountable (Ana Ruiz and Sam Lee): keep exactly one A.');
    await page.locator('[data-testid="save-status"][data-state="invalid"]').waitFor();
    await expect(page.getByTestId('charter-approve').isDisabled()).resolves.toBe(true);
    await app.screenshot('governance-05-charter-raci-error');

    await page.getByTestId('raci-cell-0-1').press('r');
    await page.getByTestId('raci-error-0').waitFor({ state: 'detached' });
    await waitForSaved(page);
    await app.screenshot('governance-06-charter');

    await page.getByTestId('charter-approve').click();
    const approve = dialog(page, 'approve-confirm');
    await approve.getByTestId('approve-by').fill('Steering committee');
    await approve.getByTestId('approve-confirm').click();
    await approve.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByTestId('charter-last-approved').textContent())
      .toMatch(/^Version 1 approved .* by Steering committee$/);
    await page.getByText('Version 2', { exact: true }).waitFor();

    await page.getByTestId('charter-success').fill('60 qualified leads a quarter.');
    await waitForSaved(page);
    await page.getByTestId('charter-history').click();
    await page.getByTestId('charter-version').first().click();
    const view = page.getByTestId('charter-view');
    await view.waitFor();
    await expect(view.textContent()).resolves.toContain(
      '40 qualified leads a quarter and 10 closed deals in the first year.',
    );
    await expect(view.locator('input, textarea').count()).resolves.toBe(0);
    await app.screenshot('governance-07-charter-version');
    await page.keyboard.press('Escape');

    await goTo(page, 'Program charter');
    await page.getByTestId('start-charter').click();
    await page
      .getByTestId('charter-intent')
      .fill('Partnerships bring a fifth of new revenue by 2028.');
    await waitForSaved(page);
    await expect(page.getByTestId('committee-row').count()).resolves.toBe(0);
    await app.screenshot('governance-07a-program-charter');
    expectNoProblems(app);
  });
});

describe('meetings, actions and decisions', () => {
  it('holds a QBR from its agenda template, with two actions and one decision', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const globex = await call(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
    });

    await openPartnerTab(page, globex.id, 'meetings');
    await page.getByTestId('tab-empty').waitFor();
    await page.getByTestId('new-meeting').click();
    const create = dialog(page, 'meeting-save');
    await segment(create, 'meeting-kind', 'QBR');
    await expect
      .poll(() => create.getByTestId('meeting-agenda').inputValue())
      .toContain('4. Continue, expand, adjust or end');
    await create.getByTestId('meeting-attendees').fill('Ana Ruiz');
    await create.getByTestId('meeting-attendees').press('Enter');
    await create.getByTestId('meeting-attendees').fill('Sam Lee');
    await create.getByTestId('meeting-attendees').press('Enter');
    await create.getByTestId('meeting-title').fill('Q3 business review');
    await app.screenshot('governance-08-new-qbr');
    await create.getByTestId('meeting-save').click();
    await page.getByTestId('meeting-heading').getByText('Q3 business review').waitFor();

    for (const [title, owner] of [
      ['Send the Q3 results deck to both sponsors', 'Ana Ruiz'],
      ['Draft the joint webinar plan for Q4', 'Sam Lee'],
    ] as const) {
      await page.getByTestId('meeting-add-action').click();
      const form = dialog(page, 'action-save');
      await form.getByTestId('action-title').fill(title);
      await form.getByTestId('action-owner').fill(owner);
      await form.getByTestId('action-save').click();
      await form.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(2);

    await page.getByTestId('meeting-add-decision').click();
    const decide = dialog(page, 'decision-save');
    await decide.getByTestId('decision-text').fill('Renew the partnership for twelve months');
    await segment(decide, 'decision-kind', 'Renew');
    await decide.getByTestId('decision-by').fill('Ana Ruiz and Sam Lee');
    await decide
      .getByTestId('decision-rationale')
      .fill('Leads on target for two quarters; the webinar series pays back.');
    await decide.getByTestId('decision-save').click();
    await decide.waitFor({ state: 'hidden' });
    await page.getByTestId('decision-row').waitFor();
    await page.getByTestId('meeting-edit-notes').fill('Both sides want a second webinar in Q4.');
    await waitForSaved(page);
    await app.screenshot('governance-09-qbr-held');

    await goTo(page, 'Meetings & actions');
    const row = page.getByTestId('meeting-row');
    await row.first().waitFor();
    await expect(row.count()).resolves.toBe(1);
    await expect(row.first().textContent()).resolves.toContain('QBR');
    await expect(row.first().getByTestId('meeting-outcome').textContent()).resolves.toBe(
      '2 actions · 1 decision',
    );
    await app.screenshot('governance-10-meetings-page');
    expectNoProblems(app);
  });

  it('flags an action as overdue once its due date is moved into the past', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    const globex = await call(app, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
    });
    await call(app, 'actions.create', {
      partnerId: globex.id,
      title: 'Send the signed data-sharing agreement',
      owner: 'Ana Ruiz',
      dueDate: tomorrow(),
    });

    await goTo(page, 'Meetings & actions');
    await page
      .getByTestId('overdue-panel')
      .getByText('Nothing overdue', { exact: false })
      .waitFor();
    await page.getByTestId('gov-tab-actions').click();
    await page.getByTestId('action-row').click();
    const form = dialog(page, 'action-save');
    await pickDayInPreviousMonth(page, 'action-due');
    await form.getByTestId('action-save').click();
    await form.waitFor({ state: 'hidden' });

    await page.getByTestId('overdue-action').waitFor();
    await expect(page.getByTestId('overdue-count').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('overdue-action').textContent()).resolves.toContain(
      'Send the signed data-sharing agreement',
    );
    await expect(page.getByTestId('action-row').getAttribute('data-overdue')).resolves.toBe('true');
    await page.getByTestId('action-overdue').waitFor();
    await app.screenshot('governance-11-overdue-action');

    await openPartnerTab(page, globex.id, 'meetings');
    await page.getByTestId('overdue-action').waitFor();
    expectNoProblems(app);
  });
});

describe('decisions requested', () => {
  it('puts a flagged action on the steering agenda and clears it once decided', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook();
    await call(app, 'actions.create', {
      title: 'Price the shared booth at RetailX',
      owner: 'Ana Ruiz',
      forDecision: true,
      decisionQuestion: 'Do we co-fund the RetailX booth, split 50/50?',
    });

    await goTo(page, 'Meetings & actions');
    const requests = page.getByTestId('decision-request');
    await requests.first().waitFor();
    await expect(requests.first().textContent()).resolves.toContain(
      'Do we co-fund the RetailX booth, split 50/50?',
    );
    await page.getByTestId('new-meeting').click();
    const create = dialog(page, 'meeting-save');
    await segment(create, 'meeting-kind', 'Steering');
    await expect
      .poll(() => create.getByTestId('meeting-agenda').inputValue())
      .toContain('   - Do we co-fund the RetailX booth, split 50/50?');
    await page.keyboard.press('Escape');
    await create.waitFor({ state: 'hidden' });

    await requests.first().getByRole('button', { name: 'Record decision' }).click();
    const decide = dialog(page, 'decision-save');
    await decide.getByText('Do we co-fund the RetailX booth, split 50/50?').waitFor();
    await decide.getByTestId('decision-text').fill('Co-fund the booth; we bring the creative.');
    await segment(decide, 'decision-kind', 'Expand');
    await decide.getByTestId('decision-by').fill('Steering committee');
    await app.screenshot('governance-12-record-requested-decision');
    await decide.getByTestId('decision-save').click();
    await decide.waitFor({ state: 'hidden' });
    await requests.first().waitFor({ state: 'detached' });
    await page.getByTestId('gov-tab-decisions').click();
    await page
      .getByTestId('decision-row')
      .getByText('Co-fund the booth; we bring the creative.')
      .waitFor();
    expectNoProblems(app);
  });
});

describe('decisions requested panel', () => {
  it('shows each "Record decision" button whole beside a long question (demo)', async () => {
    const app = await startApp();
    const { page } = app;
    const made = await app.backend.call('workbook.createDemo', { path: `${app.dir}/demo.pwb` });
    if (!made.ok) throw new Error(made.error.message);
    await app.reload();
    await goTo(page, 'Meetings & actions');
    const panel = page.getByTestId('decisions-requested');
    const requests = panel.getByTestId('decision-request');
    await requests.first().waitFor();
    const panelBox = await panel.boundingBox();
    for (const button of await panel.getByRole('button', { name: 'Record decision' }).all()) {
      const box = await button.boundingBox();
      // Clipped text overflows the label inside the button, not the button itself.
      const fits = await button.evaluate((el) => {
        const label = el.querySelector('.mantine-Button-label') ?? el;
        return label.scrollWidth <= label.clientWidth && el.scrollWidth <= el.clientWidth;
      });
      expect(fits).toBe(true);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(
        (panelBox?.x ?? 0) + (panelBox?.width ?? 0),
      );
    }
    expect(await requests.count()).toBeGreaterThan(0);
    expectNoProblems(app);
  }, 120_000);
});
