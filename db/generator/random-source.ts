import { mulberry32 } from '../../shared/domain/random.ts';

/** A seeded source of the choices a generator makes, so the same seed gives the same workbook. */
export function createRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type RandomSource = ReturnType<typeof createRandom>;

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonthsPeriod(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = (y ?? 0) * 12 + ((m ?? 1) - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
