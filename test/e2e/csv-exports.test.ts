import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';
import { call, goTo, openPartnerTab } from './governance-pages.ts';

const startApp = useApp();

interface Exported {
  fileName: string;
  text: string;
  header: string[];
  rows: string[][];
}

/** Runs `trigger` and reads the CSV file the page hands over. */
async function download(page: Page, trigger: () => Promise<void>): Promise<Exported> {
  const next = page.waitForEvent('download');
  await trigger();
  const file = await next;
  const text = readFileSync(await file.path(), 'utf8');
  const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data;
  return { fileName: file.suggestedFilename(), text, header, rows };
}

const column = (file: Exported, name: string): string[] => {
  const index = file.header.indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return file.rows.map((row) => row[index] ?? '');
};

describe('CSV export of the lists', () => {
  it('exports the risks, actions and decisions shown, with readable headers', async () => {
    const app = await startApp();
    const { page } = app;
    await call(app, 'workbook.createDemo', { path: join(app.dir, 'demo.pwb') });
    await app.reload();
    await page.getByTestId('workbook-shell').waitFor({ timeout: 30_000 });

    // Risks: the whole register, then only what a search leaves.
    await goTo(page, 'Risks');
    const count = page.getByTestId('risk-count');
    await count.waitFor();
    const shownRisks = Number((await count.textContent())?.split(' ')[0]);
    expect(shownRisks).toBeGreaterThan(2);
    const risks = await download(page, () => page.getByTestId('export-risks').click());
    expect(risks.text.startsWith('\uFEFF')).toBe(true);
    expect(risks.text).toContain('\r\n');
    expect(risks.fileName).toMatch(/^risks-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(risks.header.slice(0, 7)).toEqual([
      'Risk',
      'Partner',
      'Category',
      'Likelihood',
      'Impact',
      'Score',
      'Band',
    ]);
    expect(risks.rows).toHaveLength(shownRisks);
    const scores = column(risks, 'Score').map(Number);
    expect(scores.every((s) => Number.isInteger(s) && s >= 1 && s <= 25)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const open = await call(app, 'risks.list', {});
    const openTitles = open.filter((r) => r.status !== 'closed').map((r) => r.title);
    expect(column(risks, 'Risk').sort()).toEqual(openTitles.sort());

    const needle = openTitles[0]?.split(' ').find((w) => w.length > 4) ?? '';
    await page.getByTestId('risk-search').fill(needle);
    await expect
      .poll(async () => Number((await count.textContent())?.split(' ')[0]))
      .toBeLessThan(shownRisks);
    const filtered = Number((await count.textContent())?.split(' ')[0]);
    await page.getByTestId('risk-search').blur();
    // The keyboard path: Alt+E exports the list of the page.
    const searched = await download(page, () => page.keyboard.press('Alt+E'));
    expect(searched.rows).toHaveLength(filtered);
    expect(searched.header).toEqual(risks.header);
    await app.screenshot('csv-export-risks');

    // Actions: the open ones by default, every one in the "All" view.
    await goTo(page, 'Meetings & actions');
    await page.getByTestId('gov-tab-actions').click();
    const actionsAll = await call(app, 'actions.list', {});
    const openActions = actionsAll.filter((a) => a.status === 'open' || a.status === 'in_progress');
    expect(openActions.length).toBeGreaterThan(0);
    expect(openActions.length).toBeLessThan(actionsAll.length);
    const actions = await download(page, () => page.getByTestId('export-actions').click());
    expect(actions.header).toEqual([
      'Action',
      'Partner',
      'Meeting',
      'Owner',
      'Due',
      'Status',
      'Overdue',
      'For decision',
      'Question to decide',
    ]);
    expect(column(actions, 'Action').sort()).toEqual(openActions.map((a) => a.title).sort());
    expect(new Set(column(actions, 'Status'))).toEqual(
      new Set(openActions.map((a) => (a.status === 'open' ? 'Open' : 'In progress'))),
    );
    await page.getByTestId('action-view').getByText(/^All/).click();
    const everyAction = await download(page, () => page.getByTestId('export-actions').click());
    expect(everyAction.rows).toHaveLength(actionsAll.length);
    await app.screenshot('csv-export-actions');

    // Decisions: through the keyboard, on the decisions log tab.
    await page.getByTestId('gov-tab-decisions').click();
    await page.getByTestId('export-decisions').waitFor();
    const decisionsAll = await call(app, 'decisions.list', {});
    expect(decisionsAll.length).toBeGreaterThan(0);
    const decisions = await download(page, () => page.keyboard.press('Alt+E'));
    expect(decisions.header).toEqual([
      'Date',
      'Decision',
      'Kind',
      'Partner',
      'Meeting',
      'Decided by',
      'Rationale',
    ]);
    expect(decisions.rows).toHaveLength(decisionsAll.length);
    expect(column(decisions, 'Decision').sort()).toEqual(
      decisionsAll.map((d) => d.decision).sort(),
    );
    expect(column(decisions, 'Date').every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);

    // A partner's contacts, on its Contacts tab.
    const partners = await call(app, 'partners.list', {});
    const harbor = partners.find((p) => p.name === 'Harbor Commerce');
    if (!harbor) throw new Error('The demo has no Harbor Commerce');
    const { contacts } = await call(app, 'partners.get', { id: harbor.id });
    expect(contacts.length).toBeGreaterThan(1);
    await openPartnerTab(page, harbor.id, 'contacts');
    const people = await download(page, () => page.getByTestId('export-contacts').click());
    expect(people.fileName).toMatch(/^harbor-commerce-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(people.header).toEqual(['Partner', 'Name', 'Side', 'Role', 'Email', 'Phone']);
    expect(column(people, 'Name').sort()).toEqual(contacts.map((c) => c.name).sort());
    expect(new Set(column(people, 'Partner'))).toEqual(new Set(['Harbor Commerce']));
    await app.screenshot('csv-export-contacts');
    expectNoProblems(app);
  }, 150_000);
});
