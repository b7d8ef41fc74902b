import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/contract/index.ts';
import {
  addDays,
  fiscalQuarterOf,
  formatIsoDate,
  startOfIsoWeek,
} from '../../shared/domain/periods.ts';
import { expectNoProblems, useApp, type AppUnderTest } from './fixtures.ts';
import {
  addActivity,
  addPartner,
  bar,
  cancel,
  drag,
  dragBy,
  dropPoint,
  editor,
  fillActivity,
  openCalendar,
  save,
  timelineLabels,
} from './calendar-pages.ts';

const startApp = useApp();

const now = new Date();
const month = formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: 1 }).slice(
  0,
  7,
);
const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;

async function getActivity(app: AppUnderTest, id: number): Promise<Activity> {
  const result = await app.backend.call('calendar.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Activity;
}

async function clickDay(app: AppUnderTest, date: string): Promise<void> {
  const cell = app.page.getByTestId(`calendar-day-${date}`);
  const box = await cell.boundingBox();
  await cell.click({ position: { x: (box?.width ?? 40) - 12, y: 12 } });
  await editor(app.page).waitFor();
}

describe('the joint marketing calendar', () => {
  it(
    'plans a co-sponsored event with a 50/50 split of $40,000: $20,000 per party',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const acme = await addPartner(app, 'Acme Cloud');
      await openCalendar(page);
      await page.getByTestId('month-view').waitFor();

      await clickDay(app, day(12));
      const dialog = editor(page);
      await expect(dialog.getByTestId('activity-start').textContent()).resolves.toMatch(/12/);
      await fillActivity(page, {
        title: 'SaaStr booth',
        kind: 'Event sponsorship',
        partners: ['Acme Cloud'],
        channel: 'Events',
        audience: 'SaaS founders',
        budget: '40000',
      });
      await dialog.getByTestId('split-percent-ours').fill('60');
      await dialog.getByTestId(`split-percent-${acme}`).fill('30');
      const splitError = dialog.getByTestId('split-error');
      await expect(splitError.textContent()).resolves.toBe('The shares add up to 90 %, not 100 %.');
      await dialog.getByTestId('activity-save').click();
      await splitError.waitFor();
      await expect(dialog.isVisible()).resolves.toBe(true);

      await dialog.getByTestId('split-percent-ours').fill('50');
      await dialog.getByTestId(`split-percent-${acme}`).fill('50');
      await splitError.waitFor({ state: 'detached' });
      await expect(dialog.getByTestId('split-amount-ours').textContent()).resolves.toBe(
        '$20,000.00',
      );
      await expect(dialog.getByTestId(`split-amount-${acme}`).textContent()).resolves.toBe(
        '$20,000.00',
      );
      await app.screenshot('calendar-01-editor-split');
      await save(page);

      await bar(page, 'SaaStr booth').waitFor();
      await app.screenshot('calendar-02-month');
      await bar(page, 'SaaStr booth').click();
      await expect(editor(page).getByTestId(`split-amount-${acme}`).textContent()).resolves.toBe(
        '$20,000.00',
      );
      await cancel(page);

      await page.evaluate((id) => (window.location.hash = `#/partners/${id}`), acme);
      await page.getByTestId('partner-tab-marketing').click();
      const row = page.getByTestId('partner-activity-row').filter({ hasText: 'SaaStr booth' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('$40,000.00');
      await expect(row.textContent()).resolves.toContain('$20,000.00');
      await app.screenshot('calendar-03-partner-tab');
      expectNoProblems(app);
    },
  );

  it(
    'shows a conflict for two overlapping activities on one channel and audience, and moves them apart by dragging',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const acme = await addPartner(app, 'Acme Cloud');
      await addPartner(app, 'Globex');
      await addActivity(app, {
        title: 'Spring webinar',
        kind: 'joint_webinar',
        partnerIds: [acme],
        channel: 'LinkedIn',
        audience: 'CFOs',
        startDate: day(12),
        endDate: day(14),
        status: 'confirmed',
      });
      await openCalendar(page);
      await expect(page.getByTestId('conflict-count').textContent()).resolves.toBe('0');

      await clickDay(app, day(13));
      await fillActivity(page, {
        title: 'Newsletter swap',
        kind: 'Cross-promotion',
        partners: ['Globex'],
        channel: 'LinkedIn',
        audience: 'CFOs',
      });
      await save(page);

      const conflict = page.getByTestId('conflict-item');
      await conflict.waitFor();
      await expect(conflict.textContent()).resolves.toContain(
        '"Spring webinar" and "Newsletter swap" run at the same time on LinkedIn for CFOs',
      );
      await expect(page.getByTestId('conflict-count').textContent()).resolves.toBe('1');
      await bar(page, 'Newsletter swap')
        .locator('[data-testid="activity-conflict-icon"]')
        .waitFor();
      await bar(page, 'Spring webinar').locator('[data-testid="activity-conflict-icon"]').waitFor();
      await app.screenshot('calendar-04-month-conflict');

      await bar(page, 'Newsletter swap').click();
      const warning = editor(page).getByTestId('editor-conflicts');
      await expect(warning.textContent()).resolves.toContain('run at the same time on LinkedIn');
      await app.screenshot('calendar-05-editor-conflict');
      await cancel(page);

      const target = await dropPoint(page.getByTestId(`calendar-day-${day(20)}`));
      await drag(page, bar(page, 'Newsletter swap'), target);
      await page.locator('[data-testid="conflict-count"]', { hasText: /^0$/ }).waitFor();
      const list = await app.backend.call('calendar.list', {});
      const swap = (list.ok ? (list.value as Activity[]) : []).find(
        (a) => a.title === 'Newsletter swap',
      );
      expect(swap).toMatchObject({ startDate: day(20), endDate: day(20) });

      await page.getByTestId('toggle-color-scheme').click();
      await app.screenshot('calendar-05b-month-dark');
      await page.getByTestId('toggle-color-scheme').click();

      await bar(page, 'Newsletter swap').click();
      await editor(page).getByTestId('delete-activity').click();
      await page.getByRole('dialog', { name: 'Delete “Newsletter swap”?' }).waitFor();
      await page.getByTestId('confirm-delete-activity').click();
      await bar(page, 'Newsletter swap').waitFor({ state: 'detached' });
      await expect
        .poll(async () => {
          const after = await app.backend.call('calendar.list', {});
          return after.ok ? (after.value as Activity[]).map((a) => a.title) : [];
        })
        .toEqual(['Spring webinar']);
      expectNoProblems(app);
    },
  );

  it(
    'shows a timeline per partner or channel, moves a bar sideways, and remembers the view',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const acme = await addPartner(app, 'Acme Cloud');
      const globex = await addPartner(app, 'Globex');
      const webinar = await addActivity(app, {
        title: 'Spring webinar',
        kind: 'joint_webinar',
        partnerIds: [acme],
        channel: 'LinkedIn',
        audience: 'CFOs',
        startDate: day(12),
        endDate: day(14),
        status: 'confirmed',
      });
      await addActivity(app, {
        title: 'Newsletter swap',
        kind: 'cross_promotion',
        partnerIds: [globex],
        channel: 'LinkedIn',
        audience: 'CFOs',
        startDate: day(20),
        endDate: day(20),
      });
      await openCalendar(page);
      await page.getByTestId('calendar-view').locator('label', { hasText: 'Timeline' }).click();
      await page.getByTestId('timeline-view').waitFor();
      const rows = timelineLabels(page);
      await expect.poll(() => rows.allTextContents()).toEqual(['Acme Cloud', 'Globex']);
      await app.screenshot('calendar-06-timeline-by-partner');

      // The bar of a three-day activity is three days wide, less a 2 px gap.
      const webinarBar = bar(page, 'Spring webinar');
      const dayWidth = (((await webinarBar.boundingBox())?.width ?? 0) + 2) / 3;
      await dragBy(page, webinarBar, dayWidth * 2);
      await expect.poll(async () => (await getActivity(app, webinar)).startDate).toBe(day(14));
      await expect(getActivity(app, webinar)).resolves.toMatchObject({ endDate: day(16) });

      await page
        .getByTestId('timeline-grouping')
        .locator('label', { hasText: 'By channel' })
        .click();
      await expect.poll(() => rows.allTextContents()).toEqual(['LinkedIn']);
      await app.reload();
      await openCalendar(page);
      await page.getByTestId('timeline-view').waitFor();
      await expect.poll(() => rows.allTextContents()).toEqual(['LinkedIn']);
      await app.screenshot('calendar-07-timeline-by-channel');
      expectNoProblems(app);
    },
  );

  it(
    'exports an .ics file that ical.js reads, and imports a CSV after showing its row errors',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const acme = await addPartner(app, 'Acme Cloud');
      const id = await addActivity(app, {
        title: 'Joint webinar: securing cloud environments',
        kind: 'joint_webinar',
        partnerIds: [acme],
        startDate: day(8),
        endDate: day(8),
        startTime: '16:00',
        endTime: '17:00',
      });
      await openCalendar(page);
      await bar(page, 'Joint webinar').waitFor();

      await page.getByTestId('calendar-export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-ics').click(),
      ]);
      expect(download.suggestedFilename()).toBe('joint-marketing-calendar.ics');
      const text = readFileSync(await download.path(), 'utf8');
      const events = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.summary)).toEqual(['Joint webinar: securing cloud environments']);
      expect(events[0]?.startDate.toString()).toBe(`${day(8)}T16:00:00`);
      const settings = await app.backend.call('settings.get', {});
      const workbookId = settings.ok ? (settings.value as { workbookId: string }).workbookId : '';
      expect(events[0]?.uid).toBe(`activity-${id}@${workbookId}.partnership-workbook`);

      const csv = [
        'title,kind,partners,channel,audience,start_date,end_date,budget,split',
        `Podcast episode,Co-branded content,Acme Cloud,Audio,Developers,${day(15)},${day(15)},1500,60/40`,
        `Launch party,Launch,Initech,,,${day(16)},,2000,`,
      ].join('\n');
      await page.getByTestId('calendar-import').click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-choose-file').click();
      await (
        await chooser
      ).setFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      await expect(errors.locator('tbody tr').allTextContents()).resolves.toEqual([
        '3partnersNo partner named "Initech" in this workbook.',
      ]);
      await app.screenshot('calendar-08-import-errors');
      await page.getByTestId('import-valid-rows').click();
      await bar(page, 'Podcast episode').waitFor();
      const all = await app.backend.call('calendar.list', {});
      expect((all.ok ? (all.value as Activity[]) : []).map((a) => a.title)).toEqual([
        'Joint webinar: securing cloud environments',
        'Podcast episode',
      ]);
      expectNoProblems(app);
    },
  );

  it(
    'plans quarterly partner budgets, flags spend over plan and applies the weekly audience limit',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const acme = await addPartner(app, 'Acme Cloud');
      const monday = startOfIsoWeek(day(15));
      await addActivity(app, {
        title: 'Roadshow',
        kind: 'event_sponsorship',
        partnerIds: [acme],
        channel: 'Events',
        audience: 'CFOs',
        startDate: monday,
        endDate: monday,
        budgetMinor: 4_000_000,
        splits: [
          { party: 'ours', percent: 50 },
          { party: acme, percent: 50 },
        ],
      });
      await addActivity(app, {
        title: 'CFO newsletter',
        kind: 'email',
        partnerIds: [acme],
        channel: 'Email',
        audience: 'CFOs',
        startDate: addDays(monday, 1),
        endDate: addDays(monday, 1),
      });
      await openCalendar(page);
      await page.getByTestId('tab-budgets').click();
      const { quarter } = fiscalQuarterOf(monday, 1);
      const plan = page.getByTestId(`plan-${acme}-q${quarter}`);
      await plan.fill('15000');
      await plan.press('Enter');
      await page.getByTestId('budget-grid').getByText('$20,000.00 booked').waitFor();
      await app.screenshot('calendar-09-budgets');

      await page.getByTestId('tab-schedule').click();
      const overBudget = page.getByTestId('conflict-item').filter({ hasText: 'Over budget' });
      await overBudget.waitFor();
      await expect(overBudget.textContent()).resolves.toContain(
        "Acme Cloud's share of activity spend",
      );

      await page.getByText('Workbook settings', { exact: true }).first().click();
      const limit = page.getByTestId('settings-weekly-limit');
      await limit.fill('0');
      await page.getByText('Allow at least 1 activity a week').waitFor();
      await limit.fill('1');
      await page
        .getByTestId('calendar-settings')
        .locator('[data-testid="save-status"][data-state="saved"]')
        .waitFor();
      await expect
        .poll(async () => {
          const result = await app.backend.call('settings.get', {});
          return result.ok ? (result.value as { params: Record<string, unknown> }).params : null;
        })
        .toMatchObject({ weeklyActivityLimitPerAudience: 1 });
      await page.getByTestId('calendar-settings').scrollIntoViewIfNeeded();
      await app.screenshot('calendar-10-settings');
      await openCalendar(page);
      await page.getByTestId('conflict-item').filter({ hasText: 'Audience overload' }).waitFor();
      expectNoProblems(app);
    },
  );
});
