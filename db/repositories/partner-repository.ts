import type Database from 'better-sqlite3';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import {
  AppError,
  type Contact,
  type Partner,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { partnerContacts, partners } from '../schema/index.ts';

type PartnerRow = typeof partners.$inferSelect;
type PartnerInsert = typeof partners.$inferInsert;
type PartnerFieldsParsed = ParsedInput<'partners.create'>;
type ContactFieldsParsed = ParsedInput<'contacts.update'>['fields'];

function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    type: row.type as Partner['type'],
    stage: row.stage as Partner['stage'],
    maturity: row.maturity as Partner['maturity'],
    tier: row.tier,
    segment: row.segment,
    region: row.region,
    website: row.website,
    audienceSize: row.audienceSize,
    ownerOurs: row.ownerOurs,
    ownerTheirs: row.ownerTheirs,
    goalOurs: row.goalOurs,
    goalTheirs: row.goalTheirs,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    archived: row.archived,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Every column a partner's fields fill (a Record, so a new field cannot be left out). */
const partnerColumnSet: Record<keyof PartnerFieldsParsed, true> = {
  name: true,
  type: true,
  stage: true,
  maturity: true,
  tier: true,
  segment: true,
  region: true,
  website: true,
  audienceSize: true,
  ownerOurs: true,
  ownerTheirs: true,
  goalOurs: true,
  goalTheirs: true,
  tags: true,
  notes: true,
  archived: true,
};
const partnerColumns = Object.keys(partnerColumnSet) as (keyof PartnerFieldsParsed)[];

/** The name of a placeholder in a statement drizzle wrote (a Param around it, or itself). */
function placeholderName(param: unknown): string {
  const inner = (param as { value?: unknown }).value ?? param;
  const name = (inner as { name?: unknown }).name;
  if (typeof name !== 'string') throw new Error('Expected only placeholders in the insert.');
  return name;
}

/** The values insertImported passes, in its order: the order drizzle writes the table's columns. */
const importColumnOrder = [
  'name',
  'type',
  'stage',
  'maturity',
  'tier',
  'segment',
  'region',
  'website',
  'audienceSize',
  'ownerOurs',
  'ownerTheirs',
  'goalOurs',
  'goalTheirs',
  'tags',
  'notes',
  'archived',
  'createdAt',
  'updatedAt',
].join();

/** Runs the import's INSERT for one partner: its fields as SQLite stores them, in column order. */
function insertImported(
  insert: Database.Statement,
  f: PartnerFieldsParsed,
  now: string,
): Database.RunResult {
  return insert.run(
    f.name,
    f.type,
    f.stage,
    f.maturity,
    f.tier,
    f.segment,
    f.region,
    f.website,
    f.audienceSize,
    f.ownerOurs,
    f.ownerTheirs,
    f.goalOurs,
    f.goalTheirs,
    f.tags.length === 0 ? '[]' : JSON.stringify(f.tags),
    f.notes,
    f.archived ? 1 : 0,
    now,
    now,
  );
}

function toRow(fields: PartnerFieldsParsed) {
  return { ...fields, tags: JSON.stringify(fields.tags) };
}

/** Escapes LIKE wildcards so a search for "50%" finds the literal text. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The statements of a field edit, prepared once per connection: building and preparing them took
 * most of an edit's time (the commit aside).
 */
function prepareEditStatements(db: WorkbookDb) {
  const id = sql.placeholder('id');
  const columns = Object.fromEntries(
    partnerColumns.map((key) => [key, sql.placeholder(key)]),
  ) as Record<keyof PartnerFieldsParsed, ReturnType<typeof sql.placeholder>>;
  return {
    byId: db.select().from(partners).where(eq(partners.id, id)).prepare(),
    update: db
      .update(partners)
      // drizzle binds placeholders in SET at run time, with each column's encoder; its types
      // only know values, hence the cast.
      .set({ ...columns, updatedAt: sql.placeholder('updatedAt') } as unknown as PartnerInsert)
      .where(eq(partners.id, id))
      .returning()
      .prepare(),
  };
}

export function createPartnerRepository(db: WorkbookDb) {
  let prepared: ReturnType<typeof prepareEditStatements> | null = null;
  const statements = () => (prepared ??= prepareEditStatements(db));
  const getRow = (id: number): PartnerRow => {
    const row = statements().byId.get({ id });
    if (!row) throw new AppError('not_found', 'That partner no longer exists.');
    return row;
  };

  return {
    list(input: { search: string; includeArchived: boolean }): Partner[] {
      const search = input.search.trim();
      const pattern = likePattern(search);
      const matches = search
        ? or(
            sql`${partners.name} LIKE ${pattern} ESCAPE '\\'`,
            sql`${partners.ownerOurs} LIKE ${pattern} ESCAPE '\\'`,
            sql`${partners.ownerTheirs} LIKE ${pattern} ESCAPE '\\'`,
            sql`${partners.notes} LIKE ${pattern} ESCAPE '\\'`,
            sql`${partners.tags} LIKE ${pattern} ESCAPE '\\'`,
          )
        : undefined;
      const visible = input.includeArchived ? undefined : eq(partners.archived, false);
      return db
        .select()
        .from(partners)
        .where(and(visible, matches))
        .orderBy(asc(sql`${partners.name} COLLATE NOCASE`))
        .all()
        .map(toPartner);
    },
    get(id: number): Partner & { contacts: Contact[] } {
      const contacts = db
        .select()
        .from(partnerContacts)
        .where(eq(partnerContacts.partnerId, id))
        .orderBy(asc(partnerContacts.id))
        .all()
        .map((c) => ({ ...c, side: c.side as Contact['side'] }));
      return { ...toPartner(getRow(id)), contacts };
    },
    create(fields: PartnerFieldsParsed): Partner {
      const now = nowIso();
      const row = db
        .insert(partners)
        .values({ ...toRow(fields), createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toPartner(row);
    },
    update(id: number, fields: PartnerFieldsParsed): Partner {
      const row = statements().update.get({ ...toRow(fields), updatedAt: nowIso(), id });
      if (!row) throw new AppError('not_found', 'That partner no longer exists.');
      return toPartner(row);
    },
    setStage(id: number, stage: Partner['stage']): Partner {
      getRow(id);
      const row = db
        .update(partners)
        .set({ stage, updatedAt: nowIso() })
        .where(eq(partners.id, id))
        .returning()
        .get();
      return toPartner(row);
    },
    /**
     * Inserts many partners in the caller's transaction with one prepared statement, run once per
     * row (building a multi-row INSERT costs more than SQLite spends inserting the rows).
     */
    createMany(rows: readonly PartnerFieldsParsed[]): number {
      const now = nowIso();
      // drizzle writes the statement from the schema; the rows then go straight to SQLite, as
      // drizzle's per-row parameter mapping cost as much as the inserts themselves.
      const { sql: text, params } = db
        .insert(partners)
        .values({
          ...(Object.fromEntries(
            partnerColumns.map((key) => [key, sql.placeholder(key)]),
          ) as Record<keyof PartnerFieldsParsed, ReturnType<typeof sql.placeholder>>),
          createdAt: sql.placeholder('createdAt'),
          updatedAt: sql.placeholder('updatedAt'),
        })
        .toSQL();
      // The rows' values are passed as arguments, not read by name into an array: SQLite's binder
      // reads arguments directly but each element of an array through a slower call, and the
      // copies of each row the old loop made cost as much as the inserts.
      const order = params.map((p) => placeholderName(p)).join();
      if (order !== importColumnOrder) {
        throw new Error(
          `The import's INSERT binds ${order}; insertImported binds ${importColumnOrder}.`,
        );
      }
      const insert = (db as WorkbookDb & { $client: Database.Database }).$client.prepare(text);
      for (const fields of rows) insertImported(insert, fields, now);
      return rows.length;
    },

    delete(id: number): void {
      getRow(id);
      db.delete(partners).where(eq(partners.id, id)).run();
    },
    createContact(partnerId: number, fields: ContactFieldsParsed): Contact {
      getRow(partnerId);
      const row = db
        .insert(partnerContacts)
        .values({ ...fields, partnerId })
        .returning()
        .get();
      return { ...row, side: row.side as Contact['side'] };
    },
    updateContact(id: number, fields: ContactFieldsParsed): Contact {
      const row = db
        .update(partnerContacts)
        .set(fields)
        .where(eq(partnerContacts.id, id))
        .returning()
        .get();
      if (!row) throw new AppError('not_found', 'That contact no longer exists.');
      return { ...row, side: row.side as Contact['side'] };
    },
    deleteContact(id: number): void {
      const result = db.delete(partnerContacts).where(eq(partnerContacts.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That contact no longer exists.');
    },
  };
}
export type PartnerRepository = ReturnType<typeof createPartnerRepository>;
