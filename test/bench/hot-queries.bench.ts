import Database from 'better-sqlite3';
import {
  and,
  asc,
  between,
  desc,
  eq,
  gte,
  inArray,
  lt,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { WorkbookDb } from '../../db/open.ts';
import * as schema from '../../db/schema/index.ts';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure } from './harness.ts';
import { largeWorkbook } from './large-workbook.ts';

const { actionItems, actuals, marketingActivities, meetings, partners, risks } = schema;

/** A query as a repository builds and runs it through drizzle, each call. */
interface HotQuery {
  name: string;
  /** The drizzle query, built afresh on every call as the repository does. */
  build: (db: WorkbookDb) => {
    all: () => unknown[];
    toSQL: () => { sql: string; params: unknown[] };
  };
}

const today = '2026-11-21';
const preparedTopRisks = new WeakMap<
  WorkbookDb,
  { all: (values: Record<string, unknown>) => unknown[] }
>();
const preparedActuals = new WeakMap<
  WorkbookDb,
  { all: (values: Record<string, unknown>) => unknown[] }
>();
const dialect = new SQLiteSyncDialect();

/** A `db.all(sql…)` statement of a service, wrapped so it runs and prints like a builder. */
const rawSqlQuery = (db: WorkbookDb, query: SQL) => ({
  all: () => db.all(query),
  toSQL: () => dialect.sqlToQuery(query),
});

const currentScore = sql<number>`CASE WHEN ${risks.residualLikelihood} IS NOT NULL AND ${risks.residualImpact} IS NOT NULL THEN ${risks.residualLikelihood} * ${risks.residualImpact} ELSE ${risks.likelihood} * ${risks.impact} END`;

/**
 * The ten statements the first screens and lists run most (dashboard, partner list and filter,
 * risk register, overdue lists, a partner's actuals, the calendar, scorecards), copied from
 * db/repositories and electron/backend/services: what a user waits for on every visit.
 */
const hotQueries: HotQuery[] = [
  {
    name: 'partners.list',
    build: (db) =>
      db
        .select()
        .from(partners)
        .where(eq(partners.archived, false))
        .orderBy(asc(sql`${partners.name} COLLATE NOCASE`)),
  },
  {
    name: 'partners.list filtered',
    build: (db) => {
      const pattern = '%north%';
      return db
        .select()
        .from(partners)
        .where(
          and(
            eq(partners.archived, false),
            or(
              sql`${partners.name} LIKE ${pattern} ESCAPE '\\'`,
              sql`${partners.ownerOurs} LIKE ${pattern} ESCAPE '\\'`,
              sql`${partners.ownerTheirs} LIKE ${pattern} ESCAPE '\\'`,
              sql`${partners.notes} LIKE ${pattern} ESCAPE '\\'`,
              sql`${partners.tags} LIKE ${pattern} ESCAPE '\\'`,
            ),
          ),
        )
        .orderBy(asc(sql`${partners.name} COLLATE NOCASE`));
    },
  },
  {
    name: 'risks.list (register)',
    build: (db) =>
      db
        .select({ risk: risks, partnerName: partners.name })
        .from(risks)
        .leftJoin(partners, eq(risks.partnerId, partners.id))
        .orderBy(desc(sql`${risks.likelihood} * ${risks.impact}`), asc(risks.id)),
  },
  {
    // Prepared once per workbook, as electron/backend/services/dashboard-queries.ts does.
    name: 'dashboard top risks',
    build: (db) => {
      const query = (offset: unknown) => {
        const open = ne(risks.status, 'closed');
        const cutoff = db
          .select({ score: currentScore })
          .from(risks)
          .where(open)
          .orderBy(sql`1 DESC`)
          .limit(1)
          .offset(offset as number);
        return db
          .select({
            risk: risks,
            partnerName: partners.name,
            openCount: sql<number>`(SELECT count(*) FROM risks WHERE status <> 'closed')`,
          })
          .from(risks)
          .leftJoin(partners, eq(risks.partnerId, partners.id))
          .where(and(open, gte(currentScore, sql`coalesce((${cutoff}), 0)`)));
      };
      let prepared = preparedTopRisks.get(db);
      if (!prepared) {
        prepared = query(sql.placeholder('offset')).prepare();
        preparedTopRisks.set(db, prepared);
      }
      const statement = prepared;
      return { all: () => statement.all({ offset: 4 }), toSQL: () => query(4).toSQL() };
    },
  },
  {
    name: 'dashboard overdue actions',
    build: (db) =>
      db
        .select({
          action: actionItems,
          partnerName: partners.name,
          meetingKind: meetings.kind,
          meetingDate: meetings.date,
          total: sql<number>`count(*) OVER ()`,
        })
        .from(actionItems)
        .leftJoin(partners, eq(actionItems.partnerId, partners.id))
        .leftJoin(meetings, eq(actionItems.meetingId, meetings.id))
        .where(
          and(inArray(actionItems.status, ['open', 'in_progress']), lt(actionItems.dueDate, today)),
        )
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(8),
  },
  {
    name: 'dashboard overdue reviews',
    build: (db) =>
      db
        .select({ risk: risks, partnerName: partners.name, total: sql<number>`count(*) OVER ()` })
        .from(risks)
        .leftJoin(partners, eq(risks.partnerId, partners.id))
        .where(and(ne(risks.status, 'closed'), lt(risks.nextReviewDate, today)))
        .orderBy(asc(risks.nextReviewDate), asc(risks.id))
        .limit(8),
  },
  {
    name: 'dashboard monthly actuals',
    build: (db) =>
      rawSqlQuery(
        db,
        sql`
        SELECT period,
               sum(leads) AS leads, count(leads) AS leadsReporting,
               sum(qualified_leads) AS qualifiedLeads,
               count(qualified_leads) AS qualifiedLeadsReporting,
               sum(deals) AS deals, count(deals) AS dealsReporting,
               sum(attributed_revenue) AS attributedRevenue,
               count(attributed_revenue) AS attributedRevenueReporting
        FROM actuals WHERE period BETWEEN ${'2025-12'} AND ${'2026-11'}
        GROUP BY period ORDER BY period`,
      ),
  },
  {
    // The repository prepares this one once (db/repositories/actuals-repository.ts).
    name: 'actuals of one partner (36 months)',
    build: (db) => {
      const where = (partnerId: unknown, from: unknown, to: unknown) =>
        and(
          eq(actuals.partnerId, partnerId as number),
          between(actuals.period, from as string, to as string),
        );
      let prepared = preparedActuals.get(db);
      if (!prepared) {
        prepared = db
          .select()
          .from(actuals)
          .where(
            where(sql.placeholder('partnerId'), sql.placeholder('from'), sql.placeholder('to')),
          )
          .orderBy(asc(actuals.period))
          .prepare();
        preparedActuals.set(db, prepared);
      }
      const statement = prepared;
      return {
        all: () => statement.all({ partnerId: 123, from: '2023-12', to: '2026-11' }),
        toSQL: () =>
          db
            .select()
            .from(actuals)
            .where(where(123, '2023-12', '2026-11'))
            .orderBy(asc(actuals.period))
            .toSQL(),
      };
    },
  },
  {
    name: 'calendar month',
    build: (db) =>
      db
        .select()
        .from(marketingActivities)
        .where(
          and(
            lte(marketingActivities.startDate, '2026-11-30'),
            gte(marketingActivities.endDate, '2026-11-01'),
          ),
        )
        .orderBy(
          asc(marketingActivities.startDate),
          asc(sql`coalesce(${marketingActivities.startTime}, '')`),
          asc(marketingActivities.id),
        ),
  },
  {
    name: 'scorecard partners',
    build: (db) =>
      db
        .select({
          id: partners.id,
          name: partners.name,
          stage: partners.stage,
          tier: partners.tier,
        })
        .from(partners)
        .where(eq(partners.archived, false))
        .orderBy(asc(sql`${partners.name} COLLATE NOCASE`)),
  },
];

/** Time for `calls` calls, in ms per call. */
function perCall(calls: number, fn: () => unknown): number {
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) fn();
  return (performance.now() - start) / calls;
}

/**
 * P2: each hot statement through drizzle (building the query, running it, mapping rows to
 * objects) against the same SQL and parameters as a raw better-sqlite3 statement prepared once.
 */
export async function benchHotQueries(ctx: BenchContext): Promise<Figure[]> {
  const path = await largeWorkbook(ctx);
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  const figures: Figure[] = [];
  try {
    for (const query of hotQueries) {
      const { sql: text, params } = query.build(db).toSQL();
      const statement = sqlite.prepare(text);
      const drizzleRows = query.build(db).all().length;
      const rawRows = statement.all(...params).length;
      if (drizzleRows !== rawRows)
        throw new Error(`${query.name}: ${drizzleRows} ≠ ${rawRows} rows`);
      // Enough calls per sample for a stable figure on small statements.
      const once = perCall(3, () => statement.all(...params));
      const calls = Math.max(3, Math.min(2000, Math.ceil(20 / Math.max(once, 0.001))));
      const throughDrizzle: number[] = [];
      const raw: number[] = [];
      for (let run = 0; run <= ctx.runs; run += 1) {
        const d = perCall(calls, () => query.build(db).all());
        const r = perCall(calls, () => statement.all(...params));
        if (run === 0) continue;
        throughDrizzle.push(d);
        raw.push(r);
      }
      figures.push(
        ratioFigure(
          {
            id: 'P2',
            figure: `${query.name} (${rawRows} rows)`,
            unit: 'ms',
            median: median(throughDrizzle),
            baseline: median(raw),
            baselineLabel: 'raw prepared statement',
            goal: '≤ 1.2×',
          },
          1.2,
        ),
      );
    }
  } finally {
    sqlite.close();
  }
  return figures;
}
