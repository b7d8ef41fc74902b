import {
  fadingPartnership,
  misalignedIncentives,
  noClearOwner,
  noSharedDefinitionOfSuccess,
  noWrittenAgreement,
  reviewCadence,
  unequalEffort,
  vanityMetricsOnly,
} from './diagnostics-relationship-checks.ts';
import {
  audienceMismatch,
  competitorCannibalisation,
  dataSharedWithoutTerms,
  expiring,
  noExitPlan,
  unmanagedHighRisk,
} from './diagnostics-terms-checks.ts';
import type { Check, PartnershipFacts, Severity } from './diagnostics-facts.ts';

export type * from './diagnostics-facts.ts';

/** The four documents in shared/sources, by their file prefix. */
export type SourceId = '000' | '001' | '002' | '003';

export interface CheckDefinition {
  title: string;
  /** When the check fires, for the dashboard legend and the pack's appendix. */
  rule: string;
  fix: string;
  sourceId: SourceId;
  /** Further sources that make the same point. */
  seeAlso: readonly SourceId[];
  run: Check;
}

/** SPEC M12 "Anti-pattern checks", in the table's order. */
export const diagnosticChecks = {
  no_clear_owner: {
    title: 'No clear owner',
    rule: 'A signed, active or renewing partnership lacks a named owner on either side.',
    fix: 'Name one person on each side who owns the partnership and can take decisions for it, and record both names. Without an owner, campaigns fall between teams and the relationship quietly dies.',
    sourceId: '001',
    seeAlso: ['002'],
    run: noClearOwner,
  },
  no_written_agreement: {
    title: 'No written agreement',
    rule: 'The partnership is signed, active or renewing but its agreement is not signed.',
    fix: 'Put the terms in writing and get them signed: scope, what each side delivers, how revenue or leads are shared, exclusivity, brand use and how either side can leave. A verbal understanding invites disputes later.',
    sourceId: '000',
    seeAlso: [],
    run: noWrittenAgreement,
  },
  unequal_effort: {
    title: 'Unequal effort',
    rule: "One side carries more than twice the other's open deliverables.",
    fix: 'Rebalance the work: agree at the next check-in what each side delivers and by when, so both carry a fair share and both stay invested in the outcome.',
    sourceId: '001',
    seeAlso: ['000'],
    run: unequalEffort,
  },
  no_shared_success: {
    title: 'No shared definition of success',
    rule: 'From negotiation onward, the charter has no success definition or no KPI is linked.',
    fix: 'Ask both sides what they need from the partnership to call it a success in twelve months, write the answer into the charter and link at least one KPI that measures it.',
    sourceId: '002',
    seeAlso: [],
    run: noSharedDefinitionOfSuccess,
  },
  misaligned_incentives: {
    title: 'Misaligned incentives',
    rule: "Both sides' goals are recorded, they differ, and no KPI is linked.",
    fix: 'Agree on one shared goal both sides win from before the next campaign, and link a KPI that tracks it, so each side is not optimising for a different number.',
    sourceId: '001',
    seeAlso: [],
    run: misalignedIncentives,
  },
  vanity_metrics_only: {
    title: 'Vanity metrics only',
    rule: 'Every linked KPI measures reach or engagement; none measures leads, conversion or revenue.',
    fix: 'Add a KPI for qualified leads, conversions or revenue from the partnership. Reach and engagement show activity, not whether the partnership earns back what it costs.',
    sourceId: '002',
    seeAlso: [],
    run: vanityMetricsOnly,
  },
  review_cadence: {
    title: 'No review cadence / overdue review',
    rule: 'No cadence is set, or the last check-in is older than the cadence allows.',
    fix: 'Set a rhythm both teams keep, such as a monthly check-in and a quarterly business review, book the next one in both diaries now, and log each check-in here.',
    sourceId: '001',
    seeAlso: ['002'],
    run: reviewCadence,
  },
  fading_partnership: {
    title: 'Fading partnership',
    rule: 'No activity, meeting or actual in the last 6 months.',
    fix: 'Decide on purpose: plan a joint activity with a commercial goal and an owner who can take decisions, or agree with the partner to wind the partnership down in good order.',
    sourceId: '002',
    seeAlso: [],
    run: fadingPartnership,
  },
  competitor_cannibalisation: {
    title: 'Competitor / cannibalisation',
    rule: 'The fit scores "complementary offering" 2 or less, or the partner is flagged as a competitor.',
    fix: 'Map where your offers overlap. Keep the partnership to what complements each other, or step back; partnering with a rival for the same customers eats into your own sales.',
    sourceId: '000',
    seeAlso: ['001'],
    run: competitorCannibalisation,
  },
  audience_mismatch: {
    title: 'Audience mismatch',
    rule: 'The fit scores "shared audience" 2 or less.',
    fix: "Check whether the partner's customers would genuinely value your offer on their own. If not, aim at a segment you both serve before investing more, or look for a better-matched partner.",
    sourceId: '000',
    seeAlso: [],
    run: audienceMismatch,
  },
  unmanaged_high_risk: {
    title: 'Unmanaged high risk',
    rule: 'A high or critical risk has no owner or no mitigation, or is past its review date.',
    fix: 'Give every high and critical risk an owner and a mitigation, review it on the date set, and take the register to the next governance meeting.',
    sourceId: '003',
    seeAlso: [],
    run: unmanagedHighRisk,
  },
  no_exit_plan: {
    title: 'No exit plan',
    rule: 'A signed agreement has no termination notice period or no exit plan.',
    fix: 'Add a termination clause (notice period, what happens to running campaigns, who keeps leads and data) and an exit plan covering customers, intellectual property and communication.',
    sourceId: '001',
    seeAlso: ['003'],
    run: noExitPlan,
  },
  data_without_terms: {
    title: 'Data shared without terms',
    rule: 'The agreement says data is shared but its data-sharing terms are empty.',
    fix: 'Write the data-sharing terms before more data changes hands: who owns it, what it may be used for, how long it is kept, how it is secured and how a breach is reported, in line with privacy law.',
    sourceId: '003',
    seeAlso: [],
    run: dataSharedWithoutTerms,
  },
  expiring: {
    title: 'Expiring',
    rule: 'The agreement or exclusivity ends within 60 days and no renew, adjust or exit decision is logged since 90 days before the end.',
    fix: 'Hold a review with the partner before the end date, weigh the results, and log the outcome as a decision: renew, adjust the terms, or exit in good order.',
    sourceId: '001',
    seeAlso: [],
    run: expiring,
  },
} as const satisfies Record<string, CheckDefinition>;

export type DiagnosticCheckId = keyof typeof diagnosticChecks;
export const diagnosticCheckIds = Object.keys(diagnosticChecks) as DiagnosticCheckId[];

export interface Diagnostic {
  checkId: DiagnosticCheckId;
  partnerId: number;
  partnerName: string;
  severity: Severity;
  title: string;
  /** Names the recorded fact that fired the check. */
  reason: string;
  fix: string;
  sourceId: SourceId;
  seeAlso: readonly SourceId[];
}

const severityRank: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/**
 * Firing checks for one partnership, most severe first, then in the table's order. An exited
 * partnership is history and gets none.
 */
export function diagnosePartnership(facts: PartnershipFacts, today: string): Diagnostic[] {
  if (facts.stage === 'exited') return [];
  const found: Diagnostic[] = [];
  for (const checkId of diagnosticCheckIds) {
    const definition: CheckDefinition = diagnosticChecks[checkId];
    const finding = definition.run(facts, today);
    if (!finding) continue;
    found.push({
      checkId,
      partnerId: facts.partnerId,
      partnerName: facts.name,
      severity: finding.severity,
      title: definition.title,
      reason: finding.reason,
      fix: definition.fix,
      sourceId: definition.sourceId,
      seeAlso: definition.seeAlso,
    });
  }
  return found.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

const checkOrder: ReadonlyMap<string, number> = new Map(diagnosticCheckIds.map((id, i) => [id, i]));

/** Program-wide list for the dashboard: most severe first, then by partner name. */
export function diagnoseProgram(
  partnerships: readonly PartnershipFacts[],
  today: string,
): Diagnostic[] {
  const found = partnerships.flatMap((facts) => diagnosePartnership(facts, today));
  // Each name compared once (localeCompare per pair of findings dominated large programs);
  // names that compare equal share a rank, so the order is the one localeCompare gives.
  const names = [...new Set(found.map((d) => d.partnerName))].sort((a, b) => a.localeCompare(b));
  const nameRank = new Map<string, number>();
  names.forEach((name, i) => {
    const previous = names[i - 1];
    const rank =
      previous !== undefined && previous.localeCompare(name) === 0
        ? (nameRank.get(previous) ?? i)
        : i;
    nameRank.set(name, rank);
  });
  return found.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      (nameRank.get(a.partnerName) ?? 0) - (nameRank.get(b.partnerName) ?? 0) ||
      (checkOrder.get(a.checkId) ?? 0) - (checkOrder.get(b.checkId) ?? 0),
  );
}
