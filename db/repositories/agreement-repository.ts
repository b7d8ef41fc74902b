import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
  AppError,
  openDeliverableStatuses,
  type Agreement,
  type Deliverable,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { agreementDeliverables, agreements, partners } from '../schema/index.ts';

type AgreementFieldsParsed = ParsedInput<'agreements.save'>['fields'];
type DeliverableFieldsParsed = ParsedInput<'deliverables.update'>['fields'];
type AgreementRow = typeof agreements.$inferSelect;
type DeliverableRow = typeof agreementDeliverables.$inferSelect;

const blankAgreement = (partnerId: number): Agreement => ({
  partnerId,
  status: 'none',
  startDate: null,
  endDate: null,
  scope: '',
  revenueModel: null,
  revenueSharePercent: null,
  referralCommissionPercent: null,
  referralCommissionMonths: null,
  leadAttribution: '',
  exclusive: null,
  excludedParties: [],
  exclusivityMonths: null,
  logoUse: null,
  logoUsePlaces: [],
  brandApprovalRequired: null,
  terminationNoticeDays: null,
  dataShared: null,
  dataSharingTerms: '',
  ipOwnership: '',
  exitPlan: '',
  updatedAt: null,
});

function toAgreement(row: AgreementRow): Agreement {
  const { createdAt: _created, ...rest } = row;
  return {
    ...rest,
    status: row.status as Agreement['status'],
    revenueModel: row.revenueModel as Agreement['revenueModel'],
    excludedParties: JSON.parse(row.excludedParties) as string[],
    logoUsePlaces: JSON.parse(row.logoUsePlaces) as string[],
  };
}

function toDeliverable(row: DeliverableRow): Deliverable {
  return {
    id: row.id,
    partnerId: row.partnerId,
    side: row.side as Deliverable['side'],
    description: row.description,
    dueDate: row.dueDate,
    status: row.status as Deliverable['status'],
  };
}

const toRow = (fields: AgreementFieldsParsed) => ({
  ...fields,
  excludedParties: JSON.stringify(fields.excludedParties),
  logoUsePlaces: JSON.stringify(fields.logoUsePlaces),
});

export function createAgreementRepository(db: WorkbookDb) {
  const requirePartner = (partnerId: number): void => {
    const found = db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.id, partnerId))
      .get();
    if (!found) throw new AppError('not_found', 'That partner no longer exists.');
  };

  const getAgreement = (partnerId: number): Agreement => {
    const row = db.select().from(agreements).where(eq(agreements.partnerId, partnerId)).get();
    return row ? toAgreement(row) : blankAgreement(partnerId);
  };

  return {
    get(partnerId: number): Agreement & { deliverables: Deliverable[] } {
      requirePartner(partnerId);
      const deliverables = db
        .select()
        .from(agreementDeliverables)
        .where(eq(agreementDeliverables.partnerId, partnerId))
        .orderBy(
          asc(agreementDeliverables.side),
          asc(sql`${agreementDeliverables.dueDate} IS NULL`),
          asc(agreementDeliverables.dueDate),
          asc(agreementDeliverables.id),
        )
        .all()
        .map(toDeliverable);
      return { ...getAgreement(partnerId), deliverables };
    },
    save(partnerId: number, fields: AgreementFieldsParsed): Agreement {
      requirePartner(partnerId);
      const now = nowIso();
      const values = toRow(fields);
      db.insert(agreements)
        .values({ partnerId, ...values, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: agreements.partnerId, set: { ...values, updatedAt: now } })
        .run();
      return getAgreement(partnerId);
    },
    /** Saved agreements with open deliverables per side, in two queries. */
    list(): (Agreement & { openDeliverables: { ours: number; theirs: number } })[] {
      const counts = db
        .select({
          partnerId: agreementDeliverables.partnerId,
          side: agreementDeliverables.side,
          open: sql<number>`count(*)`,
        })
        .from(agreementDeliverables)
        .where(inArray(agreementDeliverables.status, [...openDeliverableStatuses]))
        .groupBy(agreementDeliverables.partnerId, agreementDeliverables.side)
        .all();
      const open = new Map(counts.map((c) => [`${c.partnerId}:${c.side}`, c.open]));
      return db
        .select()
        .from(agreements)
        .orderBy(asc(agreements.partnerId))
        .all()
        .map((row) => {
          const of = (side: string) => open.get(`${row.partnerId}:${side}`) ?? 0;
          return {
            ...toAgreement(row),
            openDeliverables: { ours: of('ours'), theirs: of('theirs') },
          };
        });
    },
    createDeliverable(partnerId: number, fields: DeliverableFieldsParsed): Deliverable {
      requirePartner(partnerId);
      const now = nowIso();
      const row = db
        .insert(agreementDeliverables)
        .values({ ...fields, partnerId, createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toDeliverable(row);
    },
    updateDeliverable(id: number, fields: DeliverableFieldsParsed): Deliverable {
      const row = db
        .update(agreementDeliverables)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(agreementDeliverables.id, id))
        .returning()
        .get();
      if (!row) throw new AppError('not_found', 'That deliverable no longer exists.');
      return toDeliverable(row);
    },
    deleteDeliverable(id: number): void {
      const result = db.delete(agreementDeliverables).where(eq(agreementDeliverables.id, id)).run();
      if (result.changes === 0)
        throw new AppError('not_found', 'That deliverable no longer exists.');
    },
  };
}
export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
