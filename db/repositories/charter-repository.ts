import { desc, eq, isNull } from 'drizzle-orm';
import {
  AppError,
  charterFields,
  type Charter,
  type CharterContent,
  type CharterOverview,
  type CharterState,
  type CharterVersion,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { charters, charterVersions } from '../schema/index.ts';
import { requirePartner } from './governance-scope.ts';

type CharterRow = typeof charters.$inferSelect;

function contentOf(row: CharterRow): CharterContent {
  return {
    strategicIntent: row.strategicIntent,
    scope: row.scope,
    successDefinition: row.successDefinition,
    members: JSON.parse(row.members) as CharterContent['members'],
    decisions: JSON.parse(row.decisions) as CharterContent['decisions'],
    checkInCadence: row.checkInCadence as CharterContent['checkInCadence'],
    quarterlyReview: row.quarterlyReview,
    annualAudit: row.annualAudit,
    cadenceNotes: row.cadenceNotes,
    escalation: JSON.parse(row.escalation) as CharterContent['escalation'],
    conflictResolution: row.conflictResolution,
    reportingProtocol: row.reportingProtocol,
  };
}

function toCharter(row: CharterRow): Charter {
  return {
    ...contentOf(row),
    id: row.id,
    partnerId: row.partnerId,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function toRow(content: CharterContent) {
  return {
    ...content,
    members: JSON.stringify(content.members),
    decisions: JSON.stringify(content.decisions),
    escalation: JSON.stringify(content.escalation),
  };
}

const hasText = (value: string) => value.trim() !== '';

function isBlank(content: CharterContent): boolean {
  return (
    ![
      content.strategicIntent,
      content.scope,
      content.successDefinition,
      content.cadenceNotes,
      content.conflictResolution,
      content.reportingProtocol,
    ].some(hasText) &&
    content.members.length === 0 &&
    content.decisions.length === 0 &&
    content.escalation.length === 0 &&
    content.checkInCadence === null
  );
}

export function createCharterRepository(db: WorkbookDb) {
  const findDraft = (partnerId: number | null): CharterRow | undefined =>
    db
      .select()
      .from(charters)
      .where(partnerId === null ? isNull(charters.partnerId) : eq(charters.partnerId, partnerId))
      .get();

  const versionsOf = (charterId: number) =>
    db
      .select({
        id: charterVersions.id,
        version: charterVersions.version,
        approvedOn: charterVersions.approvedOn,
        approvedBy: charterVersions.approvedBy,
      })
      .from(charterVersions)
      .where(eq(charterVersions.charterId, charterId))
      .orderBy(desc(charterVersions.version))
      .all();

  const state = (partnerId: number | null): CharterState => {
    const row = findDraft(partnerId);
    return row
      ? { draft: toCharter(row), versions: versionsOf(row.id) }
      : { draft: null, versions: [] };
  };

  return {
    get(partnerId: number | null): CharterState {
      requirePartner(db, partnerId);
      return state(partnerId);
    },
    save(partnerId: number | null, content: CharterContent): Charter {
      requirePartner(db, partnerId);
      const now = nowIso();
      const existing = findDraft(partnerId);
      if (existing) {
        const row = db
          .update(charters)
          .set({ ...toRow(content), updatedAt: now })
          .where(eq(charters.id, existing.id))
          .returning()
          .get();
        return toCharter(row);
      }
      const row = db
        .insert(charters)
        .values({ ...toRow(content), partnerId, createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toCharter(row);
    },
    approve(partnerId: number | null, approvedOn: string, approvedBy: string): CharterState {
      requirePartner(db, partnerId);
      const row = findDraft(partnerId);
      const content = row ? contentOf(row) : null;
      if (!row || !content || isBlank(content)) {
        throw new AppError('invalid_input', 'Write the charter before approving it.');
      }
      // The stored draft passed this check when saved; checked again so a frozen version is always valid.
      if (!charterFields.safeParse(content).success) {
        throw new AppError('invalid_input', 'Fix the highlighted problems before approving.');
      }
      const latest = versionsOf(row.id)[0];
      if (latest && approvedOn < latest.approvedOn) {
        throw new AppError(
          'invalid_input',
          `Version ${latest.version} was approved on ${latest.approvedOn}; a later version cannot be approved before that.`,
          { approvedOn: `Use ${latest.approvedOn} or later` },
        );
      }
      const now = nowIso();
      db.insert(charterVersions)
        .values({
          charterId: row.id,
          version: row.version,
          approvedOn,
          approvedBy,
          content: JSON.stringify(content),
          createdAt: now,
        })
        .run();
      db.update(charters)
        .set({ version: row.version + 1, updatedAt: now })
        .where(eq(charters.id, row.id))
        .run();
      return state(partnerId);
    },
    version(id: number): CharterVersion {
      const found = db
        .select({ version: charterVersions, partnerId: charters.partnerId })
        .from(charterVersions)
        .innerJoin(charters, eq(charterVersions.charterId, charters.id))
        .where(eq(charterVersions.id, id))
        .get();
      if (!found) throw new AppError('not_found', 'That charter version no longer exists.');
      const v = found.version;
      return {
        id: v.id,
        version: v.version,
        approvedOn: v.approvedOn,
        approvedBy: v.approvedBy,
        partnerId: found.partnerId,
        content: JSON.parse(v.content) as CharterContent,
      };
    },
    overview(): CharterOverview[] {
      const rows = db.select().from(charters).all();
      const latest = new Map<number, { version: number; approvedOn: string }>();
      for (const v of db
        .select({
          charterId: charterVersions.charterId,
          version: charterVersions.version,
          approvedOn: charterVersions.approvedOn,
        })
        .from(charterVersions)
        .all()) {
        const seen = latest.get(v.charterId);
        if (!seen || v.version > seen.version) latest.set(v.charterId, v);
      }
      return rows.map((row) => {
        const content = contentOf(row);
        const approved = latest.get(row.id);
        return {
          partnerId: row.partnerId,
          hasSuccessDefinition: hasText(content.successDefinition),
          checkInCadence: content.checkInCadence,
          hasEscalationPath: content.escalation.length > 0,
          hasRaci: content.decisions.length > 0,
          memberCount: content.members.length,
          latestVersion: approved?.version ?? null,
          latestApprovedOn: approved?.approvedOn ?? null,
        };
      });
    },
  };
}
export type CharterRepository = ReturnType<typeof createCharterRepository>;
