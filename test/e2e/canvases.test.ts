import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EcosystemMap } from '../../shared/contract/index.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import { pickOption, waitForSaved } from './pages.ts';
import {
  addNotes,
  createPartner,
  fitText,
  connectNodes,
  download,
  dragOnto,
  dragNode,
  linkTo,
  mapNode,
  nodePlaces,
  note,
  notes,
  goTo,
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

describe('the ecosystem map', () => {
  it(
    'places every partner around us, connects two, and shows the same map after a reload',
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      for (const name of ['Globex Analytics', 'Initech Media', 'Umbrella Payments', 'Hooli Cloud'])
        await createPartner(app, name);

      await page.getByText('Ecosystem map', { exact: true }).click();
      await page.getByTestId('empty-state').waitFor();
      await app.screenshot('ecosystem-01-empty');
      await page.getByTestId('eco-add-all-partners').click();
      await mapNode(page, 'Hooli Cloud').waitFor();
      await expect(page.locator('.react-flow__node').count()).resolves.toBe(5);
      await expect(page.getByTestId('empty-state').count()).resolves.toBe(0);

      await connectNodes(page, 'Globex Analytics', 'Umbrella Payments');
      await page.getByTestId('eco-edge-label').waitFor();
      await page.getByTestId('eco-inspector').getByText('Connection', { exact: true }).waitFor();
      await pickOption(page, 'edge-kind-select', 'Money');
      await page.getByTestId('edge-label-input').fill('Revenue share');
      await page.getByTestId('edge-label-input').press('Enter');
      await page.getByTestId('eco-edge-label').filter({ hasText: 'Revenue share' }).waitFor();
      await connectNodes(page, 'Northwind Advisory', 'Initech Media');
      await expect.poll(() => page.getByTestId('eco-edge-label').count()).toBe(2);

      await dragNode(page, 'Hooli Cloud', 140, 90);
      await waitForSaved(page);
      const places = await nodePlaces(page);
      expect(Object.keys(places)).toHaveLength(5);
      await app.screenshot('ecosystem-02-map');
      await page.getByTestId('eco-present').click();
      await page.getByTestId('eco-legend-toggle').waitFor();
      await page.getByTestId('eco-layout').click();
      await page.getByTestId('eco-layout-lr').click();
      await waitForSaved(page);
      await app.screenshot('ecosystem-03-present-arranged');
      await page.keyboard.press('Control+z');
      await expect.poll(() => nodePlaces(page)).toEqual(places);
      await page.keyboard.press('Escape');

      await app.reload();
      await page.getByText('Ecosystem map', { exact: true }).click();
      await mapNode(page, 'Hooli Cloud').waitFor();
      await expect(nodePlaces(page)).resolves.toEqual(places);
      await expect(page.getByTestId('eco-edge-label').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Revenue share', 'Value']),
      );

      expectNoProblems(app);
    },
    workflowTimeout,
  );

  it(
    'undoes and redoes a connection and a move with the keyboard',
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      for (const name of ['Globex Analytics', 'Initech Media']) await createPartner(app, name);
      await app.backend.call('ecosystem.addAllPartners', {});
      await goTo(page, '/ecosystem');
      await mapNode(page, 'Initech Media').waitFor();
      const start = await nodePlaces(page);

      await connectNodes(page, 'Globex Analytics', 'Initech Media');
      await page.getByTestId('eco-edge-label').waitFor();
      await dragNode(page, 'Initech Media', -120, 80);
      await waitForSaved(page);
      const moved = await nodePlaces(page);
      expect(moved['Initech Media']).not.toBe(start['Initech Media']);

      await page.keyboard.press('Control+z');
      await expect.poll(() => nodePlaces(page)).toEqual(start);
      await page.keyboard.press('Control+z');
      await page.getByTestId('eco-edge-label').waitFor({ state: 'detached' });
      await page.keyboard.press('Control+Shift+z');
      await page.getByTestId('eco-edge-label').waitFor();
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => nodePlaces(page)).toEqual(moved);
      await waitForSaved(page);

      await app.reload();
      await goTo(page, '/ecosystem');
      await mapNode(page, 'Initech Media').waitFor();
      await expect(nodePlaces(page)).resolves.toEqual(moved);
      await expect(page.getByTestId('eco-edge-label').count()).resolves.toBe(1);
      expectNoProblems(app);
    },
    workflowTimeout,
  );

  it(
    'exports the whole map as a PNG image and as a vector SVG, and opens a partner from it',
    async () => {
      const app = await startApp();
      const { page } = app;
      await app.withWorkbook();
      const globex = await createPartner(app, 'Globex Analytics');
      const umbrella = await createPartner(app, 'Umbrella Payments');
      await app.backend.call('ecosystem.addAllPartners', {});
      const map = await app.backend.call('ecosystem.get', {});
      if (!map.ok) throw new Error(map.error.message);
      const { nodes } = map.value as EcosystemMap;
      const idOf = (partnerId: number) => nodes.find((n) => n.partnerId === partnerId)?.id;
      await app.backend.call('ecosystem.addEdge', {
        sourceId: idOf(globex),
        targetId: idOf(umbrella),
        fields: { kind: 'money', strength: 5, label: 'Revenue share' },
      });
      await goTo(page, '/ecosystem');
      await page.getByTestId('eco-edge-label').filter({ hasText: 'Revenue share' }).waitFor();

      await page.getByTestId('eco-export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('eco-export-png').click(),
      ]);
      expect(download.suggestedFilename()).toBe('ecosystem-map.png');
      const png = readFileSync(await download.path());
      const size = pngSize(png);
      expect(size.width).toBeGreaterThan(0);
      expect(size.height).toBeGreaterThan(0);
      expect(png.length).toBeGreaterThan(5_000);

      await page.getByTestId('eco-export').click();
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('eco-export-svg').click(),
      ]);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('Revenue share');
      expect(svg).toContain('Umbrella Payments');
      expect(svg).not.toContain('foreignObject');
      await screenshotSvg(app, svg, 'ecosystem-04-print');

      await mapNode(page, 'Globex Analytics').getByTestId('open-partner').click();
      await page.getByTestId('partner-title').filter({ hasText: 'Globex Analytics' }).waitFor();
      expectNoProblems(app);
    },
    workflowTimeout,
  );
});
