import { eq } from 'drizzle-orm';
import {
  AppError,
  moduleParams,
  type LogoInput,
  type ModuleParams,
  type WorkbookSettings,
} from '../../shared/contract/index.ts';
import type { z } from '../../shared/contract/zod.ts';
import type { settingsFields } from '../../shared/contract/settings.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { workbookSettings } from '../schema/index.ts';

type SettingsFields = z.output<typeof settingsFields>;

export function createSettingsRepository(db: WorkbookDb) {
  const row = () => {
    const found = db.select().from(workbookSettings).where(eq(workbookSettings.id, 1)).get();
    if (!found)
      throw new AppError('bad_file', 'This workbook has no settings row; it may be damaged.');
    return found;
  };

  const parseParams = (json: string): ModuleParams => {
    const parsed = moduleParams.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : moduleParams.parse({});
  };

  const get = (): WorkbookSettings => {
    const r = row();
    return {
      workbookId: r.workbookId,
      orgName: r.orgName,
      clientName: r.clientName,
      programName: r.programName,
      currency: r.currency,
      fiscalYearStartMonth: r.fiscalYearStartMonth,
      confidentiality: r.confidentiality,
      audienceSize: r.audienceSize,
      hasLogo: r.logo !== null,
      params: parseParams(r.params),
      updatedAt: r.updatedAt,
    };
  };

  return {
    get,
    update(fields: SettingsFields): WorkbookSettings {
      db.update(workbookSettings)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(workbookSettings.id, 1))
        .run();
      return get();
    },
    updateParams(params: Partial<ModuleParams>): WorkbookSettings {
      const merged = { ...parseParams(row().params), ...params };
      db.update(workbookSettings)
        .set({ params: JSON.stringify(merged), updatedAt: nowIso() })
        .where(eq(workbookSettings.id, 1))
        .run();
      return get();
    },
    getLogo(): LogoInput | null {
      const r = row();
      if (!r.logo || !r.logoMimeType) return null;
      return {
        mimeType: r.logoMimeType as LogoInput['mimeType'],
        base64: Buffer.from(r.logo).toString('base64'),
      };
    },
    setLogo(logo: LogoInput | null): void {
      db.update(workbookSettings)
        .set({
          logo: logo ? Buffer.from(logo.base64, 'base64') : null,
          logoMimeType: logo?.mimeType ?? null,
          updatedAt: nowIso(),
        })
        .where(eq(workbookSettings.id, 1))
        .run();
    },
    /** A short title for windows and recent lists: the program, else the client. */
    title(): string {
      const r = row();
      return r.programName || r.clientName;
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
