// M3 key-terms checklist. The five key terms of source 001's agreement playbook (scope,
// revenue/lead sharing, exclusivity, brand usage, termination), plus the data-sharing terms when
// data is shared (source 003, data sharing agreement) and an exit plan (source 003, exit strategy).
// A term is defined when every answer it needs is given; "no" is an answer, "not decided" is not.

export interface AgreementTerms {
  scope: string;
  startDate: string | null;
  revenueModel: 'revenue_share' | 'referral_commission' | 'lead_attribution' | 'none' | null;
  revenueSharePercent: number | null;
  referralCommissionPercent: number | null;
  referralCommissionMonths: number | null;
  leadAttribution: string;
  exclusive: boolean | null;
  excludedParties: readonly string[];
  exclusivityMonths: number | null;
  logoUse: boolean | null;
  logoUsePlaces: readonly string[];
  brandApprovalRequired: boolean | null;
  terminationNoticeDays: number | null;
  dataShared: boolean | null;
  dataSharingTerms: string;
  exitPlan: string;
}

/** How many deliverables each side has, whatever their status. */
export interface DeliverableCounts {
  ours: number;
  theirs: number;
}

export const checklistKeys = [
  'scope',
  'revenue',
  'exclusivity',
  'brand',
  'termination',
  'dataSharing',
  'exitPlan',
] as const;
export type ChecklistKey = (typeof checklistKeys)[number];

export const checklistText: Readonly<Record<ChecklistKey, { label: string; why: string }>> = {
  scope: {
    label: 'Scope and deliverables',
    why: 'What you do together, what each side delivers, and from when.',
  },
  revenue: {
    label: 'Revenue or lead sharing',
    why: 'Who keeps which customers and leads, and what money changes hands.',
  },
  exclusivity: {
    label: 'Exclusivity',
    why: 'Whether either side may also partner with competitors, and for how long not.',
  },
  brand: {
    label: 'Brand usage',
    why: "Whether and where each side may show the other's logo, and who approves it.",
  },
  termination: {
    label: 'Termination',
    why: 'How either side can leave, and with how much notice.',
  },
  dataSharing: {
    label: 'Data-sharing terms',
    why: 'Ownership, permitted use, retention and breach notice for the data you exchange.',
  },
  exitPlan: {
    label: 'Exit plan',
    why: 'What happens to running campaigns, leads, data and shared customers at the end.',
  },
};

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  why: string;
  /** False when the term does not apply (data-sharing terms while no data is shared). */
  applies: boolean;
  defined: boolean;
  /** What is still missing, as short phrases; empty when defined or not applicable. */
  missing: string[];
}

export interface AgreementChecklist {
  items: ChecklistItem[];
  defined: number;
  /** Applicable items only. */
  total: number;
  complete: boolean;
}

const blank = (text: string): boolean => text.trim() === '';

function missingFor(key: ChecklistKey, t: AgreementTerms, d: DeliverableCounts): string[] {
  const missing: string[] = [];
  const need = (condition: boolean, phrase: string) => {
    if (condition) missing.push(phrase);
  };
  switch (key) {
    case 'scope':
      need(blank(t.scope), 'what you will do together');
      need(d.ours === 0, 'a deliverable on our side');
      need(d.theirs === 0, "a deliverable on the partner's side");
      need(t.startDate === null, 'a start date');
      break;
    case 'revenue':
      need(t.revenueModel === null, 'the revenue model');
      need(
        t.revenueModel === 'revenue_share' && t.revenueSharePercent === null,
        'the revenue share percentage',
      );
      need(
        t.revenueModel === 'referral_commission' && t.referralCommissionPercent === null,
        'the commission percentage',
      );
      need(
        t.revenueModel === 'referral_commission' && t.referralCommissionMonths === null,
        'for how many months commission is paid',
      );
      need(
        t.revenueModel === 'lead_attribution' && blank(t.leadAttribution),
        'how leads are attributed',
      );
      break;
    case 'exclusivity':
      need(t.exclusive === null, 'whether either side may partner with competitors');
      need(t.exclusive === true && t.excludedParties.length === 0, 'who is excluded');
      need(t.exclusive === true && t.exclusivityMonths === null, 'how long exclusivity lasts');
      break;
    case 'brand':
      need(t.logoUse === null, "whether each side may use the other's logo");
      need(t.logoUse === true && t.logoUsePlaces.length === 0, 'where logos may appear');
      need(
        t.logoUse === true && t.brandApprovalRequired === null,
        'whether each use needs approval first',
      );
      break;
    case 'termination':
      need(t.terminationNoticeDays === null, 'the notice period');
      break;
    case 'dataSharing':
      need(blank(t.dataSharingTerms), 'the data-sharing terms');
      break;
    case 'exitPlan':
      need(blank(t.exitPlan), 'an exit plan');
      break;
  }
  return missing;
}

export function agreementChecklist(
  terms: AgreementTerms,
  deliverables: DeliverableCounts,
): AgreementChecklist {
  const items = checklistKeys.map((key): ChecklistItem => {
    const applies = key !== 'dataSharing' || terms.dataShared === true;
    const missing = applies ? missingFor(key, terms, deliverables) : [];
    return {
      key,
      ...checklistText[key],
      applies,
      defined: applies && missing.length === 0,
      missing,
    };
  });
  const applicable = items.filter((item) => item.applies);
  const defined = applicable.filter((item) => item.defined).length;
  return { items, defined, total: applicable.length, complete: defined === applicable.length };
}

/** Counts deliverables per side. */
export function countDeliverables(
  deliverables: readonly { side: 'ours' | 'theirs' }[],
): DeliverableCounts {
  let ours = 0;
  for (const d of deliverables) if (d.side === 'ours') ours += 1;
  return { ours, theirs: deliverables.length - ours };
}
