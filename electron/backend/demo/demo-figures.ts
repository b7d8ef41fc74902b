import type { KpiFields } from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';
import { demoPartners } from './demo-partner-data.ts';

/** How one partnership's monthly funnel behaves over the 18 months of actuals. */
interface Funnel {
  /** First and last month with figures, as offsets from the current month. */
  from: number;
  to: number;
  leads: number;
  growth: number;
  qualify: number;
  close: number;
  /** Revenue of one deal, in dollars. */
  dealValue: number;
  /** Influenced revenue as a multiple of attributed revenue. */
  influence: number;
  spend: number;
  /** The partner's own KPI, as a share of leads. */
  kpi?: { name: string; perLead: number };
}

// prettier-ignore
const funnels: Partial<Record<PartnerKey, Funnel>> = {
  harbor: { from: -18, to: -1, leads: 60, growth: 0.04, qualify: 0.35, close: 0.25, dealValue: 3_000, influence: 1.6, spend: 3_000, kpi: { name: 'Harbor marketplace installs', perLead: 0.8 } },
  quillmail: { from: -18, to: -1, leads: 45, growth: 0.01, qualify: 0.3, close: 0.15, dealValue: 2_200, influence: 2.2, spend: 1_800, kpi: { name: 'Quillmail webinar qualified leads', perLead: 0.28 } },
  northstar: { from: -15, to: -1, leads: 20, growth: 0.05, qualify: 0.5, close: 0.3, dealValue: 4_500, influence: 1.2, spend: 1_500, kpi: { name: 'Northstar deals closed', perLead: 0.15 } },
  stackhouse: { from: -11, to: -1, leads: 15, growth: 0.06, qualify: 0.35, close: 0.2, dealValue: 2_000, influence: 1.3, spend: 900, kpi: { name: 'Stackhouse catalogue leads', perLead: 1 } },
  brightpath: { from: -18, to: -1, leads: 25, growth: 0.02, qualify: 0.3, close: 0.2, dealValue: 3_500, influence: 3, spend: 2_000, kpi: { name: 'Brightpath offer uptake', perLead: 0.3 } },
  merchantWeekly: { from: -17, to: -7, leads: 12, growth: 0, qualify: 0.2, close: 0.1, dealValue: 2_000, influence: 2.5, spend: 400, kpi: { name: 'Merchant Weekly column readers', perLead: 400 } },
  orbit: { from: -14, to: -6, leads: 8, growth: 0, qualify: 0.15, close: 0.1, dealValue: 1_800, influence: 1.5, spend: 700 },
};

type KpiSpec = Omit<KpiFields, 'parentId' | 'partnerId'> & {
  parent?: string;
  partner?: PartnerKey;
};

// prettier-ignore
const kpis: KpiSpec[] = [
  { name: 'Partner-sourced revenue', level: 'strategic', category: 'revenue', unit: 'USD', defaultTarget: 60_000, weight: 3, description: 'Attributed revenue of all partnerships in the month.' },
  { name: 'Partner-qualified leads', level: 'tactical', category: 'leads_conversion', unit: 'leads', defaultTarget: 90, weight: 2, parent: 'Partner-sourced revenue' },
  { name: 'Partner-sourced deals', level: 'tactical', category: 'leads_conversion', unit: 'deals', defaultTarget: 20, weight: 2, parent: 'Partner-sourced revenue' },
  { name: 'Joint campaigns run', level: 'operational', category: 'operational', unit: 'campaigns', defaultTarget: 3, parent: 'Partner-qualified leads' },
  { name: 'Combined campaign reach', level: 'operational', category: 'reach', unit: 'people', defaultTarget: 250_000, parent: 'Partner-qualified leads' },
  { name: 'Partner share of new customers', level: 'strategic', category: 'leads_conversion', unit: '%', defaultTarget: 30, weight: 2 },
  { name: 'Harbor marketplace installs', level: 'operational', category: 'leads_conversion', unit: 'installs', defaultTarget: 70, parent: 'Partner-sourced deals', partner: 'harbor' },
  { name: 'Quillmail webinar qualified leads', level: 'operational', category: 'leads_conversion', unit: 'leads', defaultTarget: 15, parent: 'Partner-qualified leads', partner: 'quillmail' },
  { name: 'Northstar deals closed', level: 'operational', category: 'leads_conversion', unit: 'deals', defaultTarget: 4, parent: 'Partner-sourced deals', partner: 'northstar' },
  { name: 'Stackhouse catalogue leads', level: 'operational', category: 'leads_conversion', unit: 'leads', defaultTarget: 25, parent: 'Partner-qualified leads', partner: 'stackhouse' },
  { name: 'Brightpath offer uptake', level: 'operational', category: 'revenue', unit: 'merchants', defaultTarget: 10, parent: 'Partner-sourced deals', partner: 'brightpath' },
  { name: 'Merchant Weekly column readers', level: 'operational', category: 'reach', unit: 'readers', defaultTarget: 5_000, partner: 'merchantWeekly' },
  { name: 'Parcelpoint connected merchants', level: 'operational', category: 'leads_conversion', unit: 'merchants', defaultTarget: 10, parent: 'Partner-sourced deals', partner: 'parcelpoint' },
  { name: 'Summit qualified leads', level: 'operational', category: 'leads_conversion', unit: 'leads', defaultTarget: 40, partner: 'summit' },
];

interface Month {
  leads: number;
  qualified: number;
  deals: number;
  revenue: number;
}

/** KPIs with targets, 18 months of actuals (one CSV import), KPI values and scorecard inputs. */
export async function createFigures(ctx: DemoContext): Promise<void> {
  const kpiIds = new Map<string, number>();
  for (const { parent, partner, ...spec } of kpis) {
    const kpi = await ctx.call('kpis.create', {
      ...spec,
      parentId: parent === undefined ? null : (kpiIds.get(parent) ?? null),
      partnerId: partner === undefined ? null : ctx.ids[partner],
    });
    kpiIds.set(spec.name, kpi.id);
  }
  const revenueKpi = kpiIds.get('Partner-sourced revenue');
  for (let offset = 0; offset < 6 && revenueKpi !== undefined; offset += 1) {
    await ctx.call('kpis.setTarget', {
      kpiId: revenueKpi,
      period: ctx.period(offset),
      target: 60_000 + offset * 2_500,
    });
  }

  const totals = new Map<string, Month>();
  const header = [
    'Partner',
    'Month',
    'Leads',
    'Qualified leads',
    'Deals',
    'Attributed revenue',
    'Influenced revenue',
    'Spend',
  ];
  const kpiNames = kpis.filter((k) => k.partner && funnels[k.partner]?.kpi).map((k) => k.name);
  const lines = [[...header, ...kpiNames].join(',')];
  for (const [key, funnel] of Object.entries(funnels) as [PartnerKey, Funnel][]) {
    for (let offset = funnel.from; offset <= funnel.to; offset += 1) {
      const age = offset - funnel.from;
      const noise = () => 0.85 + ctx.random() * 0.3;
      const leads = Math.round(funnel.leads * (1 + funnel.growth) ** age * noise());
      const qualified = Math.round(leads * funnel.qualify * noise());
      const deals = Math.round(qualified * funnel.close * noise());
      const revenue = deals * funnel.dealValue;
      const influenced = Math.round((revenue * funnel.influence * noise()) / 10) * 10;
      const spend = Math.round((funnel.spend * noise()) / 10) * 10;
      const period = ctx.period(offset);
      const sum = totals.get(period) ?? { leads: 0, qualified: 0, deals: 0, revenue: 0 };
      totals.set(period, {
        leads: sum.leads + leads,
        qualified: sum.qualified + qualified,
        deals: sum.deals + deals,
        revenue: sum.revenue + revenue,
      });
      const kpiCells = kpiNames.map((name) =>
        funnel.kpi?.name === name ? String(Math.round(leads * funnel.kpi.perLead)) : '',
      );
      const name = `"${demoPartners[key].fields.name}"`;
      lines.push(
        [name, period, leads, qualified, deals, revenue, influenced, spend, ...kpiCells].join(','),
      );
    }
  }
  const imported = await ctx.call('actuals.importCsv', { csvText: lines.join('\n') });
  if (imported.errors.length > 0) throw new Error(`Demo actuals: ${imported.errors[0]?.message}`);

  await programValues(ctx, kpiIds, totals);
  await scorecardInputs(ctx);
}

async function programValues(
  ctx: DemoContext,
  kpiIds: Map<string, number>,
  totals: Map<string, Month>,
): Promise<void> {
  const set = async (name: string, period: string, value: number) => {
    const kpiId = kpiIds.get(name);
    if (kpiId !== undefined) await ctx.call('kpis.setValue', { kpiId, period, value });
  };
  for (const [period, month] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    await set('Partner-sourced revenue', period, month.revenue);
    await set('Partner-qualified leads', period, month.qualified);
    await set('Partner-sourced deals', period, month.deals);
    await set('Joint campaigns run', period, ctx.between(1, 4));
    await set('Combined campaign reach', period, ctx.between(18, 32) * 10_000);
    const direct = ctx.between(38, 52);
    await set(
      'Partner share of new customers',
      period,
      Math.round((100 * month.deals) / (month.deals + direct)),
    );
  }
}

/** The scorecard criteria typed by hand: enablement, compliance and satisfaction. */
async function scorecardInputs(ctx: DemoContext): Promise<void> {
  const scored: [PartnerKey, number][] = [
    ['harbor', 0.95],
    ['quillmail', 0.85],
    ['northstar', 0.9],
    ['stackhouse', 0.7],
    ['brightpath', 0.8],
  ];
  for (const [key, quality] of scored) {
    for (let offset = -6; offset <= -1; offset += 1) {
      const input = (criterionKey: string, value: number) =>
        ctx.call('scorecards.setInput', {
          partnerId: ctx.ids[key],
          period: ctx.period(offset),
          criterionKey,
          value,
        });
      await input(
        'enablement_completion',
        Math.min(100, Math.round(quality * 90 + ctx.between(-5, 8))),
      );
      await input('compliance', quality > 0.75 ? 100 : ctx.between(80, 95));
      await input(
        'customer_satisfaction',
        Math.round((3.2 + quality * 1.6 + ctx.random() * 0.3) * 10) / 10,
      );
    }
  }
}
