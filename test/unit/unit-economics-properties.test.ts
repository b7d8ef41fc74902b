import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareAcquisitionChannels,
  customerAcquisitionCost,
  customerLifetimeValue,
  paybackMonths,
  returnOnInvestment,
  revenueViews,
} from '../../shared/domain/unit-economics.ts';

const money = fc.integer({ min: 0, max: 1_000_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000_000 });
const rate = fc.double({ min: 0.01, max: 1, noNaN: true });

describe('unit economics properties', () => {
  it('pays the CAC back in exactly the payback months of margin', () => {
    fc.assert(
      fc.property(money, positive, positive, rate, (spend, customers, perMonth, margin) => {
        const cac = customerAcquisitionCost(spend, customers) ?? 0;
        const months = paybackMonths(cac, perMonth, margin) ?? 0;
        expect(months * perMonth * margin).toBeCloseTo(cac, 6);
      }),
    );
  });

  it('has a ROI whose sign is the sign of revenue − cost, and none without a cost', () => {
    fc.assert(
      fc.property(money, money, (revenue, cost) => {
        const roi = returnOnInvestment(revenue, cost);
        if (cost === 0) expect(roi).toBeNull();
        else expect(Math.sign(roi ?? 0)).toBe(Math.sign(revenue - cost));
      }),
    );
  });

  it('values a customer more the less it churns', () => {
    fc.assert(
      fc.property(positive, rate, rate, rate, (perMonth, margin, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(customerLifetimeValue(perMonth, margin, low) ?? 0).toBeGreaterThanOrEqual(
          customerLifetimeValue(perMonth, margin, high) ?? 0,
        );
      }),
    );
  });

  it('says paid costs k times as much exactly when its CAC is k times the partner’s', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 20 }), (spend, customers, k) => {
        const c = compareAcquisitionChannels(
          { spend, newCustomers: customers },
          { spend: spend * k, newCustomers: customers },
        );
        expect(c.paidToPartnerRatio).toBeCloseTo(k, 9);
        expect(c.cheaper).toBe(k > 1 ? 'partner' : 'equal');
      }),
    );
  });

  it('never lets the directional view exceed the influenced revenue, nor touch the trackable one', () => {
    fc.assert(
      fc.property(
        money,
        money,
        fc.double({ min: -1, max: 2, noNaN: true }),
        (tracked, influenced, w) => {
          const v = revenueViews(tracked, influenced, w);
          expect(v.trackable).toBe(tracked);
          expect(v.directional).toBeGreaterThanOrEqual(0);
          expect(v.directional).toBeLessThanOrEqual(influenced);
          expect(Object.keys(v)).not.toContain('total');
        },
      ),
    );
  });
});
