import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { screenshotDir, type AppUnderTest } from './fixtures.ts';

/** Page helpers for the two canvases, acting as a facilitator would: keys, clicks, labels. */

export async function createPartner(app: AppUnderTest, name: string): Promise<number> {
  const result = await app.backend.call('partners.create', { name, type: 'integration' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }).id;
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
}

export async function openCanvasTab(page: Page, partnerId: number): Promise<void> {
  await goTo(page, `/partners/${partnerId}`);
  await page.getByTestId('partner-tab-canvas').click();
  await page.getByTestId('vpc-board').waitFor();
}

export function notes(page: Page, zone: string): Locator {
  return page.locator(`[data-testid="canvas-item"][data-zone="${zone}"]`);
}

export function note(page: Page, zone: string, text: string): Locator {
  return notes(page, zone).filter({ hasText: text });
}

/** Adds notes to a zone with the keyboard only: Enter after each, Escape at the end. */
export async function addNotes(
  page: Page,
  addButtonTestId: string,
  zone: string,
  texts: string[],
): Promise<void> {
  await page.getByTestId(addButtonTestId).click();
  const before = await notes(page, zone).count();
  const editor = page.getByTestId('note-editor');
  for (const [index, text] of texts.entries()) {
    await editor.fill(text);
    await editor.press('Enter');
    await notes(page, zone)
      .nth(before + index)
      .waitFor();
  }
  await editor.press('Escape');
  await editor.waitFor({ state: 'detached' });
}

export async function linkTo(page: Page, from: Locator, targets: string[]): Promise<void> {
  await from.getByTestId('link-button').click();
  const picker = page.getByTestId('link-picker');
  for (const target of targets) {
    const box = picker.getByRole('checkbox', { name: new RegExp(target) });
    await box.check();
  }
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'hidden' });
}

export async function fitText(page: Page): Promise<string> {
  return (await page.getByTestId('canvas-fit-percent').textContent()) ?? '';
}

export function mapNode(page: Page, label: string): Locator {
  return page.locator('.react-flow__node').filter({ hasText: label });
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the dot on one node's right edge onto another node, as a user connects them. */
export async function connectNodes(page: Page, from: string, to: string): Promise<void> {
  const source = mapNode(page, from);
  await source.hover();
  const start = await centreOf(source.locator('.react-flow__handle-right'));
  const end = await centreOf(mapNode(page, to));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

export async function dragNode(page: Page, label: string, dx: number, dy: number): Promise<void> {
  const start = await centreOf(mapNode(page, label).locator('.eco-node__text'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 6 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
  await page.mouse.up();
}

/** Each node's place on the map (its flow transform), by label. */
export async function nodePlaces(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => [
        node.querySelector('.eco-node__label')?.textContent ?? '',
        node.style.transform,
      ]),
    ),
  );
}

/** Width and height from a PNG's IHDR chunk, after checking its eight signature bytes. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('Not a PNG file');
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens an exported SVG on its own page, as a drawing program would, and photographs it. */
export async function screenshotSvg(app: AppUnderTest, svg: string, name: string): Promise<void> {
  const viewer = await app.page.context().newPage();
  try {
    await viewer.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
    );
    await viewer.locator('svg').first().waitFor();
    mkdirSync(screenshotDir, { recursive: true });
    await viewer.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  } finally {
    await viewer.close();
  }
}

export async function download(page: Page, menu: string, item: string): Promise<Download> {
  await page.getByTestId(menu).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
  return file;
}

export interface CanvasSeed {
  segment: string;
  job: string[];
  gain: string[];
  pain: string[];
  ours: string[];
  theirs: string[];
  gain_creator: string[];
  pain_reliever: string[];
}

/** Fills a canvas through the backend, for tests about what is done with a full one. */
export async function seedCanvas(app: AppUnderTest, partnerId: number, seed: CanvasSeed) {
  const ok = async (method: 'valueCanvas.setSegment' | 'valueCanvas.addItem', input: object) => {
    const result = await app.backend.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
  };
  await ok('valueCanvas.setSegment', { partnerId, customerSegment: seed.segment });
  const zones = ['job', 'gain', 'pain', 'gain_creator', 'pain_reliever'] as const;
  for (const zone of zones)
    for (const text of seed[zone]) await ok('valueCanvas.addItem', { partnerId, zone, text });
  for (const side of ['ours', 'theirs'] as const)
    for (const text of seed[side])
      await ok('valueCanvas.addItem', { partnerId, zone: 'product', text, side });
}

/** Drags one element onto another with the mouse, in small steps as a hand would. */
export async function dragOnto(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centreOf(from);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y - 10, { steps: 3 });
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await page.mouse.up();
}
