import type { ActivityFields, ActivityKind } from '../../../shared/contract/index.ts';
import { addFiscalQuarters, fiscalQuarterOf } from '../../../shared/domain/periods.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

interface DemoActivity {
  title: string;
  kind: ActivityKind;
  partners: PartnerKey[];
  channel: string;
  audience: string;
  /** Days from today to the start, and the length in days. */
  inDays: number;
  days: number;
  owner: string;
  /** In whole dollars. */
  budget: number;
  /** Our share in percent; the rest goes to the first partner. */
  ourShare: number;
  expectedLeads: number | null;
}

const a = (
  title: string,
  kind: ActivityKind,
  partners: PartnerKey[],
  [channel, audience]: [string, string],
  [inDays, days]: [number, number],
  owner: string,
  [budget, ourShare]: [number, number],
  expectedLeads: number | null = null,
): DemoActivity => ({
  title,
  kind,
  partners,
  channel,
  audience,
  inDays,
  days,
  owner,
  budget,
  ourShare,
  expectedLeads,
});

const marketers: [string, string] = ['Webinar', 'Retail marketers'];
const harborMerchants: [string, string] = ['Marketplace', 'Harbor merchants'];

// prettier-ignore
const activities: DemoActivity[] = [
  a('Harbor EU marketplace launch', 'launch', ['harbor'], harborMerchants, [-270, 14], 'Maya Okafor', [15_000, 60], 90),
  a('Press release: Tidewater in Harbor EU', 'pr', ['harbor'], ['Press', 'Trade press'], [-265, 1], 'Daniel Reyes', [0, 100]),
  a('Benchmark column series', 'email', ['merchantWeekly'], ['Newsletter', 'Retail operators'], [-230, 1], 'Daniel Reyes', [1_500, 100], 20),
  a('Co-branded social commerce report', 'co_branded_content', ['orbit'], ['Content', 'Social sellers'], [-200, 30], 'Daniel Reyes', [6_000, 50], 30),
  a('Webinar: retention for email marketers', 'joint_webinar', ['quillmail'], marketers, [-150, 1], 'Daniel Reyes', [4_000, 50], 120),
  a('Brightpath merchant offer', 'bundle_offer', ['brightpath'], ['Email', 'Brightpath merchants'], [-120, 30], 'Tom Becker', [8_000, 50], 80),
  a('Northstar UK roadshow', 'event_sponsorship', ['northstar'], ['Events', 'UK retailers'], [-100, 3], 'Priya Nair', [12_000, 70], 45),
  a('Stackhouse catalogue feature', 'email', ['stackhouse'], ['Newsletter', 'EU retailers'], [-75, 1], 'Maya Okafor', [2_000, 100], 25),
  a('Guide: segments that email well', 'co_branded_content', ['quillmail'], ['Content', 'Retail marketers'], [-60, 14], 'Daniel Reyes', [3_000, 50], 60),
  a('Harbor featured listing', 'cross_promotion', ['harbor'], harborMerchants, [-40, 28], 'Maya Okafor', [5_000, 50], 70),
  a('LinkedIn series with Quillmail', 'social', ['quillmail'], ['LinkedIn', 'Retail marketers'], [-20, 10], 'Daniel Reyes', [1_200, 100], 15),
  a('Quillmail newsletter swap', 'email', ['quillmail'], ['Newsletter', 'Retail marketers'], [10, 3], 'Daniel Reyes', [800, 50], 30),
  a('Stackhouse spring catalogue mailing', 'email', ['stackhouse'], ['Newsletter', 'Retail marketers'], [11, 1], 'Maya Okafor', [1_500, 100], 20),
  a('Webinar: winning back lapsed buyers', 'joint_webinar', ['quillmail'], marketers, [24, 1], 'Daniel Reyes', [4_000, 50], 150),
  a('Merchant retention benchmark with Harbor', 'co_branded_content', ['harbor'], ['Content', 'Harbor merchants'], [25, 21], 'Maya Okafor', [3_500, 50], 80),
  a('Northstar partner webinar', 'joint_webinar', ['northstar'], ['Webinar', 'UK retailers'], [30, 1], 'Priya Nair', [2_500, 50], 40),
  a('Harbor featured placement', 'cross_promotion', ['harbor'], harborMerchants, [35, 30], 'Maya Okafor', [5_000, 50], 90),
  a('Brightpath renewal announcement', 'pr', ['brightpath'], ['Press', 'Trade press'], [45, 1], 'Tom Becker', [0, 100]),
  a('Parcelpoint connector launch', 'launch', ['parcelpoint'], ['Email', 'EU retailers'], [50, 7], 'Priya Nair', [6_000, 60], 50),
  a('Retail Growth Summit booth', 'event_sponsorship', ['summit', 'quillmail'], ['Events', 'Retail decision makers'], [60, 2], 'Daniel Reyes', [40_000, 50], 40),
];

const cents = (dollars: number) => dollars * 100;

function fields(ctx: DemoContext, spec: DemoActivity): ActivityFields {
  const partnerIds = spec.partners.map((key) => ctx.ids[key]);
  const start = ctx.day(spec.inDays);
  const splitPartner = spec.partners.includes('summit') ? ctx.ids.quillmail : partnerIds[0];
  const splits: ActivityFields['splits'] = [{ party: 'ours', percent: spec.ourShare }];
  if (spec.ourShare < 100 && splitPartner !== undefined)
    splits.push({ party: splitPartner, percent: 100 - spec.ourShare });
  return {
    title: spec.title,
    kind: spec.kind,
    partnerIds,
    channel: spec.channel,
    audience: spec.audience,
    startDate: start,
    endDate: ctx.day(spec.inDays + spec.days - 1),
    owner: spec.owner,
    status: spec.inDays + spec.days <= 0 ? 'done' : spec.inDays < 30 ? 'confirmed' : 'planned',
    budgetMinor: cents(spec.budget),
    splits,
    expectedLeads: spec.expectedLeads,
  };
}

/** Joint activities past and upcoming, and quarterly budget plans (one over plan). */
export async function createCalendar(ctx: DemoContext): Promise<void> {
  for (const spec of activities) await ctx.call('calendar.create', fields(ctx, spec));

  const fiscalStart = 1;
  const summitQuarter = fiscalQuarterOf(ctx.day(60), fiscalStart);
  const planned: PartnerKey[] = ['harbor', 'quillmail', 'northstar', 'stackhouse', 'brightpath'];
  for (const key of planned) {
    const partnerId = ctx.ids[key];
    const scheduled = await ctx.call('calendar.budgets', { partnerId });
    const current = fiscalQuarterOf(ctx.today, fiscalStart);
    for (let offset = -2; offset <= 1; offset += 1) {
      const quarter = addFiscalQuarters(current, offset);
      const row = scheduled.find(
        (r) => r.fiscalYear === quarter.fiscalYear && r.quarter === quarter.quarter,
      );
      const booked = row?.scheduledMinor ?? 0;
      const overPlan =
        key === 'quillmail' &&
        quarter.fiscalYear === summitQuarter.fiscalYear &&
        quarter.quarter === summitQuarter.quarter;
      const plan = overPlan
        ? Math.round(booked * 0.75)
        : Math.max(cents(2_000), Math.ceil((booked * 1.2) / cents(500)) * cents(500));
      await ctx.call('calendar.setBudget', { partnerId, ...quarter, plannedMinor: plan });
    }
  }
}
