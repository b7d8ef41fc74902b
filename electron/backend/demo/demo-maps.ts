import type {
  CanvasZone,
  EcosystemEdgeKind,
  EcosystemNodeKind,
} from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

type Item = [
  zone: CanvasZone,
  text: string,
  extra?: 'ours' | 'theirs' | 'functional' | 'social' | 'emotional',
];
/** A reliever or creator (by its text) and the pains or gains (by their texts) it addresses. */
type Link = [from: string, to: string[]];

interface DemoCanvas {
  segment: string;
  items: Item[];
  links: Link[];
}

// prettier-ignore
const canvases: Partial<Record<PartnerKey, DemoCanvas>> = {
  harbor: {
    segment: 'Mid-market merchants on Harbor',
    items: [
      ['job', 'Know which customers will buy again', 'functional'],
      ['job', 'Plan promotions without guessing', 'functional'],
      ['job', 'Report growth to investors with confidence', 'social'],
      ['job', 'Feel in control of the numbers', 'emotional'],
      ['pain', 'Exports and spreadsheets every Monday'],
      ['pain', 'Discounts given to customers who would have bought anyway'],
      ['pain', 'No idea why customers stop buying'],
      ['pain', 'Another tool to install and learn'],
      ['gain', 'Retention figures inside the shop admin'],
      ['gain', 'Campaigns aimed at customers about to lapse'],
      ['gain', 'Order and customer data in one place'],
      ['product', 'Tidewater retention analytics', 'ours'],
      ['product', 'Predicted customer value', 'ours'],
      ['product', 'Harbor storefront and admin', 'theirs'],
      ['product', 'Harbor app marketplace', 'theirs'],
      ['pain_reliever', 'One-click install from the marketplace'],
      ['pain_reliever', 'Churn alerts that say why'],
      ['gain_creator', 'Retention dashboard embedded in the Harbor admin'],
      ['gain_creator', 'Lapse-risk segments sent to Harbor discounts'],
    ],
    links: [
      ['One-click install from the marketplace', ['Another tool to install and learn', 'Exports and spreadsheets every Monday']],
      ['Churn alerts that say why', ['No idea why customers stop buying']],
      ['Retention dashboard embedded in the Harbor admin', ['Retention figures inside the shop admin', 'Order and customer data in one place']],
      ['Lapse-risk segments sent to Harbor discounts', ['Campaigns aimed at customers about to lapse']],
    ],
  },
  quillmail: {
    segment: 'Email marketers at online retailers',
    items: [
      ['job', 'Send campaigns that earn more than they cost', 'functional'],
      ['job', 'Look smart in the Monday marketing meeting', 'social'],
      ['pain', 'Lists too broad: unsubscribes go up'],
      ['pain', 'No link between an email and repeat purchases'],
      ['pain', 'Segments rebuilt by hand each month'],
      ['gain', 'Segments that update themselves'],
      ['gain', 'Revenue per email, not just opens'],
      ['product', 'Tidewater segments', 'ours'],
      ['product', 'Quillmail campaigns and automation', 'theirs'],
      ['pain_reliever', 'Predicted-value segments synced nightly'],
      ['pain_reliever', 'Repeat purchases attributed to each campaign'],
      ['gain_creator', 'Revenue-per-email report in Quillmail'],
    ],
    links: [
      ['Predicted-value segments synced nightly', ['Segments rebuilt by hand each month', 'Lists too broad: unsubscribes go up']],
      ['Repeat purchases attributed to each campaign', ['No link between an email and repeat purchases']],
      ['Revenue-per-email report in Quillmail', ['Revenue per email, not just opens']],
    ],
  },
};

/** Value proposition canvases for two partnerships. */
export async function createCanvases(ctx: DemoContext): Promise<void> {
  for (const [key, canvas] of Object.entries(canvases) as [PartnerKey, DemoCanvas][]) {
    const partnerId = ctx.ids[key];
    await ctx.call('valueCanvas.setSegment', { partnerId, customerSegment: canvas.segment });
    const ids = new Map<string, number>();
    for (const [zone, text, extra] of canvas.items) {
      const side = extra === 'ours' || extra === 'theirs' ? extra : null;
      const jobKind =
        extra && side === null ? (extra as 'functional' | 'social' | 'emotional') : null;
      const item = await ctx.call('valueCanvas.addItem', { partnerId, zone, text, side, jobKind });
      ids.set(text, item.id);
    }
    for (const [from, to] of canvas.links) {
      const id = ids.get(from);
      const linkedIds = to.flatMap((text) => ids.get(text) ?? []);
      if (id !== undefined) await ctx.call('valueCanvas.setLinks', { id, linkedIds });
    }
  }
}

type MapNode = [label: string, kind: EcosystemNodeKind, angle: number, note: string];
type MapEdge = [
  from: PartnerKey | string,
  to: PartnerKey | string,
  kind: EcosystemEdgeKind,
  strength: number,
  label: string,
];

// prettier-ignore
const outerNodes: MapNode[] = [
  ['Mid-market online retailers', 'customer_segment', 0, 'Our core buyers: 2,000 to 50,000 orders a month.'],
  ['Direct-to-consumer brands', 'customer_segment', 60, ''],
  ['Cloud hosting provider', 'supplier', 150, 'Hosts the product and the data warehouse.'],
  ['EU data protection authorities', 'regulator', 210, ''],
  ['Gleam Analytics', 'competitor', 270, 'Sells dashboards to the same retailers.'],
];

// prettier-ignore
const edges: MapEdge[] = [
  ['harbor', 'ours', 'referral', 5, 'Marketplace installs'],
  ['ours', 'harbor', 'money', 4, 'Revenue share 20 %'],
  ['harbor', 'ours', 'data', 5, 'Order data via connector'],
  ['quillmail', 'ours', 'referral', 3, 'Webinar leads'],
  ['northstar', 'ours', 'money', 4, 'Resold licences'],
  ['ours', 'northstar', 'money', 3, 'Referral commission'],
  ['stackhouse', 'ours', 'money', 3, 'Catalogue sales'],
  ['brightpath', 'ours', 'data', 4, 'Checkout metrics'],
  ['parcelpoint', 'ours', 'data', 2, 'Parcel events'],
  ['ours', 'Mid-market online retailers', 'value', 5, 'Retention analytics'],
  ['harbor', 'Mid-market online retailers', 'value', 5, 'Storefront'],
  ['merchantWeekly', 'Mid-market online retailers', 'value', 2, 'Benchmark column'],
  ['summit', 'Direct-to-consumer brands', 'value', 2, 'Event audience'],
  ['Cloud hosting provider', 'ours', 'dependency', 4, 'Hosting'],
  ['EU data protection authorities', 'ours', 'dependency', 3, 'Data rules'],
];

/** The ecosystem map: every partner around our organisation, the wider ecosystem outside. */
export async function createEcosystem(ctx: DemoContext): Promise<void> {
  const placed = await ctx.call('ecosystem.addAllPartners', {});
  const hub = placed.nodes.find((n) => n.kind === 'our_org');
  if (!hub) throw new Error('The ecosystem map has no node for our organisation.');
  const ids = new Map<string, number>([['ours', hub.id]]);
  for (const node of placed.nodes) {
    const key = (Object.keys(ctx.ids) as PartnerKey[]).find((k) => ctx.ids[k] === node.partnerId);
    if (key) ids.set(key, node.id);
  }
  const reach = Math.max(...placed.nodes.map((n) => Math.hypot(n.x - hub.x, n.y - hub.y))) + 360;
  for (const [label, kind, angle, note] of outerNodes) {
    const radians = (angle * Math.PI) / 180;
    const node = await ctx.call('ecosystem.addNode', {
      fields: { kind, label, note },
      x: Math.round(hub.x + reach * Math.cos(radians)),
      y: Math.round(hub.y + reach * Math.sin(radians)),
    });
    ids.set(label, node.id);
  }
  const driftwood = ids.get('driftwood');
  if (driftwood !== undefined) {
    await ctx.call('ecosystem.updateNode', {
      id: driftwood,
      fields: {
        kind: 'competitor',
        partnerId: ctx.ids.driftwood,
        note: 'Asked to license our data.',
      },
    });
  }
  for (const [from, to, kind, strength, label] of edges) {
    const sourceId = ids.get(from);
    const targetId = ids.get(to);
    if (sourceId === undefined || targetId === undefined) continue;
    await ctx.call('ecosystem.addEdge', { sourceId, targetId, fields: { kind, strength, label } });
  }
}
