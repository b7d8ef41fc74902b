import { describe, expect, it } from 'vitest';
import {
  combinedReach,
  compareAcquisitionChannels,
  customerAcquisitionCost,
  customerLifetimeValue,
  funnelEconomics,
  paybackMonths,
  returnOnInvestment,
  revenueViews,
} from '../../shared/domain/unit-economics.ts';

describe('worked examples of the sources', () => {
  it('webinar: 500 registrants → 50 qualified → 5 deals, $25K on $2K cost → ROI 1,150 %', () => {
    const result = funnelEconomics({
      leads: 500,
      qualificationRate: 0.1,
      closeRate: 0.1,
      dealValue: 500_000,
      cost: 200_000,
    });
    expect(result.qualified).toBeCloseTo(50, 10);
    expect(result.deals).toBeCloseTo(5, 10);
    expect(result.revenue).toBe(2_500_000);
    expect(result.roi).toBeCloseTo(11.5, 10);
    expect(Math.round((result.roi ?? 0) * 100)).toBe(1_150);
    expect(result.costPerDeal).toBeCloseTo(40_000, 6);
    expect(returnOnInvestment(2_500_000, 200_000)).toBe(11.5);
  });

  it('reach: partner 100K + ours 50K = 150K, three times our solo reach', () => {
    expect(combinedReach(50_000, [100_000])).toEqual({
      ours: 50_000,
      partners: 100_000,
      combined: 150_000,
      multipleOfSolo: 3,
    });
  });
});

describe('unit economics', () => {
  it('CAC is spend per new customer', () => {
    expect(customerAcquisitionCost(1_000_000, 40)).toBe(25_000);
    expect(customerAcquisitionCost(1_000_000, 0)).toBeNull();
  });

  it('CLV is monthly margin over monthly churn', () => {
    expect(customerLifetimeValue(10_000, 0.8, 0.02)).toBeCloseTo(400_000, 6);
    expect(customerLifetimeValue(10_000, 0.8, 0)).toBeNull();
  });

  it('ROI is null without a cost, and negative for a loss', () => {
    expect(returnOnInvestment(100, 0)).toBeNull();
    expect(returnOnInvestment(50_000, 100_000)).toBe(-0.5);
  });

  it('payback months is CAC over monthly margin per customer', () => {
    expect(paybackMonths(40_000, 10_000, 0.8)).toBe(5);
    expect(paybackMonths(40_000, 0, 0.8)).toBeNull();
    expect(paybackMonths(40_000, 10_000, 0)).toBeNull();
  });

  it('funnel with no deals has no cost per deal', () => {
    const result = funnelEconomics({
      leads: 0,
      qualificationRate: 0.1,
      closeRate: 0.1,
      dealValue: 1,
      cost: 10,
    });
    expect(result).toMatchObject({ deals: 0, revenue: 0, roi: -1, costPerDeal: null });
  });
});

describe('compareAcquisitionChannels', () => {
  it('shows how many times more a paid customer costs', () => {
    expect(
      compareAcquisitionChannels(
        { spend: 500_000, newCustomers: 50 },
        { spend: 1_500_000, newCustomers: 50 },
      ),
    ).toEqual({ partnerCac: 10_000, paidCac: 30_000, paidToPartnerRatio: 3, cheaper: 'partner' });
  });

  it('says when paid is cheaper, when they are equal, and when it cannot tell', () => {
    expect(
      compareAcquisitionChannels({ spend: 300, newCustomers: 1 }, { spend: 100, newCustomers: 1 })
        .cheaper,
    ).toBe('paid');
    expect(
      compareAcquisitionChannels({ spend: 100, newCustomers: 1 }, { spend: 100, newCustomers: 1 })
        .cheaper,
    ).toBe('equal');
    expect(
      compareAcquisitionChannels({ spend: 100, newCustomers: 0 }, { spend: 100, newCustomers: 1 }),
    ).toEqual({
      partnerCac: null,
      paidCac: 100,
      paidToPartnerRatio: null,
      cheaper: null,
    });
    expect(
      compareAcquisitionChannels({ spend: 0, newCustomers: 5 }, { spend: 100, newCustomers: 1 }),
    ).toMatchObject({
      partnerCac: 0,
      paidToPartnerRatio: null,
      cheaper: 'partner',
    });
  });
});

describe('combinedReach', () => {
  it('adds several partner audiences and has no multiple without our own audience', () => {
    expect(combinedReach(0, [10, 20])).toEqual({
      ours: 0,
      partners: 30,
      combined: 30,
      multipleOfSolo: null,
    });
    expect(combinedReach(100, [])).toMatchObject({ combined: 100, multipleOfSolo: 1 });
  });
});

describe('revenueViews', () => {
  it('keeps trackable and directional revenue side by side, never summed', () => {
    const views = revenueViews(1_000_000, 3_000_000, 0.25);
    expect(views).toEqual({
      trackable: 1_000_000,
      directional: 750_000,
      influenced: 3_000_000,
      influenceWeight: 0.25,
    });
    expect(Object.keys(views)).not.toContain('total');
  });

  it('bounds the influence weight to 0..1', () => {
    expect(revenueViews(0, 1_000, 2).directional).toBe(1_000);
    expect(revenueViews(0, 1_000, -1).directional).toBe(0);
  });
});
