// Money in cents; rates (margin, churn, conversion) as fractions. Every ratio is null when its
// divisor is 0, so a screen shows "not enough data" instead of Infinity or NaN.

function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    return null;
  }
  return numerator / denominator;
}

/** Customer acquisition cost = acquisition spend ÷ new customers (cents per customer). */
export function customerAcquisitionCost(spend: number, newCustomers: number): number | null {
  return ratio(spend, newCustomers);
}

/** Customer lifetime value = monthly revenue per customer × gross margin ÷ monthly churn. */
export function customerLifetimeValue(
  monthlyRevenuePerCustomer: number,
  grossMargin: number,
  monthlyChurn: number,
): number | null {
  return ratio(monthlyRevenuePerCustomer * grossMargin, monthlyChurn);
}

/** Return on investment = (revenue − cost) ÷ cost, as a fraction (11.5 = 1,150 %). */
export function returnOnInvestment(revenue: number, cost: number): number | null {
  return ratio(revenue - cost, cost);
}

/** Months to earn back the CAC = CAC ÷ (monthly revenue per customer × gross margin). */
export function paybackMonths(
  cac: number,
  monthlyRevenuePerCustomer: number,
  grossMargin: number,
): number | null {
  return ratio(cac, monthlyRevenuePerCustomer * grossMargin);
}

export interface ChannelComparison {
  partnerCac: number | null;
  paidCac: number | null;
  /** Paid CAC ÷ partner CAC: 3 means a customer costs three times as much through paid channels. */
  paidToPartnerRatio: number | null;
  cheaper: 'partner' | 'paid' | 'equal' | null;
}

/** The financial case of source 002: what the same customer costs through a partner vs paid. */
export function compareAcquisitionChannels(
  partner: { spend: number; newCustomers: number },
  paid: { spend: number; newCustomers: number },
): ChannelComparison {
  const partnerCac = customerAcquisitionCost(partner.spend, partner.newCustomers);
  const paidCac = customerAcquisitionCost(paid.spend, paid.newCustomers);
  const cheaper =
    partnerCac === null || paidCac === null
      ? null
      : partnerCac < paidCac
        ? 'partner'
        : partnerCac > paidCac
          ? 'paid'
          : 'equal';
  return {
    partnerCac,
    paidCac,
    paidToPartnerRatio: partnerCac === null || paidCac === null ? null : ratio(paidCac, partnerCac),
    cheaper,
  };
}

export interface Reach {
  ours: number;
  partners: number;
  /** Gross: overlap between audiences is not known, so it is not deducted (as in the sources). */
  combined: number;
  /** Combined ÷ our solo reach; null without an audience of our own. */
  multipleOfSolo: number | null;
}

export function combinedReach(ourAudience: number, partnerAudiences: readonly number[]): Reach {
  const partners = partnerAudiences.reduce((sum, a) => sum + Math.max(0, a), 0);
  const ours = Math.max(0, ourAudience);
  const combined = ours + partners;
  return { ours, partners, combined, multipleOfSolo: ratio(combined, ours) };
}

export interface FunnelEconomics {
  qualified: number;
  deals: number;
  revenue: number;
  cost: number;
  roi: number | null;
  costPerDeal: number | null;
}

/** One campaign's funnel: e.g. webinar registrants → qualified leads → deals → revenue. */
export function funnelEconomics(funnel: {
  leads: number;
  qualificationRate: number;
  closeRate: number;
  dealValue: number;
  cost: number;
}): FunnelEconomics {
  const qualified = funnel.leads * funnel.qualificationRate;
  const deals = qualified * funnel.closeRate;
  const revenue = Math.round(deals * funnel.dealValue);
  return {
    qualified,
    deals,
    revenue,
    cost: funnel.cost,
    roi: returnOnInvestment(revenue, funnel.cost),
    costPerDeal: ratio(funnel.cost, deals),
  };
}

export interface RevenueViews {
  /** Revenue tracked to the partner (referral links, codes, deal registration). */
  trackable: number;
  /** Influenced revenue × influence weight: an honest approximation, never added to trackable. */
  directional: number;
  influenced: number;
  influenceWeight: number;
}

/**
 * The two parallel views of source 002: the figure that can be defended in a board meeting and
 * the directional one that informs investment. Deliberately no total: summing them would count
 * the same customers twice and hide which number is evidence and which is estimate.
 */
export function revenueViews(
  attributed: number,
  influenced: number,
  influenceWeight: number,
): RevenueViews {
  const weight = Math.min(1, Math.max(0, influenceWeight));
  return {
    trackable: attributed,
    directional: Math.round(influenced * weight),
    influenced,
    influenceWeight: weight,
  };
}
