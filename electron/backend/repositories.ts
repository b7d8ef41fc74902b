import type { WorkbookDb } from '../../db/open.ts';
import { createPartnerRepository } from '../../db/repositories/partner-repository.ts';
import { createSettingsRepository } from '../../db/repositories/settings-repository.ts';

/** Every repository of one open workbook; handlers reach the database only through these. */
export function createRepositories(db: WorkbookDb) {
  return {
    settings: createSettingsRepository(db),
    partners: createPartnerRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
