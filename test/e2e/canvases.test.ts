import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';
import { waitForSaved } from './pages.ts';
import {
  addNotes,
  createPartner,
  fitText,
  download,
  dragOnto,
  linkTo,
  note,
  notes,
  openCanvasTab,
  pngSize,
  screenshotSvg,
  seedCanvas,
} from './canvases-pages.ts';

const startApp = useApp();
/** Whole workshop flows; a shared two-core machine can take twice the default time. */
const workflowTimeout = 120_000;

describe('the shared value proposition canvas', () => {
  it(
    'is built with the keyboard in a workshop: three pains, two relieved, a fit of 67 %',
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const partnerId = await createPartner(app, 'Globex Analytics');
      await openCanvasTab(page, partnerId);
      await expect(fitText(page)).resolves.toBe('–');
      await app.screenshot('canvas-01-empty');

      await page.getByTestId('segment-title').click();
      await page.getByTestId('segment-input').fill('Finance teams of mid-size retailers');
      await page.getByTestId('segment-input').press('Enter');
      await page.getByTestId('segment-title').filter({ hasText: 'mid-size retailers' }).waitFor();

      await addNotes(page, 'add-pain', 'pain', [
        'Month-end close takes two weeks',
        'Reconciling payments by hand',
        'Audit findings on missing approvals',
      ]);
      await addNotes(page, 'add-pain_reliever', 'pain_reliever', [
        'Bank feeds post straight into the ledger',
        'Approval trail kept for every invoice',
      ]);
      await linkTo(page, note(page, 'pain_reliever', 'Bank feeds'), ['Month-end close']);
      await linkTo(page, note(page, 'pain_reliever', 'Approval trail'), ['Audit findings']);

      await page.getByTestId('canvas-fit-percent').filter({ hasText: '67' }).waitFor();
      expect(await fitText(page)).toMatch(/^67\s%$/);
      await expect(
        note(page, 'pain', 'Reconciling payments').getAttribute('class'),
      ).resolves.toContain('is-unaddressed');
      await page
        .getByTestId('canvas-fit')
        .getByText('Still open: Reconciling payments by hand')
        .waitFor();

      // Re-rank with Alt+Up: the unaddressed pain becomes the most important.
      await note(page, 'pain', 'Reconciling payments').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await notes(page, 'pain').first().filter({ hasText: 'Reconciling payments' }).waitFor();
      await expect(notes(page, 'pain').first().getAttribute('aria-label')).resolves.toBe(
        'pain ranked 1: Reconciling payments by hand',
      );
      await expect(page.locator(':focus').getAttribute('data-zone')).resolves.toBe('pain');

      // Delete from the keyboard, then undo brings the note and its link back.
      await note(page, 'pain', 'Audit findings').focus();
      await page.keyboard.press('Delete');
      await note(page, 'pain', 'Audit findings').waitFor({ state: 'detached' });
      await page.getByTestId('canvas-fit-percent').filter({ hasText: '50' }).waitFor();
      await page.keyboard.press('Control+z');
      await note(page, 'pain', 'Audit findings').waitFor();
      await page.getByTestId('canvas-fit-percent').filter({ hasText: '67' }).waitFor();

      // Edit in place: Enter opens the editor, Escape leaves it unchanged, Enter keeps a change.
      await note(page, 'pain', 'Month-end close').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('note-editor').fill('Month-end close takes three weeks');
      await page.keyboard.press('Enter');
      await note(page, 'pain', 'three weeks').waitFor();
      await waitForSaved(page);

      await app.reload();
      await openCanvasTab(page, partnerId);
      await expect(notes(page, 'pain').allTextContents()).resolves.toEqual([
        expect.stringContaining('Reconciling payments by hand'),
        expect.stringContaining('Month-end close takes three weeks'),
        expect.stringContaining('Audit findings on missing approvals'),
      ]);
      expect(await fitText(page)).toMatch(/^67\s%$/);
      expectNoProblems(app);
    },
    workflowTimeout,
  );

  it(
    'draws a full canvas for the projector, with both sides of the offer',
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const partnerId = await createPartner(app, 'Globex Analytics');
      await seedCanvas(app, partnerId, {
        segment: 'Finance teams of mid-size retailers',
        job: [
          'Close the books on time',
          'Look in control to the board',
          'Feel confident before an audit',
        ],
        gain: ['Close in three days', 'Cash position every morning', 'Clean audit'],
        pain: [
          'Month-end close takes two weeks',
          'Reconciling payments by hand',
          'Audit findings on missing approvals',
        ],
        ours: ['Implementation services'],
        theirs: ['Analytics platform'],
        gain_creator: ['Daily cash dashboard'],
        pain_reliever: ['Bank feeds post straight into the ledger'],
      });
      await openCanvasTab(page, partnerId);
      await linkTo(page, note(page, 'gain_creator', 'Daily cash'), ['Cash position']);
      await linkTo(page, note(page, 'pain_reliever', 'Bank feeds'), [
        'Month-end close',
        'Reconciling payments',
      ]);
      await page.getByTestId('canvas-fit-percent').filter({ hasText: '50' }).waitFor();
      // Re-rank with the mouse: drop the third job on the first.
      await dragOnto(
        page,
        note(page, 'job', 'Feel confident'),
        note(page, 'job', 'Close the books'),
      );
      await notes(page, 'job').first().filter({ hasText: 'Feel confident' }).waitFor();
      await expect(notes(page, 'job').allTextContents()).resolves.toEqual([
        expect.stringContaining('Feel confident'),
        expect.stringContaining('Close the books'),
        expect.stringContaining('Look in control'),
      ]);
      await note(page, 'job', 'Look in control').getByTestId('job-kind').click();
      await note(page, 'job', 'Look in control').getByText('Social').waitFor();

      await note(page, 'pain_reliever', 'Bank feeds').hover();
      await expect(
        note(page, 'pain', 'Reconciling payments').getAttribute('class'),
      ).resolves.toContain('is-related');
      await app.screenshot('canvas-02-full');
      await page.mouse.move(0, 0);

      const png = readFileSync(
        await (await download(page, 'export-canvas', 'export-canvas-png')).path(),
      );
      expect(pngSize(png).width).toBeGreaterThan(0);
      const svgFile = await download(page, 'export-canvas', 'export-canvas-svg');
      expect(svgFile.suggestedFilename()).toBe('value-canvas-globex-analytics.svg');
      const svg = readFileSync(await svgFile.path(), 'utf8');
      expect(svg).toContain('Finance teams of mid-size retailers');
      expect(svg).toContain('Bank feeds post straight');
      expect(svg).toContain('FIT 50 %');
      await screenshotSvg(app, svg, 'canvas-04-print');

      await page.getByTestId('present-canvas').click();
      await page.locator('.pwb-present').waitFor();
      await app.screenshot('canvas-03-present');
      await page.keyboard.press('Escape');
      await page.locator('.pwb-present').waitFor({ state: 'detached' });
      expectNoProblems(app);
    },
    workflowTimeout,
  );
});
