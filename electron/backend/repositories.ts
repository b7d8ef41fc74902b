import type { WorkbookDb } from '../../db/open.ts';
import { createPartnerRepository } from '../../db/repositories/partner-repository.ts';
import { createCalendarRepository } from '../../db/repositories/calendar-repository.ts';
import { createFitRepository } from '../../db/repositories/fit-repository.ts';
import { createAgreementRepository } from '../../db/repositories/agreement-repository.ts';
import { createSettingsRepository } from '../../db/repositories/settings-repository.ts';
import { createKpiRepository } from '../../db/repositories/kpi-repository.ts';
import { createActualsRepository } from '../../db/repositories/actuals-repository.ts';
import { createScorecardRepository } from '../../db/repositories/scorecard-repository.ts';
import { createValueCanvasRepository } from '../../db/repositories/value-canvas-repository.ts';
import { createEcosystemRepository } from '../../db/repositories/ecosystem-repository.ts';
import { createGovernanceRepositories } from '../../db/repositories/governance-repositories.ts';
import { createEconomicsRepository } from '../../db/repositories/economics-repository.ts';
import { createHealthCheckRepository } from '../../db/repositories/health-check-repository.ts';
import { createFirstProgramRepository } from '../../db/repositories/first-program-repository.ts';
import { createPartnershipFactsReader } from './services/partnership-facts.ts';
import { createDashboardReader } from './services/dashboard-queries.ts';

/** Every repository of one open workbook; handlers reach the database only through these. */
export function createRepositories(db: WorkbookDb) {
  return {
    settings: createSettingsRepository(db),
    kpis: createKpiRepository(db),
    actuals: createActualsRepository(db),
    scorecards: createScorecardRepository(db),
    valueCanvas: createValueCanvasRepository(db),
    ecosystem: createEcosystemRepository(db),
    ...createGovernanceRepositories(db),
    partners: createPartnerRepository(db),
    calendar: createCalendarRepository(db),
    fit: createFitRepository(db),
    agreements: createAgreementRepository(db),
    economics: createEconomicsRepository(db),
    healthChecks: createHealthCheckRepository(db),
    firstProgram: createFirstProgramRepository(db),
    partnershipFacts: createPartnershipFactsReader(db),
    dashboardReads: createDashboardReader(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
