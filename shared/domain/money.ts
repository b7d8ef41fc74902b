// Money is an integer count of the currency's minor units (cents; yen have none). Floating point
// only appears at the edges: converting what a person typed, and formatting for display.

export const percentTotalTolerance = 0.001;

const fractionDigitsCache = new Map<string, number>();
const formatterCache = new Map<string, Intl.NumberFormat>();

/** Minor-unit digits of an ISO 4217 currency as Intl knows them (EUR 2, JPY 0, KWD 3). */
export function currencyFractionDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}

function checkMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${minor} is not a whole number of minor units`);
  }
}

/** Rounds half away from zero, after trimming binary noise (1.005 means 1.005, not 1.00499...). */
export function toMinor(major: number, currency: string): number {
  if (!Number.isFinite(major)) throw new RangeError(`${major} is not an amount`);
  const scaled = Number((Math.abs(major) * 10 ** currencyFractionDigits(currency)).toPrecision(15));
  const minor = Math.sign(major) * Math.round(scaled);
  checkMinor(minor);
  return minor === 0 ? 0 : minor;
}

export function fromMinor(minor: number, currency: string): number {
  checkMinor(minor);
  return minor / 10 ** currencyFractionDigits(currency);
}

/** `locale` defaults to the runtime's locale; pass one for output that must not vary. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const code = currency.toUpperCase();
  const key = `${locale ?? ''}|${code}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    const digits = currencyFractionDigits(code);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatterCache.set(key, formatter);
  }
  return formatter.format(fromMinor(minor, code));
}

export function sumMinor(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    checkMinor(amount);
    total += amount;
  }
  checkMinor(total);
  return total;
}

/** Why a list of percentages cannot split an amount, or null when it can. */
export function percentSplitProblem(percents: readonly number[]): string | null {
  if (percents.length === 0) return 'Add at least one share';
  if (percents.some((p) => !Number.isFinite(p) || p < 0)) {
    return 'Each share must be a percentage of zero or more';
  }
  const total = percents.reduce((sum, p) => sum + p, 0);
  if (Math.abs(total - 100) > percentTotalTolerance) {
    return `The shares add up to ${Number(total.toFixed(3))} %, not 100 %`;
  }
  return null;
}

/**
 * Splits an amount into whole minor units that add up to it exactly (largest-remainder method;
 * equal remainders go to the earlier share). A negative amount splits like its absolute value.
 */
export function splitAmount(minor: number, percents: readonly number[]): number[] {
  checkMinor(minor);
  const problem = percentSplitProblem(percents);
  if (problem) throw new RangeError(problem);
  const total = percents.reduce((sum, p) => sum + p, 0);
  const magnitude = Math.abs(minor);
  const parts = percents.map((percent, index) => {
    let exact = (magnitude * percent) / total;
    // Binary rounding can leave a share a hair below a whole unit; snap it so the unit is not
    // handed out twice.
    const nearest = Math.round(exact);
    if (Math.abs(exact - nearest) <= Math.max(1, exact) * 1e-12) exact = nearest;
    const whole = Math.floor(exact);
    return { index, whole, remainder: exact - whole };
  });
  let leftover = magnitude - parts.reduce((sum, part) => sum + part.whole, 0);
  const sign = minor < 0 ? -1 : 1;
  const result = (): number[] => parts.map((part) => (part.whole === 0 ? 0 : sign * part.whole));
  if (leftover === 0) return result();
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const part of byRemainder) {
    if (leftover <= 0) break;
    part.whole += 1;
    leftover -= 1;
  }
  // Snapping can overshoot by a unit in contrived inputs; take it back from the smallest remainder.
  for (const part of byRemainder.reverse()) {
    if (leftover >= 0) break;
    if (part.whole > 0) {
      part.whole -= 1;
      leftover += 1;
    }
  }
  return result();
}
