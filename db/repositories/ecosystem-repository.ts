import { asc, eq, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import {
  AppError,
  ecosystemNodeSize,
  type EcosystemEdge,
  type EcosystemMap,
  type EcosystemNode,
  type EcosystemPosition,
  type EcosystemSnapshot,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { ecosystemEdges, ecosystemNodes, partners, workbookSettings } from '../schema/index.ts';

type NodeFields = ParsedInput<'ecosystem.updateNode'>['fields'];
type EdgeFields = ParsedInput<'ecosystem.updateEdge'>['fields'];
type NodeRow = typeof ecosystemNodes.$inferSelect;
type EdgeRow = typeof ecosystemEdges.$inferSelect;

function toEdge(row: EdgeRow): EcosystemEdge {
  return {
    id: row.id,
    sourceId: row.sourceId,
    targetId: row.targetId,
    kind: row.kind as EcosystemEdge['kind'],
    strength: row.strength,
    label: row.label,
  };
}

/**
 * Centres of `count` nodes on rings around a centre: the first ring holds as many as fit with
 * `spacing` between neighbours (a node is narrower than that, so none overlap), the next rings
 * lie `spacing` further out.
 */
export function radialCentres(
  count: number,
  centre: { x: number; y: number },
): { x: number; y: number }[] {
  const spacing = ecosystemNodeSize.width + 40;
  const centres: { x: number; y: number }[] = [];
  for (let ring = 0; centres.length < count; ring += 1) {
    const radius = 260 + ring * spacing;
    const capacity = Math.max(1, Math.floor(Math.PI / Math.asin(spacing / (2 * radius))));
    const onRing = Math.min(capacity, count - centres.length);
    const step = (2 * Math.PI) / onRing;
    const offset = ring % 2 === 0 ? 0 : step / 2;
    for (let i = 0; i < onRing; i += 1) {
      const angle = -Math.PI / 2 + offset + i * step;
      centres.push({
        x: Math.round(centre.x + radius * Math.cos(angle)),
        y: Math.round(centre.y + radius * Math.sin(angle)),
      });
    }
  }
  return centres;
}

const half = { x: ecosystemNodeSize.width / 2, y: ecosystemNodeSize.height / 2 };

export function createEcosystemRepository(db: WorkbookDb) {
  const nodeRows = (where?: SQL) =>
    db
      .select({ node: ecosystemNodes, partnerName: partners.name })
      .from(ecosystemNodes)
      .leftJoin(partners, eq(partners.id, ecosystemNodes.partnerId))
      .where(where)
      .orderBy(asc(ecosystemNodes.id))
      .all()
      .map(({ node, partnerName }) => toNode(node, partnerName));

  /** A node linked to a partner is named after it, so a renamed partner is renamed on the map. */
  const toNode = (row: NodeRow, partnerName: string | null): EcosystemNode => ({
    id: row.id,
    kind: row.kind as EcosystemNode['kind'],
    label: partnerName ?? row.label,
    partnerId: row.partnerId,
    note: row.note,
    x: row.x,
    y: row.y,
  });

  const getNode = (id: number): EcosystemNode => {
    const [node] = nodeRows(eq(ecosystemNodes.id, id));
    if (!node) throw new AppError('not_found', 'That node is no longer on the map.');
    return node;
  };

  const getEdge = (id: number): EcosystemEdge => {
    const row = db.select().from(ecosystemEdges).where(eq(ecosystemEdges.id, id)).get();
    if (!row) throw new AppError('not_found', 'That connection is no longer on the map.');
    return toEdge(row);
  };

  /** The label stored with a partner link, so the node keeps a name if the partner is deleted. */
  const storedLabel = (fields: NodeFields): string => {
    if (fields.partnerId === null) return fields.label;
    const partner = db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.id, fields.partnerId))
      .get();
    if (!partner) {
      throw new AppError('not_found', 'That partner no longer exists.', {
        partnerId: 'That partner no longer exists',
      });
    }
    return partner.name;
  };

  const requireFreePartner = (partnerId: number | null, exceptNodeId?: number) => {
    if (partnerId === null) return;
    const taken = db
      .select({ id: ecosystemNodes.id })
      .from(ecosystemNodes)
      .where(eq(ecosystemNodes.partnerId, partnerId))
      .get();
    if (taken && taken.id !== exceptNodeId) {
      throw new AppError('conflict', 'That partner is already on the map.', {
        partnerId: 'Already on the map',
      });
    }
  };

  const insertNodes = (nodes: EcosystemSnapshot['nodes']) => {
    if (nodes.length === 0) return;
    const now = nowIso();
    db.insert(ecosystemNodes)
      .values(nodes.map((n) => ({ ...n, createdAt: now, updatedAt: now })))
      .run();
  };

  return {
    get(): EcosystemMap {
      return {
        nodes: nodeRows(),
        edges: db.select().from(ecosystemEdges).orderBy(asc(ecosystemEdges.id)).all().map(toEdge),
      };
    },

    addNode(fields: NodeFields, position: { x: number; y: number }): EcosystemNode {
      requireFreePartner(fields.partnerId);
      const now = nowIso();
      const row = db
        .insert(ecosystemNodes)
        .values({
          ...fields,
          label: storedLabel(fields),
          ...position,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      return getNode(row.id);
    },

    updateNode(id: number, fields: NodeFields): EcosystemNode {
      getNode(id);
      requireFreePartner(fields.partnerId, id);
      db.update(ecosystemNodes)
        .set({ ...fields, label: storedLabel(fields), updatedAt: nowIso() })
        .where(eq(ecosystemNodes.id, id))
        .run();
      return getNode(id);
    },

    moveNodes(positions: readonly EcosystemPosition[]): void {
      const ids = [...new Set(positions.map((p) => p.id))];
      const found = db
        .select({ id: ecosystemNodes.id })
        .from(ecosystemNodes)
        .where(inArray(ecosystemNodes.id, ids))
        .all();
      if (found.length !== ids.length)
        throw new AppError('not_found', 'A node you moved is no longer on the map.');
      const now = nowIso();
      for (const { id, x, y } of positions) {
        db.update(ecosystemNodes)
          .set({ x, y, updatedAt: now })
          .where(eq(ecosystemNodes.id, id))
          .run();
      }
    },

    addEdge(sourceId: number, targetId: number, fields: EdgeFields): EcosystemEdge {
      getNode(sourceId);
      getNode(targetId);
      const now = nowIso();
      const row = db
        .insert(ecosystemEdges)
        .values({ sourceId, targetId, ...fields, createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toEdge(row);
    },

    updateEdge(id: number, fields: EdgeFields): EcosystemEdge {
      getEdge(id);
      db.update(ecosystemEdges)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(ecosystemEdges.id, id))
        .run();
      return getEdge(id);
    },

    /** Deletes the nodes (their edges go with them) and the edges; returns them all for undo. */
    delete(nodeIds: readonly number[], edgeIds: readonly number[]): EcosystemSnapshot {
      const nodes =
        nodeIds.length === 0
          ? []
          : db
              .select()
              .from(ecosystemNodes)
              .where(inArray(ecosystemNodes.id, [...nodeIds]))
              .orderBy(asc(ecosystemNodes.id))
              .all();
      const edges = db
        .select()
        .from(ecosystemEdges)
        .where(
          or(
            edgeIds.length ? inArray(ecosystemEdges.id, [...edgeIds]) : undefined,
            nodeIds.length ? inArray(ecosystemEdges.sourceId, [...nodeIds]) : undefined,
            nodeIds.length ? inArray(ecosystemEdges.targetId, [...nodeIds]) : undefined,
          ),
        )
        .orderBy(asc(ecosystemEdges.id))
        .all();
      const explicitEdges = new Set(edges.map((e) => e.id));
      if (nodes.length !== new Set(nodeIds).size || edgeIds.some((id) => !explicitEdges.has(id))) {
        throw new AppError('not_found', 'Something you selected is no longer on the map.');
      }
      if (edges.length)
        db.delete(ecosystemEdges)
          .where(
            inArray(
              ecosystemEdges.id,
              edges.map((e) => e.id),
            ),
          )
          .run();
      if (nodes.length)
        db.delete(ecosystemNodes)
          .where(inArray(ecosystemNodes.id, [...nodeIds]))
          .run();
      return {
        nodes: nodes.map((n) => ({
          id: n.id,
          kind: n.kind as EcosystemNode['kind'],
          label: n.label,
          partnerId: n.partnerId,
          note: n.note,
          x: n.x,
          y: n.y,
        })),
        edges: edges.map(toEdge),
      };
    },

    /** Puts deleted nodes and edges back with their ids; refuses ids that are in use again. */
    restore(snapshot: EcosystemSnapshot): void {
      const nodeIds = snapshot.nodes.map((n) => n.id);
      const edgeIds = snapshot.edges.map((e) => e.id);
      const takenNode =
        nodeIds.length &&
        db.select().from(ecosystemNodes).where(inArray(ecosystemNodes.id, nodeIds)).get();
      const takenEdge =
        edgeIds.length &&
        db.select().from(ecosystemEdges).where(inArray(ecosystemEdges.id, edgeIds)).get();
      if (takenNode || takenEdge) throw new AppError('conflict', 'That is already on the map.');
      for (const node of snapshot.nodes) requireFreePartner(node.partnerId);
      insertNodes(snapshot.nodes);
      if (snapshot.edges.length === 0) return;
      const now = nowIso();
      db.insert(ecosystemEdges)
        .values(snapshot.edges.map((e) => ({ ...e, createdAt: now, updatedAt: now })))
        .run();
    },

    addAllPartners(): EcosystemSnapshot {
      const created: EcosystemSnapshot['nodes'] = [];
      let hub = db
        .select()
        .from(ecosystemNodes)
        .where(eq(ecosystemNodes.kind, 'our_org'))
        .orderBy(asc(ecosystemNodes.id))
        .get();
      if (!hub) {
        const settings = db
          .select({ orgName: workbookSettings.orgName })
          .from(workbookSettings)
          .get();
        const now = nowIso();
        hub = db
          .insert(ecosystemNodes)
          .values({
            kind: 'our_org',
            label: settings?.orgName ?? 'Our organisation',
            x: -half.x,
            y: -half.y,
            createdAt: now,
            updatedAt: now,
          })
          .returning()
          .get();
        created.push(toNode(hub, null));
      }
      const candidates = db
        .select({ id: partners.id, name: partners.name })
        .from(partners)
        .where(eq(partners.archived, false))
        .all();
      const taken = new Set(
        db
          .select({ partnerId: ecosystemNodes.partnerId })
          .from(ecosystemNodes)
          .where(isNotNull(ecosystemNodes.partnerId))
          .all()
          .map((r) => r.partnerId),
      );
      const toPlace = candidates
        .filter((p) => !taken.has(p.id))
        .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
      const centre = { x: hub.x + half.x, y: hub.y + half.y };
      const centres = radialCentres(toPlace.length, centre);
      const nodes = toPlace.map((partner, i) => {
        const at = centres[i] ?? centre;
        return {
          kind: 'partner' as const,
          label: partner.name,
          partnerId: partner.id,
          note: '',
          x: at.x - half.x,
          y: at.y - half.y,
        };
      });
      if (nodes.length) {
        const now = nowIso();
        const rows = db
          .insert(ecosystemNodes)
          .values(nodes.map((n) => ({ ...n, createdAt: now, updatedAt: now })))
          .returning()
          .all();
        created.push(...rows.map((row) => toNode(row, row.label)));
      }
      return { nodes: created, edges: [] };
    },
  };
}
export type EcosystemRepository = ReturnType<typeof createEcosystemRepository>;
