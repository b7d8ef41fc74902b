import { describe, expect, it } from 'vitest';
import type { AgreementFields } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const signedTerms: AgreementFields = {
  status: 'signed',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  scope: 'One joint webinar per quarter and a shared case study.',
  revenueModel: 'referral_commission',
  referralCommissionPercent: 20,
  referralCommissionMonths: 12,
  exclusive: true,
  excludedParties: ['Initech', 'Umbrella'],
  exclusivityMonths: 12,
  logoUse: true,
  logoUsePlaces: ['Website', 'Co-branded materials'],
  brandApprovalRequired: true,
  terminationNoticeDays: 30,
  dataShared: true,
  dataSharingTerms: 'Lead lists only; deleted after 90 days.',
  ipOwnership: 'Each side keeps its own; joint content is co-owned.',
  exitPlan: 'Running campaigns finish; leads stay with the side that acquired them.',
};

describe('agreements through the router', () => {
  it('answers a blank agreement until one is saved, then keeps every term', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const blank = await ok(backend, 'agreements.get', { partnerId: partner.id });
    expect(blank).toMatchObject({
      status: 'none',
      revenueModel: null,
      exclusive: null,
      updatedAt: null,
      deliverables: [],
    });
    const saved = await ok(backend, 'agreements.save', {
      partnerId: partner.id,
      fields: signedTerms,
    });
    expect(saved).toMatchObject({ ...signedTerms, partnerId: partner.id });
    const got = await ok(backend, 'agreements.get', { partnerId: partner.id });
    expect(got).toMatchObject(signedTerms);

    const edited = await ok(backend, 'agreements.save', {
      partnerId: partner.id,
      fields: { ...signedTerms, exclusive: false, excludedParties: [], exclusivityMonths: null },
    });
    expect(edited).toMatchObject({ exclusive: false, excludedParties: [] });
  });

  it('refuses an end before the start or a percentage over 100, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'agreements.save', { partnerId: partner.id, fields: { status: 'draft' } });
    const before = canonicalDump(path);
    const result = await backend.call('agreements.save', {
      partnerId: partner.id,
      fields: {
        ...signedTerms,
        endDate: '2025-06-30',
        referralCommissionPercent: 120,
        terminationNoticeDays: -1,
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'fields.referralCommissionPercent': 'A percentage is at most 100',
          'fields.terminationNoticeDays': 'The notice cannot be negative',
        },
      },
    });
    const dates = await backend.call('agreements.save', {
      partnerId: partner.id,
      fields: { ...signedTerms, endDate: '2025-06-30' },
    });
    expect(dates).toMatchObject({
      ok: false,
      error: { fields: { 'fields.endDate': 'The end date is before the start date' } },
    });
    const missing = await backend.call('agreements.save', { partnerId: 999, fields: signedTerms });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('keeps deliverables per side, and lists agreements with open deliverables counted', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'agreements.save', { partnerId: partner.id, fields: signedTerms });
    const webinar = await ok(backend, 'deliverables.create', {
      partnerId: partner.id,
      side: 'ours',
      description: 'Host the joint webinar',
      dueDate: '2026-03-15',
    });
    await ok(backend, 'deliverables.create', {
      partnerId: partner.id,
      side: 'theirs',
      description: 'Promote to their 50K list',
      dueDate: '2026-03-01',
      status: 'in_progress',
    });
    await ok(backend, 'deliverables.create', {
      partnerId: partner.id,
      side: 'theirs',
      description: 'Case study interview',
      status: 'done',
    });
    await ok(backend, 'deliverables.update', {
      id: webinar.id,
      fields: { side: 'ours', description: 'Host the joint webinar', status: 'done' },
    });
    const got = await ok(backend, 'agreements.get', { partnerId: partner.id });
    expect(got.deliverables.map((d) => [d.side, d.description, d.status])).toEqual([
      ['ours', 'Host the joint webinar', 'done'],
      ['theirs', 'Promote to their 50K list', 'in_progress'],
      ['theirs', 'Case study interview', 'done'],
    ]);
    const [listed] = await ok(backend, 'agreements.list', {});
    expect(listed).toMatchObject({
      partnerId: partner.id,
      status: 'signed',
      openDeliverables: { ours: 0, theirs: 1 },
    });
    await ok(backend, 'deliverables.delete', { id: webinar.id });
    const after = await ok(backend, 'agreements.get', { partnerId: partner.id });
    expect(after.deliverables).toHaveLength(2);
  });

  it('refuses a deliverable without description or side, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const before = canonicalDump(path);
    const result = await backend.call('deliverables.create', {
      partnerId: partner.id,
      side: 'both',
      description: ' ',
      dueDate: '31/12/2026',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          side: 'Pick a side',
          description: 'Description is required',
          dueDate: 'Use a date like 2026-03-31',
        },
      },
    });
    const ghost = await backend.call('deliverables.update', {
      id: 77,
      fields: { side: 'ours', description: 'Ghost' },
    });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(backend.call('deliverables.delete', { id: 77 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(canonicalDump(path)).toBe(before);
  });
});
