import { createAgreements } from './demo-agreements.ts';
import { createCalendar } from './demo-calendar.ts';
import { createCharters } from './demo-charters.ts';
import { createDemoContext, type DemoCall } from './demo-context.ts';
import { createDecisionRequests } from './demo-decision-requests.ts';
import { createEconomics } from './demo-economics.ts';
import { createFigures } from './demo-figures.ts';
import { createFirstProgram } from './demo-first-program.ts';
import { createCanvases, createEcosystem } from './demo-maps.ts';
import { createMeetings } from './demo-meetings.ts';
import { createPartners } from './demo-partners.ts';
import { createRisks } from './demo-risks.ts';

/** Who the demo workbook belongs to; `workbook.create` takes these before anything else is written. */
export const demoOwner = {
  orgName: 'Tidewater Analytics',
  clientName: 'Tidewater Analytics',
  currency: 'USD',
} as const;

export const demoProgramName = 'Tidewater Partner Network (demo)';

export interface DemoOptions {
  /** Every date is relative to this day. */
  today: string;
  seed: number;
}

/**
 * Fills the open, empty workbook with the fictional program. Every record goes through `call`,
 * the backend's router, so the demo is validated exactly like what a user types.
 */
export async function populateDemoWorkbook(call: DemoCall, options: DemoOptions): Promise<void> {
  const ctx = createDemoContext(call, options.today, options.seed);
  await call('settings.update', {
    ...demoOwner,
    programName: demoProgramName,
    fiscalYearStartMonth: 1,
    confidentiality: 'Fictional demo data — not confidential',
    audienceSize: 50_000,
  });
  await createPartners(ctx);
  await createAgreements(ctx);
  await createRisks(ctx);
  await createCharters(ctx);
  await createMeetings(ctx);
  await createDecisionRequests(ctx);
  await createCalendar(ctx);
  await createFigures(ctx);
  await createCanvases(ctx);
  await createEcosystem(ctx);
  await createEconomics(ctx);
  await createFirstProgram(ctx);
}
