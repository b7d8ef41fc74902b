import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.ts';
import { addCalendarMonths, addDays, addPeriods } from '../../../shared/domain/date-math.ts';
import { mulberry32, type Random } from '../../../shared/domain/random.ts';

/** A call through the backend's router: validated input, the method's own handler. */
export type DemoCall = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

export const partnerKeys = [
  'harbor',
  'quillmail',
  'northstar',
  'stackhouse',
  'brightpath',
  'parcelpoint',
  'merchantWeekly',
  'summit',
  'lattice',
  'cobalt',
  'tallyho',
  'driftwood',
  'orbit',
] as const;
export type PartnerKey = (typeof partnerKeys)[number];

export interface DemoContext {
  call: DemoCall;
  /** The day every demo date is relative to. */
  today: string;
  random: Random;
  /** Filled as partners are created. */
  ids: Record<PartnerKey, number>;
  /** today plus (or minus) a number of days. */
  day(offset: number): string;
  /** today plus (or minus) whole calendar months, then days. */
  monthsFrom(months: number, days?: number): string;
  /** The month 'YYYY-MM' that is `offset` months from the current one. */
  period(offset: number): string;
  /** A whole number from min to max (both included), from the seeded generator. */
  between(min: number, max: number): number;
}

export function createDemoContext(call: DemoCall, today: string, seed: number): DemoContext {
  const random = mulberry32(seed);
  return {
    call,
    today,
    random,
    ids: {} as Record<PartnerKey, number>,
    day: (offset) => addDays(today, offset),
    monthsFrom: (months, days = 0) => addDays(addCalendarMonths(today, months), days),
    period: (offset) => addPeriods(today.slice(0, 7), offset),
    between: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}

/** A short, stable key for charter rows (committee members, RACI decisions, escalation levels). */
export function rowKey(prefix: string, index: number): string {
  return `${prefix}-${index + 1}`;
}
