import { expect } from 'vitest';
import type { ActivityFields } from '../../shared/contract/index.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';

/** A workbook with two partners, Acme Cloud and Globex. */
export async function calendarWorkbook(dir: string) {
  const { backend, path } = await backendWithWorkbook(dir);
  const acme = await ok(backend, 'partners.create', { name: 'Acme Cloud', type: 'co_marketing' });
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  return { backend, path, acme, globex };
}

/** A three-day event co-sponsored 50/50 with one partner: $40,000 in total. */
export const booth = (
  partnerId: number,
  overrides: Partial<ActivityFields> = {},
): ActivityFields => ({
  title: 'SaaStr booth',
  kind: 'event_sponsorship',
  partnerIds: [partnerId],
  channel: 'Events',
  audience: 'SaaS founders',
  startDate: '2026-09-09',
  endDate: '2026-09-11',
  owner: 'Ana Ruiz',
  status: 'confirmed',
  budgetMinor: 4_000_000,
  splits: [
    { party: 'ours', percent: 50 },
    { party: partnerId, percent: 50 },
  ],
  expectedLeads: 120,
  ...overrides,
});

/** Calls a method that must fail, proves the database did not change, returns the field errors. */
export async function expectRefused(
  backend: Backend,
  path: string,
  method: Parameters<Backend['call']>[0],
  input: unknown,
): Promise<Record<string, string>> {
  const before = canonicalDump(path);
  const result = await backend.call(method, input);
  expect(result.ok).toBe(false);
  expect(canonicalDump(path)).toBe(before);
  return result.ok ? {} : (result.error.fields ?? {});
}
