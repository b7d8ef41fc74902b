import type { RiskFields } from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

interface DemoRisk {
  partner: PartnerKey | null;
  fields: Omit<RiskFields, 'partnerId' | 'nextReviewDate'>;
  /** Days from today to the next review; negative is overdue. */
  reviewInDays: number | null;
}

const risks: DemoRisk[] = [
  {
    partner: null,
    fields: {
      title: 'Partner-sourced revenue concentrated on one platform',
      category: 'financial',
      likelihood: 4,
      impact: 4,
      mitigation: 'Grow Stackhouse and Northstar so Harbor falls below half of partner revenue.',
      contingency: 'Shift paid budget to direct acquisition for two quarters.',
      owner: 'Tom Becker',
      residualLikelihood: 3,
      residualImpact: 3,
    },
    reviewInDays: 30,
  },
  {
    partner: null,
    fields: {
      title: 'New EU data rules on merchant analytics',
      category: 'regulatory',
      likelihood: 3,
      impact: 5,
      mitigation: 'Legal review of every data-sharing term; processing records kept per partner.',
      owner: 'Sam Whitfield',
      status: 'monitoring',
    },
    reviewInDays: 60,
  },
  {
    partner: null,
    fields: {
      title: 'Partner team stretched across too many launches',
      category: 'operational',
      likelihood: 3,
      impact: 3,
      mitigation:
        'No more than two launches a quarter; pipeline reviewed at each steering meeting.',
      owner: 'Maya Okafor',
    },
    reviewInDays: -12,
  },
  {
    partner: null,
    fields: {
      title: 'Co-branded campaigns dilute the Tidewater brand',
      category: 'reputational',
      likelihood: 2,
      impact: 3,
      treatment: 'accept',
      owner: 'Daniel Reyes',
    },
    reviewInDays: 90,
  },
  {
    partner: 'harbor',
    fields: {
      title: 'Harbor builds its own retention dashboard',
      category: 'market',
      likelihood: 3,
      impact: 5,
      mitigation: 'Joint roadmap review twice a year; deepen the connector beyond dashboards.',
      contingency: 'Move marketplace spend to Stackhouse and direct channels.',
      owner: 'Maya Okafor',
      residualLikelihood: 2,
      residualImpact: 5,
    },
    reviewInDays: 45,
  },
  {
    partner: 'harbor',
    fields: {
      title: 'API change breaks the connector',
      category: 'operational',
      likelihood: 2,
      impact: 4,
      mitigation: 'Early-access programme for API changes; contract tests run nightly.',
      owner: 'Priya Nair',
      status: 'monitoring',
    },
    reviewInDays: 20,
  },
  {
    partner: 'quillmail',
    fields: {
      title: 'Webinar fatigue among retail marketers',
      category: 'market',
      likelihood: 3,
      impact: 2,
      mitigation: 'Alternate webinars with short guides; cap at one webinar a quarter.',
      owner: 'Daniel Reyes',
      status: 'monitoring',
    },
    reviewInDays: -8,
  },
  {
    partner: 'northstar',
    fields: {
      title: 'Northstar discounts below list price',
      category: 'channelConflict',
      likelihood: 3,
      impact: 3,
      mitigation: 'Price floor in the reseller terms; quarterly deal review.',
      owner: 'Priya Nair',
    },
    reviewInDays: -5,
  },
  {
    partner: 'stackhouse',
    fields: {
      title: 'Customer data shared without written limits',
      category: 'dataIp',
      likelihood: 3,
      impact: 4,
      mitigation: 'Write the data-sharing terms into the agreement this quarter.',
      owner: 'Sam Whitfield',
    },
    reviewInDays: 14,
  },
  {
    partner: 'brightpath',
    fields: {
      title: 'Renewal slips past the end date',
      category: 'relationship',
      likelihood: 3,
      impact: 4,
      mitigation: 'Renewal decision at the next steering meeting; proposal requested.',
      owner: 'Tom Becker',
    },
    reviewInDays: 10,
  },
  {
    partner: 'merchantWeekly',
    fields: {
      title: 'Editor change ends the column',
      category: 'relationship',
      likelihood: 4,
      impact: 3,
      mitigation: 'Meet the new editor; offer the column as a quarterly report instead.',
      owner: 'Daniel Reyes',
    },
    reviewInDays: 5,
  },
  {
    partner: 'parcelpoint',
    fields: {
      title: 'No counterpart since their integrations lead left',
      category: 'relationship',
      likelihood: 4,
      impact: 3,
      mitigation: 'Ask their VP Product to name a new owner at the kick-off follow-up.',
      owner: 'Priya Nair',
    },
    reviewInDays: 7,
  },
  {
    partner: 'summit',
    fields: {
      title: 'Booth leads not followed up',
      category: 'operational',
      likelihood: 2,
      impact: 2,
      treatment: 'mitigate',
      mitigation: 'Follow-up sequence ready before the event.',
      owner: 'Daniel Reyes',
    },
    reviewInDays: 50,
  },
  {
    partner: 'lattice',
    fields: {
      title: 'Points cost more than the revenue they bring',
      category: 'financial',
      likelihood: 2,
      impact: 3,
      treatment: 'transfer',
      mitigation: 'Lattice funds the points; we fund the integration.',
      owner: 'Maya Okafor',
    },
    reviewInDays: 35,
  },
  {
    partner: 'orbit',
    fields: {
      title: 'Report audience never matched our buyers',
      category: 'market',
      likelihood: 4,
      impact: 2,
      treatment: 'avoid',
      owner: 'Daniel Reyes',
      status: 'closed',
    },
    reviewInDays: null,
  },
];

/** Program-wide and per-partner risks, some past their review date. */
export async function createRisks(ctx: DemoContext): Promise<void> {
  for (const risk of risks) {
    await ctx.call('risks.create', {
      ...risk.fields,
      partnerId: risk.partner === null ? null : ctx.ids[risk.partner],
      nextReviewDate: risk.reviewInDays === null ? null : ctx.day(risk.reviewInDays),
    });
  }
}
