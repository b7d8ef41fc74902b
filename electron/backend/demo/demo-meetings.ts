import type { DecisionKind, MeetingKind } from '../../../shared/contract/index.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';

type Action = [
  title: string,
  owner: string,
  dueInDays: number,
  status: 'open' | 'in_progress' | 'done',
];
type Decision = [decision: string, kind: DecisionKind, decidedBy: string, rationale: string];

interface DemoMeeting {
  partner: PartnerKey | null;
  kind: MeetingKind;
  title: string;
  /** Days from today; a positive number is a meeting still to come. */
  inDays: number;
  attendees: string[];
  notes?: string;
  actions?: Action[];
  decisions?: Decision[];
}

const committee = ['Tom Becker', 'Maya Okafor', 'Lena Fischer', 'Daniel Reyes', 'Grace Liu'];

const meetings: DemoMeeting[] = [
  {
    partner: null,
    kind: 'steering',
    title: 'Steering committee Q1',
    inDays: -272,
    attendees: committee,
    notes: 'Harbor ahead of plan; EU expansion discussed.',
    decisions: [
      [
        'Expand Harbor to the EU marketplace',
        'expand',
        'Steering committee',
        'Installs in North America beat the plan two quarters running.',
      ],
    ],
  },
  {
    partner: null,
    kind: 'steering',
    title: 'Steering committee Q2',
    inDays: -181,
    attendees: committee,
    decisions: [
      [
        'Lower the Northstar commission to 20 % for 12 months',
        'adjust',
        'Steering committee',
        'Deal sizes grew; 25 % no longer fits our margin.',
      ],
    ],
    actions: [['Publish the partner tier criteria', 'Maya Okafor', -150, 'done']],
  },
  {
    partner: null,
    kind: 'steering',
    title: 'Steering committee Q3',
    inDays: -90,
    attendees: committee,
    notes: 'Merchant Weekly has gone quiet; Brightpath renewal ahead.',
    decisions: [
      [
        'Renew Quillmail for another year',
        'renew',
        'Steering committee',
        'Webinars bring our cheapest qualified leads.',
      ],
    ],
    actions: [
      ['Decide whether to keep The Merchant Weekly', 'Daniel Reyes', -30, 'open'],
      ['Shortlist two loyalty partners', 'Maya Okafor', -60, 'done'],
    ],
  },
  {
    partner: null,
    kind: 'steering',
    title: 'Steering committee Q4',
    inDays: 21,
    attendees: committee,
  },
  {
    partner: null,
    kind: 'audit',
    title: 'Annual partnership audit',
    inDays: -120,
    attendees: ['Lena Fischer', 'Maya Okafor', 'Sam Whitfield'],
    notes: 'Agreements complete except Stackhouse data-sharing terms.',
    actions: [['Write the Stackhouse data-sharing terms', 'Sam Whitfield', -20, 'in_progress']],
  },
  {
    partner: 'harbor',
    kind: 'qbr',
    title: 'Harbor QBR',
    inDays: -95,
    attendees: ['Maya Okafor', 'Grace Liu', 'Omar Haddad'],
    decisions: [
      [
        'Keep the 20 % revenue share; review at 500 installs a year',
        'other',
        'Maya Okafor and Grace Liu',
        'Both sides are within plan.',
      ],
    ],
  },
  {
    partner: 'harbor',
    kind: 'qbr',
    title: 'Harbor QBR',
    inDays: -4,
    attendees: ['Maya Okafor', 'Grace Liu', 'Omar Haddad'],
    notes: 'Installs up 18 % on the quarter. Featured placement agreed for next month.',
    actions: [
      ['Send the merchant retention benchmark draft', 'Maya Okafor', 10, 'open'],
      ['Confirm the featured placement dates', 'Grace Liu', 7, 'open'],
    ],
  },
  {
    partner: 'harbor',
    kind: 'check_in',
    title: 'Harbor check-in',
    inDays: -35,
    attendees: ['Maya Okafor', 'Grace Liu'],
  },
  {
    partner: 'quillmail',
    kind: 'qbr',
    title: 'Quillmail QBR',
    inDays: -60,
    attendees: ['Daniel Reyes', 'Sofia Marin'],
    actions: [['Share webinar attendance by segment', 'Sofia Marin', -45, 'done']],
  },
  {
    partner: 'quillmail',
    kind: 'check_in',
    title: 'Quillmail check-in',
    inDays: -9,
    attendees: ['Daniel Reyes', 'Sofia Marin'],
    notes: 'Next webinar topic agreed: winning back lapsed buyers.',
    actions: [
      ['Draft webinar abstract', 'Daniel Reyes', -2, 'open'],
      ['Book the Summit booth with Retail Growth Summit', 'Daniel Reyes', 12, 'in_progress'],
    ],
  },
  {
    partner: 'northstar',
    kind: 'qbr',
    title: 'Northstar QBR',
    inDays: -70,
    attendees: ['Priya Nair', 'James Whitaker', 'Aoife Byrne'],
  },
  {
    partner: 'northstar',
    kind: 'check_in',
    title: 'Northstar pipeline review',
    inDays: -15,
    attendees: ['Priya Nair', 'James Whitaker'],
    actions: [['Price floor reminder to the Northstar sales team', 'James Whitaker', -3, 'open']],
  },
  {
    partner: 'stackhouse',
    kind: 'check_in',
    title: 'Stackhouse check-in',
    inDays: -18,
    attendees: ['Maya Okafor', 'Elena Petrova'],
    decisions: [
      [
        'Move Stackhouse to the Silver tier',
        'other',
        'Maya Okafor',
        'Scorecard above 50 for three months.',
      ],
    ],
  },
  {
    partner: 'brightpath',
    kind: 'qbr',
    title: 'Brightpath QBR',
    inDays: -62,
    attendees: ['Tom Becker', 'Marcus Green'],
  },
  {
    partner: 'brightpath',
    kind: 'check_in',
    title: 'Brightpath renewal check-in',
    inDays: -20,
    attendees: ['Tom Becker', 'Marcus Green'],
    notes: 'Both sides want to continue; terms to be decided by the steering committee.',
  },
  {
    partner: 'parcelpoint',
    kind: 'check_in',
    title: 'Parcelpoint kick-off',
    inDays: -14,
    attendees: ['Priya Nair', 'Jonas Weber'],
    notes:
      'Kick-off held, but their integrations lead is leaving: nobody owns the partnership on their side yet.',
    actions: [['Ask Parcelpoint to name a partnership owner', 'Priya Nair', 5, 'open']],
  },
  {
    partner: 'merchantWeekly',
    kind: 'check_in',
    title: 'Merchant Weekly check-in',
    inDays: -245,
    attendees: ['Daniel Reyes', 'Hannah Cole'],
  },
  {
    partner: 'summit',
    kind: 'check_in',
    title: 'Summit planning call',
    inDays: -30,
    attendees: ['Daniel Reyes', 'Luca Bianchi'],
  },
  {
    partner: 'lattice',
    kind: 'check_in',
    title: 'First call with Lattice Loyalty',
    inDays: -60,
    attendees: ['Maya Okafor', 'Nina Patel'],
    notes:
      'Shared customers: about 300. They want predicted value per member; we want connected accounts.',
  },
  {
    partner: 'lattice',
    kind: 'check_in',
    title: 'Lattice term sheet review',
    inDays: -9,
    attendees: ['Maya Okafor', 'Nina Patel'],
  },
  {
    partner: 'cobalt',
    kind: 'check_in',
    title: 'Cobalt first call',
    inDays: -25,
    attendees: ['Priya Nair', 'Ben Carter'],
    notes:
      'Fit looks conditional: they may build insights themselves. Second call after their roadmap review.',
  },
  {
    partner: 'orbit',
    kind: 'steering',
    title: 'Orbit Social exit review',
    inDays: -152,
    attendees: ['Tom Becker', 'Daniel Reyes'],
    decisions: [
      [
        'Exit the Orbit Social partnership',
        'exit',
        'Tom Becker',
        'Two reports, 14 qualified leads: the audience is not our buyer.',
      ],
    ],
  },
];

/** Meetings with their actions and decisions. */
export async function createMeetings(ctx: DemoContext): Promise<void> {
  for (const spec of meetings) {
    const partnerId = spec.partner === null ? null : ctx.ids[spec.partner];
    const meeting = await ctx.call('meetings.create', {
      partnerId,
      kind: spec.kind,
      title: spec.title,
      date: ctx.day(spec.inDays),
      attendees: spec.attendees,
      notes: spec.notes ?? '',
    });
    for (const [title, owner, due, status] of spec.actions ?? []) {
      await ctx.call('actions.create', {
        partnerId,
        meetingId: meeting.id,
        title,
        owner,
        dueDate: ctx.day(due),
        status,
      });
    }
    for (const [decision, kind, decidedBy, rationale] of spec.decisions ?? []) {
      await ctx.call('decisions.create', {
        partnerId,
        meetingId: meeting.id,
        decision,
        kind,
        date: ctx.day(spec.inDays),
        decidedBy,
        rationale,
      });
    }
  }
}
