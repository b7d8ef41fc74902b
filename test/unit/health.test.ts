import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityRecencyScore,
  computeHealth,
  defaultHealthWeights,
  effortBalanceScore,
  governanceCompletenessScore,
  healthBand,
  kpiAttainmentScore,
  riskExposureScore,
} from '../../shared/domain/health.ts';
import type { GovernanceElements, HealthInputs } from '../../shared/domain/health.ts';

const allGovernance: GovernanceElements = {
  ownerOurs: true,
  ownerTheirs: true,
  successDefinition: true,
  cadence: true,
  escalationPath: true,
  raci: true,
  signedAgreement: true,
};
const noGovernance: GovernanceElements = {
  ownerOurs: false,
  ownerTheirs: false,
  successDefinition: false,
  cadence: false,
  escalationPath: false,
  raci: false,
  signedAgreement: false,
};

const today = '2026-06-30';
const empty: HealthInputs = {
  governance: null,
  scorecardScore: null,
  risks: null,
  lastActivityDate: null,
  openDeliverables: null,
  today,
};

describe('health components', () => {
  it('governance completeness is the share of charter elements present', () => {
    expect(governanceCompletenessScore(allGovernance)).toBe(100);
    expect(governanceCompletenessScore(noGovernance)).toBe(0);
    expect(
      governanceCompletenessScore({ ...noGovernance, successDefinition: true, raci: true }),
    ).toBeCloseTo(33.33, 2);
  });

  it('governance counts a single named owner as half the owners element', () => {
    expect(governanceCompletenessScore({ ...noGovernance, ownerOurs: true })).toBeCloseTo(
      100 / 12,
      10,
    );
    expect(
      governanceCompletenessScore({ ...noGovernance, ownerOurs: true, ownerTheirs: true }),
    ).toBeCloseTo(100 / 6, 10);
  });

  it('KPI attainment is the scorecard score capped at 100', () => {
    expect(kpiAttainmentScore(82)).toBe(82);
    expect(kpiAttainmentScore(100)).toBe(100);
    expect(kpiAttainmentScore(150)).toBe(100);
  });

  it('risk exposure subtracts open severity, residual when set', () => {
    expect(riskExposureScore([])).toBe(100);
    expect(riskExposureScore([{ likelihood: 5, impact: 5, status: 'open' }])).toBe(50);
    expect(riskExposureScore([{ likelihood: 2, impact: 3, status: 'monitoring' }])).toBe(88);
    expect(
      riskExposureScore([
        { likelihood: 5, impact: 5, residualLikelihood: 1, residualImpact: 2, status: 'open' },
      ]),
    ).toBe(96);
    expect(
      riskExposureScore([
        { likelihood: 5, impact: 5, residualLikelihood: 1, residualImpact: null, status: 'open' },
      ]),
    ).toBe(50);
  });

  it('risk exposure ignores closed risks and bottoms out at 0', () => {
    expect(riskExposureScore([{ likelihood: 5, impact: 5, status: 'closed' }])).toBe(100);
    const many = Array.from({ length: 4 }, () => ({ likelihood: 5, impact: 5, status: 'open' }));
    expect(riskExposureScore(many)).toBe(0);
  });

  it('activity recency is 100 within 30 days and falls linearly to 0 at 180', () => {
    expect(activityRecencyScore('2026-06-30', today)).toBe(100);
    expect(activityRecencyScore('2026-07-10', today)).toBe(100);
    expect(activityRecencyScore('2026-05-31', today)).toBe(100);
    expect(activityRecencyScore('2026-05-30', today)).toBeCloseTo(100 * (149 / 150), 10);
    expect(activityRecencyScore('2026-03-17', today)).toBe(50);
    expect(activityRecencyScore('2026-01-01', today)).toBe(0);
    expect(activityRecencyScore('2026-01-02', today)).toBeCloseTo(2 / 3, 10);
    expect(activityRecencyScore('2025-01-01', today)).toBe(0);
  });

  it('effort balance is 100 when equal and 0 when one side carries all', () => {
    expect(effortBalanceScore(4, 4)).toBe(100);
    expect(effortBalanceScore(4, 0)).toBe(0);
    expect(effortBalanceScore(0, 3)).toBe(0);
    expect(effortBalanceScore(2, 4)).toBe(50);
    expect(effortBalanceScore(0, 0)).toBeNull();
  });
});

describe('computeHealth', () => {
  it('uses the weights of SPEC M12 by default', () => {
    expect(defaultHealthWeights).toEqual({
      governanceCompleteness: 30,
      kpiAttainment: 25,
      riskExposure: 20,
      activityRecency: 15,
      effortBalance: 10,
    });
  });

  it('is the weighted mean of the components', () => {
    const result = computeHealth({
      governance: allGovernance,
      scorecardScore: 60,
      risks: [{ likelihood: 5, impact: 5, status: 'open' }],
      lastActivityDate: '2026-06-01',
      openDeliverables: { ours: 2, theirs: 4 },
      today,
    });
    expect(result.index).toBe(
      Math.round((30 * 100 + 25 * 60 + 20 * 50 + 15 * 100 + 10 * 50) / 100),
    );
    expect(result.index).toBe(75);
    expect(result.band).toBe('healthy');
    expect(result.missing).toEqual([]);
  });

  it('leaves a component without data out of the weights and reports it missing', () => {
    const result = computeHealth({ ...empty, governance: allGovernance, scorecardScore: 40 });
    expect(result.index).toBe(Math.round((30 * 100 + 25 * 40) / 55));
    expect(result.missing).toEqual(['riskExposure', 'activityRecency', 'effortBalance']);
    expect(result.components.find((c) => c.key === 'effortBalance')).toMatchObject({
      score: null,
      missing: true,
    });
  });

  it('counts a component scoring 0 as data, not as missing', () => {
    const result = computeHealth({ ...empty, governance: noGovernance });
    expect(result.index).toBe(0);
    expect(result.band).toBe('at_risk');
    expect(result.missing).not.toContain('governanceCompleteness');
  });

  it('has no index when nothing has data', () => {
    expect(computeHealth(empty)).toMatchObject({ index: null, band: null });
  });

  it('follows edited weights', () => {
    const inputs = { ...empty, governance: allGovernance, scorecardScore: 0 };
    const weights = { ...defaultHealthWeights, governanceCompleteness: 0 };
    expect(computeHealth(inputs, weights).index).toBe(0);
  });

  it('bands at 70 and 50, on the rounded index', () => {
    expect(healthBand(70)).toBe('healthy');
    expect(healthBand(69)).toBe('watch');
    expect(healthBand(50)).toBe('watch');
    expect(healthBand(49)).toBe('at_risk');
    const nearly = computeHealth({ ...empty, scorecardScore: 69.6 });
    expect(nearly).toMatchObject({ index: 70, band: 'healthy' });
  });

  it('stays within 0..100 for any inputs', () => {
    const risk = fc.record({
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom('open', 'monitoring', 'closed'),
    });
    fc.assert(
      fc.property(
        fc.option(
          fc.record<GovernanceElements>({
            ownerOurs: fc.boolean(),
            ownerTheirs: fc.boolean(),
            successDefinition: fc.boolean(),
            cadence: fc.boolean(),
            escalationPath: fc.boolean(),
            raci: fc.boolean(),
            signedAgreement: fc.boolean(),
          }),
          { nil: null },
        ),
        fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }),
        fc.option(fc.array(risk, { maxLength: 8 }), { nil: null }),
        fc.option(fc.integer({ min: -30, max: 1_000 }), { nil: null }),
        fc.option(fc.record({ ours: fc.nat(20), theirs: fc.nat(20) }), { nil: null }),
        (governance, scorecardScore, risks, daysAgo, openDeliverables) => {
          const lastActivityDate =
            daysAgo === null
              ? null
              : new Date(Date.UTC(2026, 5, 30 - daysAgo)).toISOString().slice(0, 10);
          const result = computeHealth({
            governance,
            scorecardScore,
            risks,
            lastActivityDate,
            openDeliverables,
            today,
          });
          for (const c of result.components) {
            if (c.score !== null) {
              expect(c.score).toBeGreaterThanOrEqual(0);
              expect(c.score).toBeLessThanOrEqual(100);
            }
          }
          if (result.index !== null) {
            expect(result.index).toBeGreaterThanOrEqual(0);
            expect(result.index).toBeLessThanOrEqual(100);
            expect(Number.isInteger(result.index)).toBe(true);
          } else {
            expect(result.missing).toHaveLength(5);
          }
        },
      ),
    );
  });
});
