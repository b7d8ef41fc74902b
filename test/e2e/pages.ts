import type { Page } from 'playwright-core';

/** Page helpers that act as a user would: through labels, roles and test ids, never fixed waits. */
export async function pickOption(page: Page, testId: string, optionLabel: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: optionLabel, exact: true }).click();
}

export async function createWorkbook(
  page: Page,
  folder: string,
  fields: { org: string; client: string; file: string },
): Promise<void> {
  await page.getByTestId('start-new').click();
  const dialog = page.getByRole('dialog', { name: 'New workbook' });
  await dialog.getByLabel('Your organisation').fill(fields.org);
  await dialog.getByLabel('Client').fill(fields.client);
  await dialog.getByLabel('File name').fill(fields.file);
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await dialog.getByRole('textbox', { name: 'Folder' }).press('Enter');
  await dialog.getByRole('button', { name: 'Create workbook' }).click();
  await page.getByTestId('workbook-shell').waitFor();
}

export async function openWorkbookByPath(page: Page, path: string): Promise<void> {
  await page.getByTestId('start-open').click();
  const dialog = page.getByRole('dialog', { name: 'Open workbook' });
  await dialog.getByLabel('Workbook file').fill(path);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

export async function addPartner(
  page: Page,
  partner: { name: string; type: string; ownerOurs?: string; ownerTheirs?: string },
): Promise<void> {
  await page.getByTestId('add-partner').first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a partner' });
  await dialog.getByLabel('Name').fill(partner.name);
  await pickOption(page, 'partner-type', partner.type);
  if (partner.ownerOurs) await dialog.getByLabel('Owner on our side').fill(partner.ownerOurs);
  if (partner.ownerTheirs)
    await dialog.getByLabel("Owner on the partner's side").fill(partner.ownerTheirs);
  await dialog.getByRole('button', { name: 'Add partner' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Every autosaving form on the page reports its edits committed. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').first().waitFor();
  await page
    .locator('[data-testid="save-status"]:not([data-state="saved"])')
    .first()
    .waitFor({ state: 'detached' });
}
