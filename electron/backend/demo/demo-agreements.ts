import type { AgreementFields, DeliverableFields } from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

type Deliverable = [
  side: 'ours' | 'theirs',
  description: string,
  dueInDays: number | null,
  status: DeliverableFields['status'],
];

interface DemoAgreement {
  fields: (ctx: DemoContext) => AgreementFields;
  deliverables: Deliverable[];
}

const standardExit =
  'Campaigns already announced run to their end date; each side keeps the leads it captured; shared data is deleted within 30 days.';

const agreements: Partial<Record<PartnerKey, DemoAgreement>> = {
  harbor: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-26, 3),
      endDate: ctx.monthsFrom(10, 2),
      scope:
        'Tidewater app in the Harbor marketplace with a native data connector; two joint campaigns a quarter; a shared roadmap review twice a year.',
      revenueModel: 'revenue_share',
      revenueSharePercent: 20,
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Websites', 'App marketplace', 'Co-branded content'],
      brandApprovalRequired: true,
      terminationNoticeDays: 90,
      dataShared: true,
      dataSharingTerms:
        'Store-level order data flows to Tidewater under the merchant’s own consent; no personal data leaves the merchant’s account; deletion within 30 days of uninstall.',
      ipOwnership: 'Each side owns its product; joint content is co-owned.',
      exitPlan: standardExit,
    }),
    deliverables: [
      ['ours', 'Connector upgraded to the Harbor v3 API', -40, 'done'],
      ['ours', 'Quarterly merchant retention benchmark', 25, 'in_progress'],
      ['theirs', 'Featured placement in the marketplace for one month', 35, 'planned'],
      ['theirs', 'Case study with two merchants', -10, 'in_progress'],
    ],
  },
  quillmail: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-20),
      endDate: ctx.monthsFrom(4),
      scope: 'One joint webinar a quarter, two co-written guides a year, newsletter swaps.',
      revenueModel: 'lead_attribution',
      leadAttribution:
        'Each side keeps the leads from its own registration page; shared webinar lists are split by UTM source.',
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Websites', 'Webinar slides'],
      brandApprovalRequired: false,
      terminationNoticeDays: 30,
      dataShared: false,
      exitPlan: standardExit,
    }),
    deliverables: [
      ['ours', 'Webinar deck and speaker', 20, 'in_progress'],
      ['theirs', 'Promotion to 120,000 newsletter subscribers', 18, 'planned'],
      ['ours', 'Guide: segments that email well', -60, 'done'],
      ['theirs', 'Guide review and design', -60, 'done'],
    ],
  },
  northstar: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-15),
      endDate: ctx.monthsFrom(9),
      scope:
        'Northstar resells and implements Tidewater for UK retailers and runs first-line support.',
      revenueModel: 'referral_commission',
      referralCommissionPercent: 20,
      referralCommissionMonths: 12,
      exclusive: true,
      excludedParties: ['Driftwood Insights'],
      exclusivityMonths: 12,
      logoUse: true,
      logoUsePlaces: ['Websites', 'Proposals'],
      brandApprovalRequired: true,
      terminationNoticeDays: 60,
      dataShared: false,
      exitPlan:
        'Northstar keeps supporting its clients for 90 days while they move to direct support.',
    }),
    deliverables: [
      ['theirs', 'Two certified consultants', -30, 'done'],
      ['ours', 'Sales training for the new account team', 14, 'planned'],
      ['theirs', 'Pipeline review every month', 10, 'in_progress'],
    ],
  },
  stackhouse: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-11),
      endDate: ctx.monthsFrom(13),
      scope: 'Tidewater listed and billed through the Stackhouse catalogue in the EU.',
      revenueModel: 'revenue_share',
      revenueSharePercent: 25,
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Catalogue listing'],
      brandApprovalRequired: false,
      terminationNoticeDays: 60,
      dataShared: true,
      exitPlan: standardExit,
    }),
    deliverables: [
      ['ours', 'Localised listing in German and French', 30, 'in_progress'],
      ['theirs', 'Catalogue newsletter feature', 45, 'planned'],
    ],
  },
  brightpath: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-23, 10),
      endDate: ctx.day(40),
      scope:
        'Checkout data in Tidewater reports; joint offer for Brightpath merchants; shared case studies.',
      revenueModel: 'none',
      exclusive: true,
      excludedParties: ['Corvid Pay'],
      exclusivityMonths: 24,
      logoUse: true,
      logoUsePlaces: ['Websites', 'Press releases'],
      brandApprovalRequired: true,
      terminationNoticeDays: 90,
      dataShared: true,
      dataSharingTerms:
        'Aggregated checkout metrics only; no card data; a data processing agreement signed by both legal teams.',
      exitPlan: standardExit,
    }),
    deliverables: [
      ['ours', 'Checkout report for renewal review', 15, 'in_progress'],
      ['theirs', 'Renewal proposal', 20, 'planned'],
    ],
  },
  parcelpoint: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.day(-21),
      endDate: ctx.monthsFrom(12, -21),
      scope: 'Delivery-time data joined to repeat-purchase reports; a launch announcement.',
      revenueModel: 'none',
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Websites'],
      brandApprovalRequired: true,
      terminationNoticeDays: 30,
      dataShared: true,
      dataSharingTerms: 'Parcel events per order id, no addresses; kept 13 months.',
      exitPlan: standardExit,
    }),
    deliverables: [
      ['ours', 'Connector beta', 45, 'in_progress'],
      ['theirs', 'Sandbox account and API keys', 7, 'planned'],
    ],
  },
  merchantWeekly: {
    fields: (ctx) => ({
      status: 'signed',
      startDate: ctx.monthsFrom(-17),
      endDate: ctx.monthsFrom(7),
      scope: 'A monthly benchmark column written by Tidewater, published by The Merchant Weekly.',
      revenueModel: 'none',
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Newsletter'],
      brandApprovalRequired: false,
      terminationNoticeDays: 30,
      dataShared: false,
      exitPlan: 'Published columns stay online with attribution.',
    }),
    deliverables: [['ours', 'Benchmark column', -200, 'done']],
  },
  summit: {
    fields: (ctx) => ({
      status: 'in_review',
      startDate: ctx.monthsFrom(1),
      endDate: ctx.monthsFrom(3),
      scope: 'Shared booth with Quillmail and one breakout session at the Summit.',
      revenueModel: 'none',
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Event website', 'Booth'],
      brandApprovalRequired: true,
      dataShared: true,
      dataSharingTerms: 'Badge scans shared with the two booth sponsors only.',
    }),
    deliverables: [
      ['ours', 'Breakout session: retention in 20 minutes', 70, 'planned'],
      ['theirs', 'Booth space and two passes', 60, 'planned'],
    ],
  },
  lattice: {
    fields: () => ({
      status: 'draft',
      scope: 'Loyalty points for shared customers who connect both tools; a joint launch.',
      revenueModel: 'referral_commission',
      referralCommissionPercent: 15,
    }),
    deliverables: [
      ['ours', 'Integration design note', 20, 'in_progress'],
      ['theirs', 'Points rules for connected accounts', 25, 'planned'],
    ],
  },
  orbit: {
    fields: (ctx) => ({
      status: 'terminated',
      startDate: ctx.monthsFrom(-14),
      endDate: ctx.monthsFrom(-5),
      scope: 'A co-branded quarterly report on social commerce.',
      revenueModel: 'none',
      exclusive: false,
      logoUse: true,
      logoUsePlaces: ['Report cover'],
      brandApprovalRequired: true,
      terminationNoticeDays: 30,
      dataShared: false,
      exitPlan: 'Reports stay online; no further issues.',
    }),
    deliverables: [['ours', 'Second report issue', -170, 'done']],
  },
};

/** Agreements with their deliverables. */
export async function createAgreements(ctx: DemoContext): Promise<void> {
  for (const [key, spec] of Object.entries(agreements) as [PartnerKey, DemoAgreement][]) {
    const partnerId = ctx.ids[key];
    await ctx.call('agreements.save', { partnerId, fields: spec.fields(ctx) });
    for (const [side, description, due, status] of spec.deliverables) {
      await ctx.call('deliverables.create', {
        partnerId,
        side,
        description,
        dueDate: due === null ? null : ctx.day(due),
        status,
      });
    }
  }
}
