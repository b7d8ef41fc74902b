import type { CharterFields, ReviewCadence } from '../../../shared/contract/index.ts';
import { rowKey, type DemoContext, type PartnerKey } from './demo-context.ts';
import { demoPartners } from './demo-partner-data.ts';

type Member = [name: string, role: string, side: 'ours' | 'theirs'];
/** A decision and the role of each member by position: R, A, C, I or '-' for none. */
type RaciRow = [decision: string, roles: string];

function charter(
  members: Member[],
  raci: RaciRow[],
  escalation: [who: string, responseTime: string][],
  text: Pick<CharterFields, 'strategicIntent' | 'scope' | 'successDefinition'>,
  cadence: ReviewCadence,
): CharterFields {
  const memberRows = members.map(([name, role, side], index) => ({
    key: rowKey('m', index),
    name,
    role,
    side,
  }));
  return {
    ...text,
    members: memberRows,
    decisions: raci.map(([decision, roles], index) => ({
      key: rowKey('d', index),
      decision,
      roles: Object.fromEntries(
        [...roles].flatMap((role, i) => {
          const member = memberRows[i];
          return role === '-' || !member ? [] : [[member.key, role as 'R' | 'A' | 'C' | 'I']];
        }),
      ),
    })),
    checkInCadence: cadence,
    quarterlyReview: cadence !== 'quarterly',
    annualAudit: true,
    cadenceNotes:
      'Check-ins are 30 minutes; the quarterly review takes an hour with both sponsors.',
    escalation: escalation.map(([who, responseTime], index) => ({
      key: rowKey('e', index),
      who,
      responseTime,
    })),
    conflictResolution:
      'The two owners try first; if they cannot agree within a week, the sponsors decide together. Nothing goes to lawyers before that.',
    reportingProtocol:
      'Shared figures by the 5th working day of each month; the scorecard before every quarterly review.',
  };
}

const programCharter = charter(
  [
    ['Tom Becker', 'Chief executive, chair', 'ours'],
    ['Maya Okafor', 'Head of Partnerships', 'ours'],
    ['Lena Fischer', 'Chief financial officer', 'ours'],
    ['Daniel Reyes', 'Partner marketing manager', 'ours'],
    ['Sam Whitfield', 'Legal counsel', 'ours'],
    ['Grace Liu', 'Harbor Commerce, partner advisory seat', 'theirs'],
  ],
  [
    ['Sign, renew or exit a partnership', 'ARCIC-'],
    ['Approve a joint campaign over $10,000', 'CCAR--'],
    ['Share customer data with a partner', 'IRC-A-'],
    ['Change a partner tier', 'CAIR-C'],
    ['Set the yearly partner program budget', 'ARRI--'],
  ],
  [
    ['Partner owners on both sides', '2 working days'],
    ['Head of Partnerships and the partner sponsor', '1 week'],
    ['Steering committee', 'Next meeting, at most 2 weeks'],
  ],
  {
    strategicIntent:
      'Partners bring a third of new customers within two years, at less than half the cost of paid acquisition.',
    scope:
      'Integration, channel, co-marketing and content partners in North America and Europe. Joint ventures are out of scope.',
    successDefinition:
      'Partner-sourced revenue reaches $70,000 a month; every active partnership has a named owner on both sides, a signed agreement and a scorecard above 70.',
  },
  'monthly',
);

interface PartnerCharter {
  intent: string;
  success: string;
  cadence: ReviewCadence;
  extra?: Member;
}

const partnerCharters: Partial<Record<PartnerKey, PartnerCharter>> = {
  harbor: {
    intent: 'Be the analytics layer of the Harbor platform.',
    success: '500 installs a year and a 20 % share of new customers from the marketplace.',
    cadence: 'monthly',
    extra: ['Omar Haddad', 'Marketplace product manager', 'theirs'],
  },
  quillmail: {
    intent: 'Teach retailers to send fewer, better emails, together.',
    success: 'Four webinars a year with 150 qualified leads between them.',
    cadence: 'monthly',
  },
  northstar: {
    intent: 'A UK channel that sells and implements without us in the room.',
    success: 'Ten new customers a quarter through Northstar, each live within 30 days.',
    cadence: 'monthly',
    extra: ['Aoife Byrne', 'Delivery lead', 'theirs'],
  },
  stackhouse: {
    intent: 'One-invoice buying for European retailers.',
    success: '60 qualified leads a quarter from the catalogue.',
    cadence: 'monthly',
  },
  brightpath: {
    intent: 'Checkout and retention data in one place for shared merchants.',
    success: 'Joint offer taken by 200 merchants; churn of shared merchants below 1.5 % a month.',
    cadence: 'monthly',
  },
  parcelpoint: {
    intent: 'Show merchants what late parcels cost them.',
    success: 'Connector live with 50 merchants in the first six months.',
    cadence: 'monthly',
  },
  merchantWeekly: {
    intent: 'A trusted monthly voice in retail operations.',
    success: 'Twelve columns a year and 1,000 report downloads.',
    cadence: 'monthly',
  },
  summit: {
    intent: 'Meet retail decision makers in person once a year.',
    success: '300 booth conversations and 40 qualified leads.',
    cadence: 'quarterly',
  },
};

/** The program charter (approved once, with a newer draft) and the partner charters. */
export async function createCharters(ctx: DemoContext): Promise<void> {
  await ctx.call('charters.save', { partnerId: null, fields: programCharter });
  await ctx.call('charters.approve', {
    partnerId: null,
    approvedOn: ctx.day(-300),
    approvedBy: 'Steering committee',
  });
  await ctx.call('charters.save', {
    partnerId: null,
    fields: {
      ...programCharter,
      scope: `${programCharter.scope ?? ''} Loyalty partners join from this year.`,
    },
  });

  for (const [key, spec] of Object.entries(partnerCharters) as [PartnerKey, PartnerCharter][]) {
    const partner = demoPartners[key].fields;
    const candidates: Member[] = [
      [partner.ownerOurs ?? 'Maya Okafor', 'Partner owner', 'ours'],
      ...(partner.ownerTheirs ? [[partner.ownerTheirs, 'Partner owner', 'theirs'] as Member] : []),
      ['Maya Okafor', 'Head of Partnerships (sponsor)', 'ours'],
      ...(spec.extra ? [spec.extra] : []),
    ];
    const members = candidates.filter(
      (member, index, all) => all.findIndex((m) => m[0] === member[0]) === index,
    );
    const sponsor = members.findIndex((m) => m[0] === 'Maya Okafor');
    const roles = (owner: string, others: string) =>
      members.map((_, i) => (i === sponsor ? 'A' : i === 0 ? owner : others)).join('');
    const fields = charter(
      members,
      [
        ['Approve a joint campaign', roles('R', 'C')],
        ['Change scope or deliverables', roles('C', 'I')],
      ],
      [
        ['Both partner owners', '3 working days'],
        ['Sponsors on both sides', '2 weeks'],
      ],
      {
        strategicIntent: spec.intent,
        scope: demoPartners[key].fields.goalOurs ?? '',
        successDefinition: spec.success,
      },
      spec.cadence,
    );
    await ctx.call('charters.save', { partnerId: ctx.ids[key], fields });
  }
}
