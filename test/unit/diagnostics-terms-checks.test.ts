import { describe, expect, it } from 'vitest';
import type { AgreementFacts, RiskFacts } from '../../shared/domain/diagnostics.ts';
import { fired, healthyFacts, only } from './diagnostics-fixture.ts';

const signed = (overrides: Partial<AgreementFacts>): AgreementFacts => ({
  status: 'signed',
  endDate: null,
  exclusivityEndDate: null,
  terminationNoticeDays: 30,
  exitPlan: 'Hand over customers within 30 days.',
  dataShared: false,
  dataSharingTerms: null,
  ...overrides,
});

describe('competitor / cannibalisation', () => {
  it('fires when "complementary" scores 2 or less', () => {
    const fit = { complementary: 2, sharedAudience: 4, competitorFlag: false };
    expect(only('competitor_cannibalisation', healthyFacts({ fit }))).toMatchObject({
      severity: 'warning',
      reason: 'The fit scores "complementary offering" at 2 of 5.',
    });
    expect(
      only('competitor_cannibalisation', healthyFacts({ fit: { ...fit, complementary: 1 } }))
        ?.severity,
    ).toBe('critical');
  });

  it('fires when the partner is flagged as a competitor, whatever the score', () => {
    const fit = { complementary: 5, sharedAudience: 4, competitorFlag: true };
    expect(only('competitor_cannibalisation', healthyFacts({ fit }))).toMatchObject({
      severity: 'critical',
      reason: 'The partner is flagged as a direct competitor.',
    });
  });

  it('does not fire at 3, without a fit assessment, or with the score unset', () => {
    expect(
      fired(healthyFacts({ fit: { complementary: 3, sharedAudience: 4, competitorFlag: false } })),
    ).not.toContain('competitor_cannibalisation');
    expect(fired(healthyFacts({ fit: null }))).not.toContain('competitor_cannibalisation');
    expect(
      fired(
        healthyFacts({ fit: { complementary: null, sharedAudience: null, competitorFlag: false } }),
      ),
    ).toEqual([]);
  });

  it('applies before signature, when it matters most', () => {
    const fit = { complementary: 1, sharedAudience: 4, competitorFlag: false };
    expect(fired(healthyFacts({ stage: 'identified', fit }))).toContain(
      'competitor_cannibalisation',
    );
  });
});

describe('audience mismatch', () => {
  it('fires when "shared audience" scores 2 or less', () => {
    const fit = { complementary: 5, sharedAudience: 2, competitorFlag: false };
    expect(only('audience_mismatch', healthyFacts({ fit }))?.reason).toBe(
      'The fit scores "shared audience" at 2 of 5.',
    );
    expect(fired(healthyFacts({ fit: { ...fit, sharedAudience: 1 } }))).toContain(
      'audience_mismatch',
    );
  });

  it('does not fire at 3 or when not assessed', () => {
    expect(
      fired(healthyFacts({ fit: { complementary: 5, sharedAudience: 3, competitorFlag: false } })),
    ).not.toContain('audience_mismatch');
    expect(fired(healthyFacts({ fit: null }))).not.toContain('audience_mismatch');
  });
});

describe('unmanaged high risk', () => {
  const risk = (overrides: Partial<RiskFacts>): RiskFacts => ({
    title: 'Brand dilution',
    band: 'high',
    owner: 'Dana',
    mitigation: 'Approval of all co-branded material',
    nextReviewDate: '2026-07-01',
    status: 'open',
    ...overrides,
  });

  it('fires for a high risk without an owner or a mitigation', () => {
    expect(
      only('unmanaged_high_risk', healthyFacts({ risks: [risk({ owner: null, mitigation: '' })] })),
    ).toMatchObject({
      severity: 'warning',
      reason:
        '1 high or critical risk not under control: “Brand dilution” (high) has no owner and no mitigation.',
    });
  });

  it('fires for a critical risk past its review date, as critical', () => {
    const facts = healthyFacts({
      risks: [risk({ band: 'critical', nextReviewDate: '2026-06-14' })],
    });
    expect(only('unmanaged_high_risk', facts)).toMatchObject({
      severity: 'critical',
      reason:
        '1 high or critical risk not under control: “Brand dilution” (critical) has a review overdue since 2026-06-14.',
    });
  });

  it('does not fire on the review date itself, nor without a review date', () => {
    expect(fired(healthyFacts({ risks: [risk({ nextReviewDate: '2026-06-15' })] }))).not.toContain(
      'unmanaged_high_risk',
    );
    expect(fired(healthyFacts({ risks: [risk({ nextReviewDate: null })] }))).not.toContain(
      'unmanaged_high_risk',
    );
  });

  it('ignores low and medium risks and closed ones', () => {
    const careless = { owner: null, mitigation: null, nextReviewDate: '2020-01-01' };
    expect(
      fired(
        healthyFacts({
          risks: [
            risk({ ...careless, band: 'medium' }),
            risk({ ...careless, band: 'low' }),
            risk({ ...careless, status: 'closed' }),
          ],
        }),
      ),
    ).not.toContain('unmanaged_high_risk');
  });

  it('counts monitored risks and names at most three', () => {
    const risks = ['A', 'B', 'C', 'D', 'E'].map((title) =>
      risk({ title, owner: null, status: 'monitoring' }),
    );
    const reason = only('unmanaged_high_risk', healthyFacts({ risks }))?.reason;
    expect(reason).toMatch(/^5 high or critical risks not under control: “A”/);
    expect(reason).toMatch(/; and 2 more\.$/);
    expect(reason).not.toContain('“D”');
  });
});

describe('no exit plan', () => {
  it('fires when a signed agreement lacks a notice period or an exit plan', () => {
    expect(
      only('no_exit_plan', healthyFacts({ agreement: signed({ exitPlan: null }) }))?.reason,
    ).toBe('The signed agreement has no exit plan.');
    expect(
      only('no_exit_plan', healthyFacts({ agreement: signed({ terminationNoticeDays: null }) }))
        ?.reason,
    ).toBe('The signed agreement has no termination notice period.');
    expect(
      only(
        'no_exit_plan',
        healthyFacts({ agreement: signed({ terminationNoticeDays: null, exitPlan: ' ' }) }),
      )?.reason,
    ).toBe('The signed agreement has no termination notice period and no exit plan.');
  });

  it('does not fire with both, with a notice of 0 days, or for an unsigned agreement', () => {
    expect(fired(healthyFacts({ agreement: signed({}) }))).not.toContain('no_exit_plan');
    expect(fired(healthyFacts({ agreement: signed({ terminationNoticeDays: 0 }) }))).not.toContain(
      'no_exit_plan',
    );
    expect(
      fired(
        healthyFacts({
          stage: 'negotiating',
          agreement: signed({ status: 'draft', exitPlan: null }),
        }),
      ),
    ).not.toContain('no_exit_plan');
  });
});

describe('data shared without terms', () => {
  it('fires when data is shared and the terms are empty', () => {
    expect(
      only('data_without_terms', healthyFacts({ agreement: signed({ dataShared: true }) })),
    ).toMatchObject({
      severity: 'critical',
      reason: 'The agreement says data is shared, but its data-sharing terms are empty.',
    });
    expect(
      fired(healthyFacts({ agreement: signed({ dataShared: true, dataSharingTerms: '   ' }) })),
    ).toContain('data_without_terms');
  });

  it('fires for a draft agreement too', () => {
    const draft = signed({ status: 'draft', dataShared: true });
    expect(fired(healthyFacts({ stage: 'negotiating', agreement: draft }))).toContain(
      'data_without_terms',
    );
  });

  it('does not fire with terms written or no data shared', () => {
    expect(
      fired(
        healthyFacts({ agreement: signed({ dataShared: true, dataSharingTerms: 'Leads only' }) }),
      ),
    ).toEqual([]);
    expect(fired(healthyFacts({ agreement: signed({ dataShared: false }) }))).toEqual([]);
    expect(fired(healthyFacts({ stage: 'exploring', agreement: null }))).not.toContain(
      'data_without_terms',
    );
  });
});

describe('expiring', () => {
  it('fires when the agreement ends within 60 days without a decision', () => {
    const facts = healthyFacts({ agreement: signed({ endDate: '2026-08-14' }) });
    expect(only('expiring', facts)).toMatchObject({
      severity: 'warning',
      reason:
        'The agreement ends on 2026-08-14, in 60 days; no renew, adjust or exit decision is logged.',
    });
  });

  it('does not fire 61 days before the end', () => {
    expect(fired(healthyFacts({ agreement: signed({ endDate: '2026-08-15' }) }))).not.toContain(
      'expiring',
    );
  });

  it('is critical within 30 days and on the last day', () => {
    expect(
      only('expiring', healthyFacts({ agreement: signed({ endDate: '2026-07-15' }) }))?.severity,
    ).toBe('critical');
    expect(
      only('expiring', healthyFacts({ agreement: signed({ endDate: '2026-06-15' }) }))?.reason,
    ).toMatch(/^The agreement ends today \(2026-06-15\)/);
  });

  it('fires for exclusivity ending within 60 days', () => {
    const facts = healthyFacts({ agreement: signed({ exclusivityEndDate: '2026-07-01' }) });
    expect(only('expiring', facts)?.reason).toBe(
      'Exclusivity ends on 2026-07-01, in 16 days; no renew, adjust or exit decision is logged.',
    );
  });

  it('counts a renew, adjust or exit decision from 90 days before the end', () => {
    const agreement = signed({ endDate: '2026-08-01' });
    for (const kind of ['renew', 'adjust', 'exit'] as const) {
      const decided = healthyFacts({ agreement, decisions: [{ kind, date: '2026-05-03' }] });
      expect(fired(decided)).not.toContain('expiring');
    }
    const early = healthyFacts({ agreement, decisions: [{ kind: 'renew', date: '2026-05-02' }] });
    expect(fired(early)).toContain('expiring');
    const otherKind = healthyFacts({
      agreement,
      decisions: [{ kind: 'expand', date: '2026-06-01' }],
    });
    expect(fired(otherKind)).toContain('expiring');
  });

  it('needs a decision for each end that is near', () => {
    const agreement = signed({ endDate: '2026-08-01', exclusivityEndDate: '2026-06-20' });
    const decisions = [{ kind: 'adjust' as const, date: '2026-04-01' }];
    expect(only('expiring', healthyFacts({ agreement, decisions }))?.reason).toBe(
      'The agreement ends on 2026-08-01, in 47 days; no renew, adjust or exit decision is logged.',
    );
    expect(only('expiring', healthyFacts({ agreement }))?.reason).toMatch(
      /^The agreement ends .*; exclusivity ends/,
    );
  });

  it('keeps flagging an agreement that ended but still reads signed; a past exclusivity is over', () => {
    expect(
      only('expiring', healthyFacts({ agreement: signed({ endDate: '2026-06-10' }) })),
    ).toMatchObject({
      severity: 'critical',
      reason:
        'The agreement ended on 2026-06-10, 5 days ago; no renew, adjust or exit decision is logged.',
    });
    expect(
      fired(healthyFacts({ agreement: signed({ exclusivityEndDate: '2026-06-10' }) })),
    ).not.toContain('expiring');
  });

  it('does not fire for an agreement that is not signed or has no end', () => {
    expect(fired(healthyFacts({ agreement: signed({ endDate: null }) }))).not.toContain('expiring');
    const expired = signed({ status: 'expired', endDate: '2026-07-01' });
    expect(fired(healthyFacts({ agreement: expired }))).not.toContain('expiring');
  });
});
