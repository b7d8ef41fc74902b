import { and, asc, eq, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import {
  AppError,
  linkedZone,
  type CanvasItem,
  type CanvasZone,
  type ParsedInput,
  type ValueCanvas,
} from '../../shared/contract/index.ts';
import { valueCanvasFit } from '../../shared/domain/value-canvas-fit.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { partners, valueCanvasItems, valueCanvases, valueCanvasLinks } from '../schema/index.ts';

type ItemRow = typeof valueCanvasItems.$inferSelect;
type ItemFields = ParsedInput<'valueCanvas.updateItem'>['fields'];
type AddInput = ParsedInput<'valueCanvas.addItem'>;
type RestoreInput = ParsedInput<'valueCanvas.restoreItem'>;

const zoneOrder: Record<CanvasZone, number> = {
  job: 0,
  gain: 1,
  pain: 2,
  product: 3,
  gain_creator: 4,
  pain_reliever: 5,
};

/** side belongs to products and jobKind to jobs; elsewhere they are dropped, not refused. */
function normalise(zone: CanvasZone, fields: Pick<ItemFields, 'side' | 'jobKind'>) {
  return {
    side: zone === 'product' ? (fields.side ?? 'ours') : null,
    jobKind: zone === 'job' ? (fields.jobKind ?? 'functional') : null,
  };
}

function toItem(row: ItemRow, partnerId: number, linkedIds: number[]): CanvasItem {
  return {
    id: row.id,
    partnerId,
    zone: row.zone as CanvasZone,
    text: row.text,
    rank: row.rank,
    side: row.side as CanvasItem['side'],
    jobKind: row.jobKind as CanvasItem['jobKind'],
    linkedIds,
  };
}

export function createValueCanvasRepository(db: WorkbookDb) {
  const requirePartner = (partnerId: number) => {
    const found = db.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId));
    if (!found.get()) throw new AppError('not_found', 'That partner no longer exists.');
  };

  const findCanvas = (partnerId: number) =>
    db.select().from(valueCanvases).where(eq(valueCanvases.partnerId, partnerId)).get();

  /** The canvas row of a partnership, created on its first edit. */
  const ensureCanvas = (partnerId: number) => {
    const existing = findCanvas(partnerId);
    if (existing) return existing;
    requirePartner(partnerId);
    const now = nowIso();
    return db
      .insert(valueCanvases)
      .values({ partnerId, createdAt: now, updatedAt: now })
      .returning()
      .get();
  };

  const touch = (canvasId: number) =>
    db
      .update(valueCanvases)
      .set({ updatedAt: nowIso() })
      .where(eq(valueCanvases.id, canvasId))
      .run();

  const getRow = (id: number) => {
    const row = db
      .select({ item: valueCanvasItems, partnerId: valueCanvases.partnerId })
      .from(valueCanvasItems)
      .innerJoin(valueCanvases, eq(valueCanvases.id, valueCanvasItems.canvasId))
      .where(eq(valueCanvasItems.id, id))
      .get();
    if (!row) throw new AppError('not_found', 'That item is no longer on the canvas.');
    return row;
  };

  const linksOf = (ids: number[]): Map<number, number[]> => {
    const byItem = new Map<number, number[]>();
    if (ids.length === 0) return byItem;
    const rows = db
      .select()
      .from(valueCanvasLinks)
      .where(or(inArray(valueCanvasLinks.fromItemId, ids), inArray(valueCanvasLinks.toItemId, ids)))
      .orderBy(asc(valueCanvasLinks.fromItemId), asc(valueCanvasLinks.toItemId))
      .all();
    const add = (key: number, other: number) =>
      byItem.set(key, [...(byItem.get(key) ?? []), other]);
    for (const link of rows) {
      add(link.fromItemId, link.toItemId);
      add(link.toItemId, link.fromItemId);
    }
    return byItem;
  };

  const loadItem = (id: number): CanvasItem => {
    const { item, partnerId } = getRow(id);
    return toItem(
      item,
      partnerId,
      (linksOf([id]).get(id) ?? []).sort((a, b) => a - b),
    );
  };

  const zoneCount = (canvasId: number, zone: string) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(valueCanvasItems)
      .where(and(eq(valueCanvasItems.canvasId, canvasId), eq(valueCanvasItems.zone, zone)))
      .get()?.n ?? 0;

  const inZone = (canvasId: number, zone: string) =>
    and(eq(valueCanvasItems.canvasId, canvasId), eq(valueCanvasItems.zone, zone));

  /** Opens a gap at `rank` by moving every item at or after it one down. */
  const openGap = (canvasId: number, zone: string, rank: number) =>
    db
      .update(valueCanvasItems)
      .set({ rank: sql`${valueCanvasItems.rank} + 1` })
      .where(and(inZone(canvasId, zone), gte(valueCanvasItems.rank, rank)))
      .run();

  const closeGap = (canvasId: number, zone: string, rank: number) =>
    db
      .update(valueCanvasItems)
      .set({ rank: sql`${valueCanvasItems.rank} - 1` })
      .where(and(inZone(canvasId, zone), gt(valueCanvasItems.rank, rank)))
      .run();

  /** Checks that every id is an item of the same canvas in the zone this item links to. */
  const replaceLinks = (row: ItemRow, linkedIds: readonly number[], skipMissing: boolean) => {
    const zone = row.zone as CanvasZone;
    const target = linkedZone[zone];
    const unique = [...new Set(linkedIds)];
    if (!target) {
      if (unique.length === 0) return;
      throw new AppError('invalid_input', 'Only relievers, creators, pains and gains have links.', {
        linkedIds: 'This item cannot be linked',
      });
    }
    const found =
      unique.length === 0
        ? []
        : db
            .select({ id: valueCanvasItems.id, zone: valueCanvasItems.zone })
            .from(valueCanvasItems)
            .where(
              and(
                inArray(valueCanvasItems.id, unique),
                eq(valueCanvasItems.canvasId, row.canvasId),
              ),
            )
            .all();
    const wrongZone = found.some((f) => f.zone !== target);
    if (wrongZone || (!skipMissing && found.length !== unique.length)) {
      const message =
        zone === 'pain_reliever' || zone === 'gain_creator'
          ? `A ${zone === 'pain_reliever' ? 'pain reliever' : 'gain creator'} links only to ${target}s of the same canvas.`
          : `A ${zone} links only to ${target === 'pain_reliever' ? 'pain relievers' : 'gain creators'} of the same canvas.`;
      throw new AppError('invalid_input', message, { linkedIds: message });
    }
    const isSource = zone === 'pain_reliever' || zone === 'gain_creator';
    db.delete(valueCanvasLinks)
      .where(
        isSource ? eq(valueCanvasLinks.fromItemId, row.id) : eq(valueCanvasLinks.toItemId, row.id),
      )
      .run();
    if (found.length === 0) return;
    db.insert(valueCanvasLinks)
      .values(
        found.map((f) =>
          isSource
            ? { fromItemId: row.id, toItemId: f.id }
            : { fromItemId: f.id, toItemId: row.id },
        ),
      )
      .run();
  };

  return {
    /** Partnerships whose canvas has at least one item, in one statement (the pack prints these). */
    drawnPartnerIds(): number[] {
      return db
        .selectDistinct({ partnerId: valueCanvases.partnerId })
        .from(valueCanvases)
        .innerJoin(valueCanvasItems, eq(valueCanvasItems.canvasId, valueCanvases.id))
        .orderBy(asc(valueCanvases.partnerId))
        .all()
        .map((r) => r.partnerId);
    },

    get(partnerId: number): ValueCanvas {
      const canvas = findCanvas(partnerId);
      if (!canvas) requirePartner(partnerId);
      const rows = canvas
        ? db
            .select()
            .from(valueCanvasItems)
            .where(eq(valueCanvasItems.canvasId, canvas.id))
            .orderBy(asc(valueCanvasItems.rank), asc(valueCanvasItems.id))
            .all()
        : [];
      const links = linksOf(rows.map((r) => r.id));
      const items = rows
        .map((r) =>
          toItem(
            r,
            partnerId,
            (links.get(r.id) ?? []).sort((a, b) => a - b),
          ),
        )
        .sort((a, b) => zoneOrder[a.zone] - zoneOrder[b.zone] || a.rank - b.rank);
      const of = (zone: CanvasZone) => items.filter((i) => i.zone === zone);
      const fit = valueCanvasFit({
        pains: of('pain'),
        gains: of('gain'),
        relievers: of('pain_reliever').map((r) => ({ id: r.id, painIds: r.linkedIds })),
        creators: of('gain_creator').map((c) => ({ id: c.id, gainIds: c.linkedIds })),
      });
      return {
        partnerId,
        customerSegment: canvas?.customerSegment ?? '',
        items,
        fit: {
          percent: fit.percent,
          addressedCount: fit.addressedCount,
          topCount: fit.topCount,
          topPainIds: fit.topPainIds,
          topGainIds: fit.topGainIds,
          unaddressedPainIds: fit.unaddressedPainIds,
          unaddressedGainIds: fit.unaddressedGainIds,
        },
      };
    },

    setSegment(partnerId: number, customerSegment: string) {
      const canvas = ensureCanvas(partnerId);
      db.update(valueCanvases)
        .set({ customerSegment, updatedAt: nowIso() })
        .where(eq(valueCanvases.id, canvas.id))
        .run();
      return { customerSegment };
    },

    addItem(input: AddInput): CanvasItem {
      const canvas = ensureCanvas(input.partnerId);
      const count = zoneCount(canvas.id, input.zone);
      const rank = Math.min(input.rank ?? count + 1, count + 1);
      openGap(canvas.id, input.zone, rank);
      const now = nowIso();
      const row = db
        .insert(valueCanvasItems)
        .values({
          canvasId: canvas.id,
          zone: input.zone,
          text: input.text,
          rank,
          ...normalise(input.zone, input),
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      touch(canvas.id);
      return toItem(row, input.partnerId, []);
    },

    updateItem(id: number, fields: ItemFields): CanvasItem {
      const { item } = getRow(id);
      db.update(valueCanvasItems)
        .set({
          text: fields.text,
          ...normalise(item.zone as CanvasZone, fields),
          updatedAt: nowIso(),
        })
        .where(eq(valueCanvasItems.id, id))
        .run();
      touch(item.canvasId);
      return loadItem(id);
    },

    moveItem(id: number, requested: number): CanvasItem {
      const { item } = getRow(id);
      const rank = Math.min(requested, zoneCount(item.canvasId, item.zone));
      if (rank !== item.rank) {
        const [low, high, shift] =
          rank < item.rank ? [rank, item.rank - 1, 1] : [item.rank + 1, rank, -1];
        db.update(valueCanvasItems)
          .set({ rank: sql`${valueCanvasItems.rank} + ${shift}` })
          .where(
            and(
              inZone(item.canvasId, item.zone),
              gte(valueCanvasItems.rank, low),
              lte(valueCanvasItems.rank, high),
            ),
          )
          .run();
        db.update(valueCanvasItems)
          .set({ rank, updatedAt: nowIso() })
          .where(eq(valueCanvasItems.id, id))
          .run();
        touch(item.canvasId);
      }
      return loadItem(id);
    },

    setLinks(id: number, linkedIds: readonly number[]): CanvasItem {
      const { item } = getRow(id);
      replaceLinks(item, linkedIds, false);
      touch(item.canvasId);
      return loadItem(id);
    },

    deleteItem(id: number): CanvasItem {
      const snapshot = loadItem(id);
      const { item } = getRow(id);
      db.delete(valueCanvasItems).where(eq(valueCanvasItems.id, id)).run();
      closeGap(item.canvasId, item.zone, item.rank);
      touch(item.canvasId);
      return snapshot;
    },

    /** Puts a deleted item back with its id, position and the links whose other end still exists. */
    restoreItem(input: RestoreInput): CanvasItem {
      const taken = db
        .select({ id: valueCanvasItems.id })
        .from(valueCanvasItems)
        .where(eq(valueCanvasItems.id, input.id))
        .get();
      if (taken) throw new AppError('conflict', 'That item is already on the canvas.');
      const canvas = ensureCanvas(input.partnerId);
      const rank = Math.min(input.rank, zoneCount(canvas.id, input.zone) + 1);
      openGap(canvas.id, input.zone, rank);
      const now = nowIso();
      const row = db
        .insert(valueCanvasItems)
        .values({
          id: input.id,
          canvasId: canvas.id,
          zone: input.zone,
          text: input.text,
          rank,
          ...normalise(input.zone, input),
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      replaceLinks(row, input.linkedIds, true);
      touch(canvas.id);
      return loadItem(row.id);
    },
  };
}
export type ValueCanvasRepository = ReturnType<typeof createValueCanvasRepository>;
