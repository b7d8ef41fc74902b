import type { Page } from 'playwright-core';
import { pickOption } from './pages.ts';

/** Page helpers for the guided start, acting through labels and test ids as a user would. */

export async function createFirstProgramWorkbook(page: Page, folder: string): Promise<void> {
  await page.getByTestId('start-first-program').click();
  const dialog = page.getByRole('dialog', { name: 'New workbook' });
  await dialog.getByLabel('Your organisation').fill('Brightline Studio');
  await dialog.getByLabel('Client').fill('Brightline Studio');
  await dialog.getByLabel('File name').fill('first-program.pwb');
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await dialog.getByRole('textbox', { name: 'Folder' }).press('Enter');
  await dialog.getByRole('button', { name: 'Create workbook' }).click();
  await page.getByTestId('first-program').waitFor();
}

export type QuickScores = Partial<
  Record<'complementary' | 'sharedAudience' | 'brandValues' | 'strategicFit', 1 | 2 | 3 | 4 | 5>
>;

export async function addCandidate(
  page: Page,
  candidate: { name: string; type: string; scores?: QuickScores },
): Promise<void> {
  const before = await page.getByTestId('candidate-row').count();
  await page.getByTestId('candidate-name').fill(candidate.name);
  await pickOption(page, 'candidate-type', candidate.type);
  for (const [criterion, score] of Object.entries(candidate.scores ?? {})) {
    await page
      .getByTestId(`candidate-score-${criterion}`)
      .getByText(String(score), { exact: true })
      .click();
  }
  await page.getByTestId('candidate-add').click();
  await page.getByTestId('candidate-row').nth(before).waitFor();
}

export async function continueStep(page: Page, from: string): Promise<void> {
  await page.getByTestId(`step-${from}`).getByTestId('step-continue').click();
  await page.getByTestId(`step-${from}`).waitFor({ state: 'detached' });
}

export async function openFirstProgram(page: Page): Promise<void> {
  await page
    .locator('.mantine-AppShell-navbar .mantine-NavLink-root')
    .filter({ hasText: 'First program' })
    .click();
  await page.getByTestId('first-program').waitFor();
}

export async function addDeliverable(
  page: Page,
  side: 'ours' | 'theirs',
  description: string,
): Promise<void> {
  await page.getByTestId(`add-deliverable-${side}`).click();
  await page.getByTestId('deliverable-description').fill(description);
  await page.getByTestId('deliverable-save').click();
  await page.getByTestId(`deliverables-${side}`).getByText(description).waitFor();
}

/** Flips a candidate's "reached out" switch; the stage is saved at once. */
export async function reachOut(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('switch', { name: `Reached out to ${name}` });
  await toggle.click({ force: true });
  await toggle.and(page.locator('[data-checked="true"], :checked')).waitFor({ state: 'attached' });
}
