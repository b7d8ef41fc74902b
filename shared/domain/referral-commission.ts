import { indexToPeriod, periodToIndex } from './date-math.ts';
import { formatRate } from './revenue-share.ts';
import type { BreakdownLine } from './revenue-share.ts';

export interface ReferredCustomer {
  /** First paying month, 'YYYY-MM'. */
  startPeriod: string;
  /** Last paying month (inclusive) when the customer left; null while still a customer. */
  endPeriod?: string | null;
  /** Monthly revenue in cents. */
  monthlyRevenue: number;
}

export interface ReferralTerms {
  /** Commission rate as a fraction (0.2 = 20 %). */
  rate: number;
  /** Commission is paid for this many months from each customer's first paying month. */
  months: number;
}

export interface ReferralPeriod {
  period: string;
  /** Revenue from all referred customers paying this month, in or past their commission window. */
  referredRevenue: number;
  commission: number;
  ourNet: number;
  /** One line per start-month cohort still inside its window, then the total. */
  lines: BreakdownLine[];
}

export interface ReferralResult {
  periods: ReferralPeriod[];
  totals: { referredRevenue: number; commission: number; ourNet: number };
}

interface Cohort {
  startIndex: number;
  revenue: number;
  customers: number;
}

/**
 * Commission on referred customers: `rate` of each customer's monthly revenue for `months`
 * months counted from its start month, nothing afterwards. Customers who started in the same
 * month form one cohort line, rounded to the cent once per cohort.
 */
export function computeReferralCommission(
  customers: readonly ReferredCustomer[],
  terms: ReferralTerms,
  periods: readonly string[],
): ReferralResult {
  if (!(terms.rate >= 0 && terms.rate <= 1)) throw new RangeError('Rate must be 0–100 %.');
  if (!Number.isInteger(terms.months) || terms.months < 0) {
    throw new RangeError('Months must be a whole number, 0 or more.');
  }
  const results = periods.map((period): ReferralPeriod => {
    const index = periodToIndex(period);
    const cohorts = new Map<number, Cohort>();
    let referredRevenue = 0;
    for (const customer of customers) {
      const start = periodToIndex(customer.startPeriod);
      const end = customer.endPeriod ? periodToIndex(customer.endPeriod) : Infinity;
      if (index < start || index > end) continue;
      referredRevenue += customer.monthlyRevenue;
      if (index - start >= terms.months) continue;
      const cohort = cohorts.get(start) ?? { startIndex: start, revenue: 0, customers: 0 };
      cohort.revenue += customer.monthlyRevenue;
      cohort.customers += 1;
      cohorts.set(start, cohort);
    }
    const lines: BreakdownLine[] = [...cohorts.values()]
      .sort((a, b) => a.startIndex - b.startIndex)
      .map((c) => ({
        label: `${c.customers} ${c.customers === 1 ? 'customer' : 'customers'} from ${indexToPeriod(c.startIndex)}, month ${index - c.startIndex + 1} of ${terms.months}, at ${formatRate(terms.rate)}`,
        amount: Math.round(c.revenue * terms.rate),
        kind: 'item',
        base: c.revenue,
        rate: terms.rate,
      }));
    const commission = lines.reduce((s, l) => s + l.amount, 0);
    lines.push({ label: 'Referral commission', amount: commission, kind: 'total' });
    return { period, referredRevenue, commission, ourNet: referredRevenue - commission, lines };
  });
  const sum = (pick: (p: ReferralPeriod) => number) => results.reduce((s, p) => s + pick(p), 0);
  return {
    periods: results,
    totals: {
      referredRevenue: sum((p) => p.referredRevenue),
      commission: sum((p) => p.commission),
      ourNet: sum((p) => p.ourNet),
    },
  };
}
