import { z } from './zod.ts';
import { id, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';

/** The six zones of the shared value proposition canvas (M8): three per side. */
export const canvasZones = [
  'job',
  'gain',
  'pain',
  'product',
  'gain_creator',
  'pain_reliever',
] as const;
export type CanvasZone = (typeof canvasZones)[number];
export const canvasZoneLabels: Record<CanvasZone, string> = {
  job: 'Customer jobs',
  gain: 'Gains',
  pain: 'Pains',
  product: 'Products & services',
  gain_creator: 'Gain creators',
  pain_reliever: 'Pain relievers',
};
/** The singular noun of one item in a zone, for buttons and messages. */
export const canvasItemNouns: Record<CanvasZone, string> = {
  job: 'job',
  gain: 'gain',
  pain: 'pain',
  product: 'product or service',
  gain_creator: 'gain creator',
  pain_reliever: 'pain reliever',
};

/** A reliever links to pains, a creator to gains; the link is stored once and read from both ends. */
export const linkedZone: Partial<Record<CanvasZone, CanvasZone>> = {
  pain_reliever: 'pain',
  pain: 'pain_reliever',
  gain_creator: 'gain',
  gain: 'gain_creator',
};

export const productSides = ['ours', 'theirs'] as const;
export type ProductSide = (typeof productSides)[number];

export const jobKinds = ['functional', 'social', 'emotional'] as const;
export type JobKind = (typeof jobKinds)[number];
export const jobKindLabels: Record<JobKind, string> = {
  functional: 'Functional',
  social: 'Social',
  emotional: 'Emotional',
};

const itemText = requiredText('The text', 500);
const rank = z
  .number({ message: 'Enter a position' })
  .int('Use a whole number')
  .min(1, 'Positions start at 1');
const partnerRef = z.object({ partnerId: id });

/** What an item's editor sends. `side` matters for products only, `jobKind` for jobs only. */
export const canvasItemFields = z.object({
  text: itemText,
  side: z.enum(productSides, { message: 'Pick ours or theirs' }).nullable().default(null),
  jobKind: z.enum(jobKinds, { message: 'Pick a kind of job' }).nullable().default(null),
});
export type CanvasItemFields = z.input<typeof canvasItemFields>;

export const canvasItem = z.object({
  id,
  partnerId: id,
  zone: z.enum(canvasZones),
  text: z.string(),
  /** Position in its zone, 1 = first; for jobs, pains and gains it is the importance rank. */
  rank: z.number().int().min(1),
  side: z.enum(productSides).nullable(),
  jobKind: z.enum(jobKinds).nullable(),
  /** The other ends of this item's links: pains of a reliever, relievers of a pain, and so on. */
  linkedIds: z.array(id),
});
export type CanvasItem = z.infer<typeof canvasItem>;

export const valueCanvasFitSummary = z.object({
  /** Whole percentage of the top-ranked pains and gains addressed; null with no pains or gains. */
  percent: z.number().int().min(0).max(100).nullable(),
  addressedCount: z.number().int(),
  topCount: z.number().int(),
  topPainIds: z.array(id),
  topGainIds: z.array(id),
  unaddressedPainIds: z.array(id),
  unaddressedGainIds: z.array(id),
});
export type ValueCanvasFitSummary = z.infer<typeof valueCanvasFitSummary>;

export const valueCanvas = z.object({
  partnerId: id,
  customerSegment: z.string(),
  /** Every item, by zone and then rank. */
  items: z.array(canvasItem),
  fit: valueCanvasFitSummary,
});
export type ValueCanvas = z.infer<typeof valueCanvas>;

export const addCanvasItemInput = canvasItemFields.extend({
  partnerId: id,
  zone: z.enum(canvasZones, { message: 'Pick a zone of the canvas' }),
  /** Where to insert it; after the last item when left out. */
  rank: rank.optional(),
});

export const valueCanvasMethods = {
  /** A partnership without a canvas yet reads as an empty one. */
  'valueCanvas.get': query(partnerRef, valueCanvas),
  'valueCanvas.setSegment': mutation(
    partnerRef.extend({ customerSegment: text(200) }),
    z.object({ customerSegment: z.string() }),
  ),
  'valueCanvas.addItem': mutation(addCanvasItemInput, canvasItem),
  'valueCanvas.updateItem': mutation(z.object({ id, fields: canvasItemFields }), canvasItem),
  /** Moves an item to another position in its zone; the others close up. */
  'valueCanvas.moveItem': mutation(z.object({ id, rank }), canvasItem),
  /** Replaces the links of a reliever (to pains), a creator (to gains), a pain or a gain. */
  'valueCanvas.setLinks': mutation(
    z.object({ id, linkedIds: z.array(id).max(200, 'At most 200 links') }),
    canvasItem,
  ),
  /** Returns the deleted item with its links, which restoreItem puts back (undo). */
  'valueCanvas.deleteItem': mutation(z.object({ id }), canvasItem),
  'valueCanvas.restoreItem': mutation(
    canvasItem.extend({ text: itemText, linkedIds: z.array(id).max(200) }),
    canvasItem,
  ),
} as const;
