import type { HealthPillar, MethodInput } from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

const pillars: readonly HealthPillar[] = [
  'purpose',
  'governance',
  'culture',
  'incentives',
  'knowledge',
  'technology',
  'resilience',
];

interface DemoCheck {
  partner: PartnerKey;
  daysAgo: number;
  respondents: [string, string];
  /** Scores per pillar in the order above, ours then theirs. */
  ours: number[];
  theirs: number[];
  rationale?: Partial<Record<HealthPillar, [string, string]>>;
}

// prettier-ignore
const checks: DemoCheck[] = [
  { partner: 'harbor', daysAgo: 190, respondents: ['Maya Okafor', 'Grace Liu'], ours: [4, 3, 4, 3, 3, 4, 3], theirs: [4, 3, 3, 4, 3, 4, 3] },
  { partner: 'harbor', daysAgo: 12, respondents: ['Maya Okafor', 'Grace Liu'], ours: [5, 4, 4, 4, 4, 5, 4], theirs: [5, 4, 4, 3, 4, 5, 4] },
  { partner: 'northstar', daysAgo: 150, respondents: ['Priya Nair', 'James Whitaker'], ours: [4, 3, 4, 2, 3, 3, 3], theirs: [4, 4, 4, 4, 3, 3, 3] },
  { partner: 'northstar', daysAgo: 20, respondents: ['Priya Nair', 'James Whitaker'], ours: [4, 4, 4, 3, 4, 3, 3], theirs: [4, 4, 4, 3, 4, 3, 4] },
  {
    partner: 'brightpath', daysAgo: 25, respondents: ['Tom Becker', 'Marcus Green'], ours: [4, 3, 4, 4, 3, 4, 2], theirs: [4, 3, 4, 2, 3, 4, 4],
    rationale: {
      incentives: ['The joint offer pays off for both.', 'We carry the offer cost; Tidewater gets the data.'],
      resilience: ['The end date is close and nothing is decided.', 'We expect to renew.'],
    },
  },
  { partner: 'quillmail', daysAgo: 40, respondents: ['Daniel Reyes', 'Sofia Marin'], ours: [4, 4, 5, 4, 4, 3, 3], theirs: [4, 4, 5, 4, 3, 3, 3] },
];

function side(scores: number[], rationale: DemoCheck['rationale'], index: 0 | 1) {
  return Object.fromEntries(
    pillars.map((pillar, i) => [
      pillar,
      { score: scores[i] ?? 3, rationale: rationale?.[pillar]?.[index] ?? '' },
    ]),
  );
}

/** Bilateral health checks, some with history; forecasts; revenue-share terms; unit economics. */
export async function createEconomics(ctx: DemoContext): Promise<void> {
  for (const check of checks) {
    await ctx.call('healthChecks.create', {
      partnerId: ctx.ids[check.partner],
      date: ctx.day(-check.daysAgo),
      ourRespondent: check.respondents[0],
      theirRespondent: check.respondents[1],
      ours: side(check.ours, check.rationale, 0),
      theirs: side(check.theirs, check.rationale, 1),
    });
  }

  const base: MethodInput<'forecast.save'>['fields'] = {
    startPeriod: ctx.period(0),
    months: 24,
    baseLeadsPerMonth: 190,
    rampShape: 'linear',
    rampMonths: 3,
    monthlyGrowthPercent: 2,
    seasonality: [0.9, 0.9, 1, 1, 1, 0.9, 0.8, 0.8, 1.1, 1.2, 1.4, 1.3],
    qualificationPercent: 34,
    closePercent: 22,
    dealValue: 300_000,
    recurringEnabled: true,
    mrrPerCustomer: 25_000,
    monthlyChurnPercent: 1.8,
    startingCustomers: 140,
    uncertainty: {
      baseLeadsPerMonth: { kind: 'pert', low: 140, high: 240 },
      closePercent: { kind: 'triangular', low: 15, high: 28 },
      monthlyChurnPercent: { kind: 'pert', low: 1.2, high: 3 },
    },
    trials: 10_000,
    seed: 7,
  };
  await ctx.call('forecast.save', { partnerId: null, fields: base });
  await ctx.call('forecast.save', {
    partnerId: ctx.ids.harbor,
    fields: {
      ...base,
      months: 12,
      baseLeadsPerMonth: 110,
      qualificationPercent: 36,
      closePercent: 25,
      startingCustomers: 70,
      uncertainty: {
        baseLeadsPerMonth: null,
        monthlyGrowthPercent: null,
        qualificationPercent: null,
        closePercent: null,
        dealValue: null,
        mrrPerCustomer: null,
        monthlyChurnPercent: null,
      },
    },
  });

  await ctx.call('revenueShare.save', {
    partnerId: ctx.ids.harbor,
    terms: {
      tiers: [
        { upTo: 2_000_000, ratePercent: 20 },
        { upTo: null, ratePercent: 15 },
      ],
      bonuses: [{ threshold: 25_000_000, amount: 500_000 }],
      expensePercent: 3,
      cap: 1_500_000,
    },
  });
  await ctx.call('unitEconomics.save', {
    partnerId: null,
    fields: {
      grossMarginPercent: 78,
      monthlyChurnPercent: 1.8,
      monthlyRevenuePerCustomer: 25_000,
      paidCac: 420_000,
      influenceWeightPercent: 40,
      buildInHouseCost: 36_000_000,
    },
  });
}
