import { diagnosePartnership } from '../../shared/domain/diagnostics.ts';
import type { DiagnosticCheckId, PartnershipFacts } from '../../shared/domain/diagnostics.ts';

export const today = '2026-06-15';

/** A well-run partnership: no check fires. */
export function healthyFacts(overrides: Partial<PartnershipFacts> = {}): PartnershipFacts {
  return {
    partnerId: 7,
    name: 'Acme Analytics',
    stage: 'active',
    ownerOurs: 'Dana',
    ownerTheirs: 'Lee',
    goalOurs: 'Qualified leads from mid-market retailers',
    goalTheirs: 'More integrations sold',
    agreement: {
      status: 'signed',
      endDate: '2027-06-30',
      exclusivityEndDate: null,
      terminationNoticeDays: 30,
      exitPlan: 'Customers stay with the acquiring party; joint pages retired within 30 days.',
      dataShared: true,
      dataSharingTerms: 'Lead data only, deleted after 12 months, GDPR processor terms.',
    },
    openDeliverables: { ours: 3, theirs: 2 },
    charter: { successDefinition: '40 qualified leads a quarter', cadence: 'monthly' },
    kpiCategories: ['leads_conversion', 'reach'],
    lastCheckInDate: '2026-06-01',
    lastActivityDate: '2026-05-20',
    lastMeetingDate: '2026-06-01',
    lastActualDate: '2026-05-31',
    fit: { complementary: 5, sharedAudience: 4, competitorFlag: false },
    risks: [
      {
        title: 'Channel conflict with resellers',
        band: 'high',
        owner: 'Dana',
        mitigation: 'Deal registration',
        nextReviewDate: '2026-07-01',
        status: 'open',
      },
    ],
    decisions: [],
    ...overrides,
  };
}

/** Ids of the checks that fire. */
export function fired(facts: PartnershipFacts, on = today): DiagnosticCheckId[] {
  return diagnosePartnership(facts, on).map((d) => d.checkId);
}

/** The finding of one check, if it fires. */
export function only(checkId: DiagnosticCheckId, facts: PartnershipFacts, on = today) {
  return diagnosePartnership(facts, on).find((d) => d.checkId === checkId);
}
