import { z } from './zod.ts';
import { empty, id, nothing, text } from './common.ts';
import { mutation, query } from './define.ts';

/** The program's ecosystem map (M9): who surrounds the partnerships, and what flows between them. */
export const ecosystemNodeKinds = [
  'our_org',
  'partner',
  'supplier',
  'distributor',
  'customer_segment',
  'regulator',
  'competitor',
  'other',
] as const;
export type EcosystemNodeKind = (typeof ecosystemNodeKinds)[number];
export const ecosystemNodeKindLabels: Record<EcosystemNodeKind, string> = {
  our_org: 'Our organisation',
  partner: 'Partner',
  supplier: 'Supplier',
  distributor: 'Distributor',
  customer_segment: 'Customer segment',
  regulator: 'Regulator',
  competitor: 'Competitor',
  other: 'Other',
};

export const ecosystemEdgeKinds = ['value', 'money', 'data', 'referral', 'dependency'] as const;
export type EcosystemEdgeKind = (typeof ecosystemEdgeKinds)[number];
export const ecosystemEdgeKindLabels: Record<EcosystemEdgeKind, string> = {
  value: 'Value',
  money: 'Money',
  data: 'Data',
  referral: 'Referral',
  dependency: 'Dependency',
};

/** The drawn size of a node, shared by the map, its layouts and its printed rendering. */
export const ecosystemNodeSize = { width: 210, height: 72 } as const;

const coordinate = z
  .number({ message: 'Enter a number' })
  .min(-1_000_000, 'That is off the map')
  .max(1_000_000, 'That is off the map');

export const ecosystemNodeFields = z
  .object({
    kind: z.enum(ecosystemNodeKinds, { message: 'Pick a kind' }),
    /** Ignored for a node linked to a partner record: it carries the partner's name. */
    label: text(120).default(''),
    partnerId: id.nullable().default(null),
    note: text(1000).default(''),
  })
  .refine((node) => node.partnerId !== null || node.label !== '', {
    message: 'Name this node',
    path: ['label'],
  });
export type EcosystemNodeFields = z.input<typeof ecosystemNodeFields>;

export const ecosystemNode = z.object({
  id,
  kind: z.enum(ecosystemNodeKinds),
  label: z.string(),
  partnerId: id.nullable(),
  note: z.string(),
  x: z.number(),
  y: z.number(),
});
export type EcosystemNode = z.infer<typeof ecosystemNode>;

export const edgeStrength = z
  .number({ message: 'Strength is 1 to 5' })
  .int('Strength is 1 to 5')
  .min(1, 'Strength is 1 to 5')
  .max(5, 'Strength is 1 to 5');

export const ecosystemEdgeFields = z.object({
  kind: z.enum(ecosystemEdgeKinds, { message: 'Pick what flows' }),
  strength: edgeStrength.default(3),
  label: text(120).default(''),
});
export type EcosystemEdgeFields = z.input<typeof ecosystemEdgeFields>;

export const ecosystemEdge = z.object({
  id,
  sourceId: id,
  targetId: id,
  kind: z.enum(ecosystemEdgeKinds),
  strength: z.number().int().min(1).max(5),
  label: z.string(),
});
export type EcosystemEdge = z.infer<typeof ecosystemEdge>;

export const ecosystemMap = z.object({
  nodes: z.array(ecosystemNode),
  edges: z.array(ecosystemEdge),
});
export type EcosystemMap = z.infer<typeof ecosystemMap>;

const endpoints = z.object({ sourceId: id, targetId: id });
const differentEnds = (edge: { sourceId: number; targetId: number }) =>
  edge.sourceId !== edge.targetId;
const differentEndsMessage = { message: 'Connect two different nodes', path: ['targetId'] };

/** A snapshot of deleted nodes and edges, as delete returns it and restore takes it back. */
export const ecosystemSnapshot = z.object({
  nodes: z.array(
    ecosystemNode.extend({
      kind: z.enum(ecosystemNodeKinds, { message: 'Pick a kind' }),
      label: text(120),
      note: text(1000),
      x: coordinate,
      y: coordinate,
    }),
  ),
  edges: z.array(
    ecosystemEdge
      .extend({ strength: edgeStrength, label: text(120) })
      .refine(differentEnds, differentEndsMessage),
  ),
});
export type EcosystemSnapshot = z.infer<typeof ecosystemSnapshot>;

export const ecosystemPosition = z.object({ id, x: coordinate, y: coordinate });
export type EcosystemPosition = z.infer<typeof ecosystemPosition>;

export const ecosystemMethods = {
  'ecosystem.get': query(empty, ecosystemMap),
  'ecosystem.addNode': mutation(
    z.object({ fields: ecosystemNodeFields, x: coordinate, y: coordinate }),
    ecosystemNode,
  ),
  'ecosystem.updateNode': mutation(z.object({ id, fields: ecosystemNodeFields }), ecosystemNode),
  /** One write for a drag of several nodes or an automatic layout. */
  'ecosystem.moveNodes': mutation(
    z.object({ positions: z.array(ecosystemPosition).min(1).max(10_000) }),
    nothing,
  ),
  'ecosystem.addEdge': mutation(
    endpoints.extend({ fields: ecosystemEdgeFields }).refine(differentEnds, differentEndsMessage),
    ecosystemEdge,
  ),
  'ecosystem.updateEdge': mutation(z.object({ id, fields: ecosystemEdgeFields }), ecosystemEdge),
  /** Deletes nodes (with their edges) and edges; returns what was deleted, for undo. */
  'ecosystem.delete': mutation(
    z
      .object({
        nodeIds: z.array(id).max(10_000).default([]),
        edgeIds: z.array(id).max(10_000).default([]),
      })
      .refine((input) => input.nodeIds.length + input.edgeIds.length > 0, {
        message: 'Select something to delete',
      }),
    ecosystemSnapshot,
  ),
  /** Puts deleted nodes and edges back with their ids (undo). */
  'ecosystem.restore': mutation(ecosystemSnapshot, nothing),
  /**
   * Places every partner not yet on the map in a ring around our organisation (added when
   * missing), in one write. Returns the nodes it created.
   */
  'ecosystem.addAllPartners': mutation(empty, ecosystemSnapshot),
} as const;
