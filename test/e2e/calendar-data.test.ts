import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/contract/index.ts';
import { addDays, fiscalQuarterOf, startOfIsoWeek } from '../../shared/domain/periods.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import { addActivity, addPartner, bar, day, openCalendar, openWorkbook } from './calendar-pages.ts';

const startApp = useApp();

describe('the joint marketing calendar: files, budgets and limits', () => {
  it(
    'exports an .ics file that ical.js reads, and imports a CSV after showing its row errors',
    { timeout: 120_000 },
    async () => {
      const app = await startApp();
      const { page } = app;
      await openWorkbook(app);
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
      await openWorkbook(app);
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
