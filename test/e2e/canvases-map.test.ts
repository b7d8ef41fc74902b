import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EcosystemMap } from '../../shared/contract/index.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import { pickOption, waitForSaved } from './pages.ts';
import {
  createPartner,
  connectNodes,
  dragNode,
  mapNode,
  nodePlaces,
  goTo,
  pngSize,
  screenshotSvg,
} from './canvases-pages.ts';

const startApp = useApp();
/** Whole workshop flows; a shared two-core machine can take twice the default time. */
const workflowTimeout = 120_000;

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
