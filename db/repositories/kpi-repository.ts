import { and, asc, between, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  AppError,
  type Kpi,
  type KpiTarget,
  type KpiValue,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { kpis, kpiTargets, kpiValues } from '../schema/index.ts';
import { requirePartner } from './actuals-repository.ts';

type KpiRow = typeof kpis.$inferSelect;
type KpiFieldsParsed = ParsedInput<'kpis.create'>;

function toKpi(row: KpiRow, targets: KpiTarget[]): Kpi {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    level: row.level as Kpi['level'],
    category: row.category as Kpi['category'],
    direction: row.direction as Kpi['direction'],
    unit: row.unit,
    description: row.description,
    defaultTarget: row.defaultTarget,
    weight: row.weight,
    partnerId: row.partnerId,
    targets,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Which partner's figure a value is stored under: a partner-linked KPI's figures are that partner's. */
function ownerOfValue(kpi: Pick<KpiRow, 'partnerId'>, partnerId: number | null): number | null {
  return kpi.partnerId ?? partnerId;
}

export function createKpiRepository(db: WorkbookDb) {
  const getRow = (id: number): KpiRow => {
    const row = db.select().from(kpis).where(eq(kpis.id, id)).get();
    if (!row) throw new AppError('not_found', 'That KPI no longer exists.');
    return row;
  };

  const targetsOf = (kpiId: number): KpiTarget[] =>
    db
      .select({ period: kpiTargets.period, target: kpiTargets.target })
      .from(kpiTargets)
      .where(eq(kpiTargets.kpiId, kpiId))
      .orderBy(asc(kpiTargets.period))
      .all();

  const get = (id: number): Kpi => toKpi(getRow(id), targetsOf(id));

  /** A parent must exist and must not be the KPI itself or one of the KPIs under it. */
  const checkParent = (id: number | null, parentId: number | null): void => {
    if (parentId === null) return;
    const links = new Map(
      db
        .select({ id: kpis.id, parentId: kpis.parentId })
        .from(kpis)
        .all()
        .map((r) => [r.id, r.parentId]),
    );
    if (!links.has(parentId)) {
      throw new AppError('invalid_input', 'The parent KPI no longer exists.', {
        parentId: 'That KPI no longer exists',
      });
    }
    for (let at: number | null = parentId; at !== null; at = links.get(at) ?? null) {
      if (at === id) {
        throw new AppError(
          'invalid_input',
          'A KPI cannot sit under itself or under its own sub-KPIs.',
          {
            parentId: 'Pick a KPI that is not this one or under it',
          },
        );
      }
    }
  };

  const checkFields = (id: number | null, fields: KpiFieldsParsed): void => {
    checkParent(id, fields.parentId);
    if (fields.partnerId !== null) requirePartner(db, fields.partnerId, 'partnerId');
  };

  return {
    list(): Kpi[] {
      const rows = db.select().from(kpis).orderBy(asc(kpis.id)).all();
      const targets = new Map<number, KpiTarget[]>();
      for (const t of db.select().from(kpiTargets).orderBy(asc(kpiTargets.period)).all()) {
        const list = targets.get(t.kpiId) ?? [];
        list.push({ period: t.period, target: t.target });
        targets.set(t.kpiId, list);
      }
      return rows.map((row) => toKpi(row, targets.get(row.id) ?? []));
    },
    get,
    create(fields: KpiFieldsParsed): Kpi {
      checkFields(null, fields);
      const now = nowIso();
      const row = db
        .insert(kpis)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toKpi(row, []);
    },
    update(id: number, fields: KpiFieldsParsed): Kpi {
      const before = getRow(id);
      checkFields(id, fields);
      db.update(kpis)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(kpis.id, id))
        .run();
      if (fields.partnerId !== null && fields.partnerId !== before.partnerId) {
        // Figures recorded for other partners no longer belong to this partner's KPI.
        db.delete(kpiValues)
          .where(
            and(
              eq(kpiValues.kpiId, id),
              or(isNull(kpiValues.partnerId), sql`${kpiValues.partnerId} <> ${fields.partnerId}`),
            ),
          )
          .run();
      }
      return get(id);
    },
    /** Returns how many KPIs were removed: this one and every KPI under it. */
    delete(id: number): number {
      getRow(id);
      const counted = db.get<{ n: number }>(sql`
        WITH RECURSIVE subtree(id) AS (
          SELECT ${id} UNION ALL SELECT k.id FROM kpis k JOIN subtree s ON k.parent_id = s.id
        ) SELECT count(*) AS n FROM subtree`);
      db.delete(kpis).where(eq(kpis.id, id)).run();
      return counted.n;
    },
    setTarget(kpiId: number, period: string, target: number | null): Kpi {
      getRow(kpiId);
      if (target === null) {
        db.delete(kpiTargets)
          .where(and(eq(kpiTargets.kpiId, kpiId), eq(kpiTargets.period, period)))
          .run();
      } else {
        db.insert(kpiTargets)
          .values({ kpiId, period, target })
          .onConflictDoUpdate({ target: [kpiTargets.kpiId, kpiTargets.period], set: { target } })
          .run();
      }
      db.update(kpis).set({ updatedAt: nowIso() }).where(eq(kpis.id, kpiId)).run();
      return get(kpiId);
    },
    /** See `kpiScope` in the contract for which figures a scope shows. */
    values(scope: number | null, from: string, to: string): KpiValue[] {
      const inScope =
        scope === null
          ? or(
              and(isNull(kpis.partnerId), isNull(kpiValues.partnerId)),
              eq(kpiValues.partnerId, kpis.partnerId),
            )
          : eq(kpiValues.partnerId, scope);
      return db
        .select({
          kpiId: kpiValues.kpiId,
          partnerId: kpiValues.partnerId,
          period: kpiValues.period,
          value: kpiValues.value,
        })
        .from(kpiValues)
        .innerJoin(kpis, eq(kpis.id, kpiValues.kpiId))
        .where(and(inScope, between(kpiValues.period, from, to)))
        .orderBy(asc(kpiValues.period), asc(kpiValues.kpiId))
        .all();
    },
    /** Every partner's figures of the given KPIs in a run of months; one statement. */
    partnerValues(kpiIds: readonly number[], partnerId: number | null, from: string, to: string) {
      if (kpiIds.length === 0) return [];
      return db
        .select({
          kpiId: kpiValues.kpiId,
          partnerId: kpiValues.partnerId,
          period: kpiValues.period,
          value: kpiValues.value,
        })
        .from(kpiValues)
        .where(
          and(
            inArray(kpiValues.kpiId, [...kpiIds]),
            partnerId === null
              ? sql`${kpiValues.partnerId} IS NOT NULL`
              : eq(kpiValues.partnerId, partnerId),
            between(kpiValues.period, from, to),
          ),
        )
        .all();
    },
    /** The id and partner of each of the given KPIs that still exists. */
    links(kpiIds: readonly number[]): Map<number, number | null> {
      if (kpiIds.length === 0) return new Map();
      const rows = db
        .select({ id: kpis.id, partnerId: kpis.partnerId })
        .from(kpis)
        .where(inArray(kpis.id, [...kpiIds]))
        .all();
      return new Map(rows.map((r) => [r.id, r.partnerId]));
    },
    /** null clears the figure. Returns what is stored afterwards. */
    setValue(
      kpiId: number,
      partnerId: number | null,
      period: string,
      value: number | null,
    ): KpiValue | null {
      const kpi = getRow(kpiId);
      if (kpi.partnerId !== null && partnerId !== null && partnerId !== kpi.partnerId) {
        throw new AppError(
          'invalid_input',
          'This KPI measures another partnership; record its figures on that partner.',
          { partnerId: 'This KPI belongs to another partner' },
        );
      }
      const owner = ownerOfValue(kpi, partnerId);
      if (owner !== null) requirePartner(db, owner, 'partnerId');
      const match = and(
        eq(kpiValues.kpiId, kpiId),
        owner === null ? isNull(kpiValues.partnerId) : eq(kpiValues.partnerId, owner),
        eq(kpiValues.period, period),
      );
      if (value === null) {
        db.delete(kpiValues).where(match).run();
        return null;
      }
      const updated = db.update(kpiValues).set({ value, updatedAt: nowIso() }).where(match).run();
      if (updated.changes === 0) {
        db.insert(kpiValues)
          .values({ kpiId, partnerId: owner, period, value, updatedAt: nowIso() })
          .run();
      }
      return { kpiId, partnerId: owner, period, value };
    },
  };
}
export type KpiRepository = ReturnType<typeof createKpiRepository>;
