import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import { autoMapColumns, parseCsv } from '../../shared/domain/partner-csv.ts';
import type { AppUnderTest } from './fixtures.ts';
import { pickOption } from './pages.ts';

/** Calls the backend directly, to set up what a test is not about. */
export async function seed<M extends MethodName>(
  backend: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** Imports partners from CSV text in one backend call, columns matched by header. */
export async function seedPartnersCsv(backend: Backend, csvText: string): Promise<number> {
  const result = await seed(backend, 'partners.importCsv', {
    csvText,
    mapping: autoMapColumns(parseCsv(csvText).headers),
  });
  return result.imported;
}

const inFlight = new WeakMap<Page, Set<Request>>();

/** Starts counting the page's requests, so a reload can wait until none is in flight. */
export function watchRequests(page: Page): void {
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/**
 * Reloads once no request has been in flight for a second: a reload that cut off a lazily loaded
 * chunk, or the call a page makes once that chunk has run, would be reported as a failed request.
 */
export async function reloadSettled(app: AppUnderTest): Promise<void> {
  const pending = inFlight.get(app.page);
  if (!pending) throw new Error('call watchRequests(page) first');
  let quietSince = 0;
  await expect
    .poll(
      () => {
        if (pending.size > 0) quietSince = 0;
        else quietSince ||= Date.now();
        return quietSince > 0 && Date.now() - quietSince >= 1000;
      },
      { interval: 50, timeout: 20_000 },
    )
    .toBe(true);
  await app.reload();
  await gotoPartners(app.page);
}

/** Opens the partners page from the navigation, whatever page the workbook opened on. */
export async function gotoPartners(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('Partners', { exact: true }).click();
  await page.getByTestId('add-partner').first().waitFor();
}

export async function openPartner(page: Page, name: string): Promise<void> {
  if (!(await page.getByTestId('partner-search').isVisible())) await gotoPartners(page);
  await page.getByTestId('partner-search').fill(name);
  await page.getByTestId('partner-row').filter({ hasText: name }).first().click();
  await page.getByTestId('partner-title').filter({ hasText: name }).waitFor();
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`partner-tab-${tab}`).click();
}

export async function addContact(
  page: Page,
  side: 'ours' | 'theirs',
  contact: { name: string; role?: string; email?: string; phone?: string },
): Promise<void> {
  await page.getByTestId(`add-contact-${side}`).click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByTestId('contact-name').fill(contact.name);
  if (contact.role) await dialog.getByTestId('contact-role').fill(contact.role);
  if (contact.email) await dialog.getByTestId('contact-email').fill(contact.email);
  if (contact.phone) await dialog.getByTestId('contact-phone').fill(contact.phone);
  await dialog.getByTestId('contact-save').click();
}

export async function scoreCriterion(page: Page, criterion: string, score: number | null) {
  await page
    .getByTestId(`fit-criterion-${criterion}`)
    .getByText(score === null ? '–' : String(score), { exact: true })
    .click();
}

export async function chooseSegment(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).getByText(label, { exact: true }).click();
}

/** Picks a day of the month the date picker opens on (the current month). */
export async function pickDay(page: Page, testId: string, day: number): Promise<string> {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth(), day));
  const month = date.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  await page.getByTestId(testId).click();
  await page
    .getByRole('button', { name: `${day} ${month} ${date.getUTCFullYear()}`, exact: true })
    .click();
  return date.toISOString().slice(0, 10);
}

export async function addDeliverable(
  page: Page,
  side: 'ours' | 'theirs',
  description: string,
  status?: string,
): Promise<void> {
  await page.getByTestId(`add-deliverable-${side}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('deliverable-description').fill(description);
  if (status) await pickOption(page, 'deliverable-status', status);
  await dialog.getByTestId('deliverable-save').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Drags a board card with the mouse, in small steps as a hand would. */
export async function dragCard(page: Page, partner: string, stage: string): Promise<void> {
  const card = page.locator(`[data-testid="board-card"][data-partner="${partner}"]`);
  const column = page.getByTestId(`board-column-${stage}`);
  await column.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await column.boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
  await page.mouse.up();
}

/** Milliseconds from a key press in the search box to the partner count changing on screen. */
export async function timeSearchKeystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const probe = { start: 0, end: 0 };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const input = document.querySelector('[data-testid="partner-search"]');
    const count = document.querySelector('[data-testid="partner-count"]');
    if (!input || !count) throw new Error('search or count missing');
    input.addEventListener('keydown', () => (probe.start = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (probe.start && !probe.end) {
        probe.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('partner-search').press(key);
  const handle = await page.waitForFunction(() => {
    const probe = (window as unknown as { __probe: { start: number; end: number } }).__probe;
    return probe.end ? probe.end - probe.start : null;
  });
  return (await handle.jsonValue()) as number;
}
