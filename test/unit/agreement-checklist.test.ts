import { describe, expect, it } from 'vitest';
import {
  agreementChecklist,
  countDeliverables,
  type AgreementTerms,
} from '../../shared/domain/agreement-checklist.ts';

const nothingDecided: AgreementTerms = {
  scope: '',
  startDate: null,
  revenueModel: null,
  revenueSharePercent: null,
  referralCommissionPercent: null,
  referralCommissionMonths: null,
  leadAttribution: '',
  exclusive: null,
  excludedParties: [],
  exclusivityMonths: null,
  logoUse: null,
  logoUsePlaces: [],
  brandApprovalRequired: null,
  terminationNoticeDays: null,
  dataShared: null,
  dataSharingTerms: '',
  exitPlan: '',
};

const everythingDefined: AgreementTerms = {
  ...nothingDecided,
  scope: 'Co-branded content: one webinar, two blog posts; they promote to their list.',
  startDate: '2026-01-01',
  revenueModel: 'referral_commission',
  referralCommissionPercent: 20,
  referralCommissionMonths: 12,
  exclusive: true,
  excludedParties: ['Competitor X', 'Competitor Y'],
  exclusivityMonths: 12,
  logoUse: true,
  logoUsePlaces: ['Website', 'Co-branded materials'],
  brandApprovalRequired: true,
  terminationNoticeDays: 30,
  dataShared: true,
  dataSharingTerms: 'Lead lists only, deleted after 90 days.',
  exitPlan: 'Leads generated before the end stay with the acquiring side.',
};

const bothSides = { ours: 1, theirs: 1 };
const missingOf = (terms: AgreementTerms, counts = bothSides) =>
  Object.fromEntries(
    agreementChecklist(terms, counts).items.map((item) => [item.key, item.missing]),
  );

describe('agreement key-terms checklist', () => {
  it('lists every key term as undefined on a blank agreement, data sharing not applying', () => {
    const result = agreementChecklist(nothingDecided, { ours: 0, theirs: 0 });
    expect(result.items.map((i) => [i.key, i.defined, i.applies])).toEqual([
      ['scope', false, true],
      ['revenue', false, true],
      ['exclusivity', false, true],
      ['brand', false, true],
      ['termination', false, true],
      ['dataSharing', false, false],
      ['exitPlan', false, true],
    ]);
    expect(result).toMatchObject({ defined: 0, total: 6, complete: false });
    expect(missingOf(nothingDecided, { ours: 0, theirs: 0 }).scope).toEqual([
      'what you will do together',
      'a deliverable on our side',
      "a deliverable on the partner's side",
      'a start date',
    ]);
  });

  it('is complete when every applicable term is defined', () => {
    expect(agreementChecklist(everythingDefined, bothSides)).toMatchObject({
      defined: 7,
      total: 7,
      complete: true,
    });
  });

  it('asks for deliverables on both sides, as the playbook does', () => {
    expect(missingOf(everythingDefined, { ours: 2, theirs: 0 }).scope).toEqual([
      "a deliverable on the partner's side",
    ]);
  });

  it('treats "no money exchanged" as a decided revenue model, and asks for the figures of the others', () => {
    expect(missingOf({ ...everythingDefined, revenueModel: 'none' }).revenue).toEqual([]);
    expect(
      missingOf({ ...everythingDefined, revenueModel: 'revenue_share', revenueSharePercent: null })
        .revenue,
    ).toEqual(['the revenue share percentage']);
    expect(
      missingOf({
        ...everythingDefined,
        referralCommissionPercent: null,
        referralCommissionMonths: null,
      }).revenue,
    ).toEqual(['the commission percentage', 'for how many months commission is paid']);
    expect(
      missingOf({ ...everythingDefined, revenueModel: 'lead_attribution', leadAttribution: ' ' })
        .revenue,
    ).toEqual(['how leads are attributed']);
  });

  it('needs who and how long only when exclusivity is agreed', () => {
    const notExclusive = { ...everythingDefined, exclusive: false, excludedParties: [] };
    expect(missingOf({ ...notExclusive, exclusivityMonths: null }).exclusivity).toEqual([]);
    expect(
      missingOf({ ...everythingDefined, excludedParties: [], exclusivityMonths: null }).exclusivity,
    ).toEqual(['who is excluded', 'how long exclusivity lasts']);
  });

  it('needs where and approval only when logos may be used', () => {
    expect(
      missingOf({
        ...everythingDefined,
        logoUse: false,
        logoUsePlaces: [],
        brandApprovalRequired: null,
      }).brand,
    ).toEqual([]);
    expect(
      missingOf({ ...everythingDefined, logoUsePlaces: [], brandApprovalRequired: null }).brand,
    ).toEqual(['where logos may appear', 'whether each use needs approval first']);
    expect(missingOf({ ...everythingDefined, brandApprovalRequired: false }).brand).toEqual([]);
  });

  it('asks for data-sharing terms only when data is shared', () => {
    const notShared = agreementChecklist(
      { ...everythingDefined, dataShared: false, dataSharingTerms: '' },
      bothSides,
    );
    expect(notShared).toMatchObject({ total: 6, defined: 6, complete: true });
    const sharedWithoutTerms = agreementChecklist(
      { ...everythingDefined, dataSharingTerms: '' },
      bothSides,
    );
    expect(sharedWithoutTerms).toMatchObject({ total: 7, defined: 6, complete: false });
    expect(sharedWithoutTerms.items.find((i) => i.key === 'dataSharing')?.missing).toEqual([
      'the data-sharing terms',
    ]);
  });

  it('counts a zero-day notice as defined, and a missing exit plan as not', () => {
    const result = missingOf({ ...everythingDefined, terminationNoticeDays: 0, exitPlan: '' });
    expect(result.termination).toEqual([]);
    expect(result.exitPlan).toEqual(['an exit plan']);
  });

  it('counts deliverables per side', () => {
    expect(countDeliverables([{ side: 'ours' }, { side: 'theirs' }, { side: 'theirs' }])).toEqual({
      ours: 1,
      theirs: 2,
    });
    expect(countDeliverables([])).toEqual({ ours: 0, theirs: 0 });
  });
});
