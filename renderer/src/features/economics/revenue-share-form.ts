import type {
  RevenueShareTermsFields,
  RevenueShareTermsRecord,
} from '../../../../shared/contract/index.ts';
import { fromMinor, toMinor } from '../../../../shared/domain/money.ts';
import { num, type Num } from './forecast-form.ts';

/** Revenue-share terms as the form edits them: money in whole currency units, '' for "none". */
export interface TermsForm {
  tiers: { upTo: Num; ratePercent: Num }[];
  bonuses: { threshold: Num; amount: Num }[];
  floor: Num;
  cap: Num;
  expensePercent: Num;
  fixedExpenses: Num;
  referralEnabled: boolean;
  referralPercent: Num;
  referralMonths: Num;
  referralMonthlyRevenue: Num;
}

export function termsFormOf(t: RevenueShareTermsRecord, currency: string): TermsForm {
  const major = (minor: number | null) => (minor === null ? '' : fromMinor(minor, currency));
  return {
    tiers: t.tiers.map((tier) => ({ upTo: major(tier.upTo), ratePercent: tier.ratePercent })),
    bonuses: t.bonuses.map((b) => ({ threshold: major(b.threshold), amount: major(b.amount) })),
    floor: major(t.floor),
    cap: major(t.cap),
    expensePercent: t.expensePercent,
    fixedExpenses: major(t.fixedExpenses),
    referralEnabled: t.referralEnabled,
    referralPercent: t.referralPercent,
    referralMonths: t.referralMonths,
    referralMonthlyRevenue: major(t.referralMonthlyRevenue),
  };
}

export function termsOf(form: TermsForm, currency: string): RevenueShareTermsFields {
  const minor = (v: Num) => {
    const n = num(v);
    return n === undefined ? undefined : toMinor(n, currency);
  };
  const optionalMinor = (v: Num) => (v === '' ? null : minor(v));
  const last = form.tiers.length - 1;
  return {
    tiers: form.tiers.map((tier, i) => ({
      upTo: i === last && tier.upTo === '' ? null : optionalMinor(tier.upTo),
      ratePercent: num(tier.ratePercent),
    })),
    bonuses: form.bonuses.map((b) => ({ threshold: minor(b.threshold), amount: minor(b.amount) })),
    floor: optionalMinor(form.floor),
    cap: optionalMinor(form.cap),
    expensePercent: num(form.expensePercent),
    fixedExpenses: minor(form.fixedExpenses) ?? 0,
    referralEnabled: form.referralEnabled,
    referralPercent: num(form.referralPercent),
    referralMonths: num(form.referralMonths),
    referralMonthlyRevenue: minor(form.referralMonthlyRevenue) ?? 0,
  } as RevenueShareTermsFields;
}
