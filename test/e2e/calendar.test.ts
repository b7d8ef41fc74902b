import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/contract/index.ts';
import { expectNoProblems, useApp, type AppUnderTest } from './fixtures.ts';
import {
  addActivity,
  addPartner,
  bar,
  cancel,
  day,
  drag,
  dragBy,
  dropPoint,
  editor,
  fillActivity,
  openCalendar,
  openWorkbook,
  save,
  timelineLabels,
} from './calendar-pages.ts';

const startApp = useApp();

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
      await openWorkbook(app);
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
      await openWorkbook(app);
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
      await openWorkbook(app);
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
});
