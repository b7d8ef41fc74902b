import { describe, expect, it } from 'vitest';
import { fired, healthyFacts, only, today } from './diagnostics-fixture.ts';

describe('no clear owner', () => {
  it('fires when an active partnership lacks an owner on either side', () => {
    expect(only('no_clear_owner', healthyFacts({ ownerOurs: '  ' }))?.reason).toBe(
      'The partnership is active but no owner is named on our side.',
    );
    expect(
      only('no_clear_owner', healthyFacts({ ownerOurs: null, ownerTheirs: null }))?.reason,
    ).toMatch(/on either side/);
  });

  it('does not fire with both owners named', () => {
    expect(fired(healthyFacts())).not.toContain('no_clear_owner');
  });

  it('counts signed, active and renewing as active, and nothing before', () => {
    for (const stage of ['signed', 'active', 'renewing'] as const) {
      expect(fired(healthyFacts({ stage, ownerTheirs: null }))).toContain('no_clear_owner');
    }
    for (const stage of ['identified', 'contacted', 'exploring', 'negotiating'] as const) {
      expect(fired(healthyFacts({ stage, ownerTheirs: null }))).not.toContain('no_clear_owner');
    }
  });
});

describe('no written agreement', () => {
  it('fires when an active partnership has no signed agreement', () => {
    expect(only('no_written_agreement', healthyFacts({ agreement: null }))?.reason).toBe(
      'The partnership is active but no agreement is recorded.',
    );
    const agreement = healthyFacts().agreement;
    if (!agreement) throw new Error('fixture has an agreement');
    const inReview = healthyFacts({
      stage: 'renewing',
      agreement: { ...agreement, status: 'in_review' },
    });
    expect(only('no_written_agreement', inReview)?.reason).toBe(
      'The partnership is renewing but the agreement is in review, not signed.',
    );
    for (const status of ['none', 'draft', 'expired', 'terminated'] as const) {
      const facts = healthyFacts({ stage: 'signed', agreement: { ...agreement, status } });
      expect(fired(facts)).toContain('no_written_agreement');
    }
  });

  it('does not fire with a signed agreement, or before signature', () => {
    expect(fired(healthyFacts())).not.toContain('no_written_agreement');
    expect(fired(healthyFacts({ stage: 'negotiating', agreement: null }))).not.toContain(
      'no_written_agreement',
    );
  });
});

describe('unequal effort', () => {
  it('fires when one side carries more than twice the other', () => {
    expect(
      only('unequal_effort', healthyFacts({ openDeliverables: { ours: 7, theirs: 3 } }))?.reason,
    ).toBe(
      'Our side carries 7 open deliverables against 3 on the other side, more than twice as many.',
    );
    expect(
      only('unequal_effort', healthyFacts({ openDeliverables: { ours: 0, theirs: 1 } }))?.reason,
    ).toMatch(/^The partner carries 1 open deliverable against 0/);
  });

  it('does not fire at exactly twice, or with nothing open', () => {
    expect(fired(healthyFacts({ openDeliverables: { ours: 6, theirs: 3 } }))).not.toContain(
      'unequal_effort',
    );
    expect(fired(healthyFacts({ openDeliverables: { ours: 0, theirs: 0 } }))).not.toContain(
      'unequal_effort',
    );
  });
});

describe('no shared definition of success', () => {
  it('fires without a success definition', () => {
    const facts = healthyFacts({ charter: { successDefinition: '', cadence: 'monthly' } });
    expect(only('no_shared_success', facts)?.reason).toBe(
      'The charter has no shared definition of success.',
    );
    expect(only('no_shared_success', healthyFacts({ charter: null }))?.reason).toMatch(
      /^No charter has been written/,
    );
  });

  it('fires without a linked KPI, naming both gaps when both apply', () => {
    expect(only('no_shared_success', healthyFacts({ kpiCategories: [] }))?.reason).toBe(
      'No KPI is linked to the partnership.',
    );
    expect(
      only('no_shared_success', healthyFacts({ kpiCategories: [], charter: null }))?.reason,
    ).toBe('No charter has been written and no KPI is linked to the partnership.');
  });

  it('does not fire with both, nor for prospects still exploring', () => {
    expect(fired(healthyFacts())).not.toContain('no_shared_success');
    expect(
      fired(healthyFacts({ stage: 'exploring', charter: null, kpiCategories: [] })),
    ).not.toContain('no_shared_success');
    expect(fired(healthyFacts({ stage: 'negotiating', charter: null }))).toContain(
      'no_shared_success',
    );
  });
});

describe('misaligned incentives', () => {
  const differing = { goalOurs: 'Brand awareness', goalTheirs: 'Direct sales', kpiCategories: [] };

  it('fires when goals are recorded, differ, and no KPI is linked', () => {
    expect(only('misaligned_incentives', healthyFacts(differing))?.reason).toBe(
      'We want “Brand awareness”, the partner wants “Direct sales”, and no KPI is linked to measure a shared outcome.',
    );
  });

  it('does not fire when a KPI is linked', () => {
    expect(fired(healthyFacts({ ...differing, kpiCategories: ['revenue'] }))).not.toContain(
      'misaligned_incentives',
    );
  });

  it('does not fire when the goals are the same, ignoring case and spacing', () => {
    expect(
      fired(
        healthyFacts({
          goalOurs: 'Joint  revenue',
          goalTheirs: 'joint revenue ',
          kpiCategories: [],
        }),
      ),
    ).not.toContain('misaligned_incentives');
  });

  it('does not fire when either goal is not recorded', () => {
    expect(fired(healthyFacts({ ...differing, goalTheirs: null }))).not.toContain(
      'misaligned_incentives',
    );
    expect(fired(healthyFacts({ ...differing, goalOurs: ' ' }))).not.toContain(
      'misaligned_incentives',
    );
  });

  it('shortens long goals in the reason', () => {
    const reason = only(
      'misaligned_incentives',
      healthyFacts({ ...differing, goalOurs: 'x'.repeat(200) }),
    )?.reason;
    expect(reason).toContain('…');
    expect(reason?.length).toBeLessThan(200);
  });
});

describe('vanity metrics only', () => {
  it('fires when every linked KPI is reach or engagement', () => {
    expect(
      only(
        'vanity_metrics_only',
        healthyFacts({ kpiCategories: ['reach', 'engagement', 'reach'] }),
      ),
    ).toMatchObject({
      severity: 'info',
      reason:
        'All 3 linked KPIs measure reach or engagement; none measures leads, conversion or revenue.',
    });
    expect(
      only('vanity_metrics_only', healthyFacts({ kpiCategories: ['engagement'] }))?.reason,
    ).toMatch(/^The only linked KPI measures/);
  });

  it('does not fire with one leads or revenue KPI, or without KPIs', () => {
    expect(fired(healthyFacts({ kpiCategories: ['reach', 'revenue'] }))).not.toContain(
      'vanity_metrics_only',
    );
    expect(fired(healthyFacts({ kpiCategories: ['reach', 'leads_conversion'] }))).not.toContain(
      'vanity_metrics_only',
    );
    expect(fired(healthyFacts({ kpiCategories: [] }))).not.toContain('vanity_metrics_only');
  });
});

describe('no review cadence / overdue review', () => {
  it('fires when no cadence is set', () => {
    expect(
      only('review_cadence', healthyFacts({ charter: { successDefinition: 'x', cadence: null } }))
        ?.reason,
    ).toBe('No review cadence is set in the charter.');
    expect(fired(healthyFacts({ charter: null }))).toContain('review_cadence');
  });

  it('fires when no check-in was ever recorded', () => {
    expect(only('review_cadence', healthyFacts({ lastCheckInDate: null }))?.reason).toMatch(
      /no check-in has been recorded/,
    );
  });

  it('fires the day after a monthly check-in falls due, not on the due day', () => {
    const facts = healthyFacts({ lastCheckInDate: '2026-05-15' });
    expect(fired(facts, '2026-06-15')).not.toContain('review_cadence');
    expect(only('review_cadence', facts, '2026-06-16')?.reason).toBe(
      'The last check-in was on 2026-05-15; with a monthly cadence the next was due on 2026-06-15, 1 day ago.',
    );
  });

  it('allows three months for a quarterly cadence and one week for a weekly one', () => {
    const quarterly = healthyFacts({
      charter: { successDefinition: 'x', cadence: 'quarterly' },
      lastCheckInDate: '2026-03-15',
    });
    expect(fired(quarterly, '2026-06-15')).not.toContain('review_cadence');
    expect(fired(quarterly, '2026-06-16')).toContain('review_cadence');
    const weekly = healthyFacts({
      charter: { successDefinition: 'x', cadence: 'weekly' },
      lastCheckInDate: '2026-06-08',
    });
    expect(fired(weekly, '2026-06-15')).not.toContain('review_cadence');
    expect(fired(weekly, '2026-06-16')).toContain('review_cadence');
  });

  it('does not apply before the partnership is signed', () => {
    expect(fired(healthyFacts({ stage: 'contacted', charter: null }))).not.toContain(
      'review_cadence',
    );
  });
});

describe('fading partnership', () => {
  const quiet = {
    lastActivityDate: null,
    lastMeetingDate: null,
    lastActualDate: null,
    lastCheckInDate: today,
  };

  it('fires when nothing happened in the last 6 months', () => {
    const facts = healthyFacts({
      ...quiet,
      lastActivityDate: '2025-12-14',
      lastActualDate: '2025-11-30',
    });
    expect(only('fading_partnership', facts)?.reason).toBe(
      'The last activity, meeting or actual was on 2025-12-14; nothing since 2025-12-15, six months ago.',
    );
  });

  it('does not fire when anything happened exactly 6 months ago or later', () => {
    expect(fired(healthyFacts({ ...quiet, lastActivityDate: '2025-12-15' }))).not.toContain(
      'fading_partnership',
    );
    expect(fired(healthyFacts({ ...quiet, lastMeetingDate: '2026-06-01' }))).not.toContain(
      'fading_partnership',
    );
    expect(fired(healthyFacts({ ...quiet, lastActualDate: '2026-01-31' }))).not.toContain(
      'fading_partnership',
    );
  });

  it('fires when nothing was ever recorded for an active partnership, but not for a prospect', () => {
    expect(only('fading_partnership', healthyFacts(quiet))?.reason).toMatch(
      /has ever been recorded/,
    );
    expect(fired(healthyFacts({ ...quiet, stage: 'exploring' }))).not.toContain(
      'fading_partnership',
    );
  });

  it('measures six calendar months, clamped at month end', () => {
    const facts = healthyFacts({ ...quiet, lastActivityDate: '2026-02-28' });
    expect(fired(facts, '2026-08-31')).not.toContain('fading_partnership');
    expect(fired({ ...facts, lastActivityDate: '2026-02-27' }, '2026-08-31')).toContain(
      'fading_partnership',
    );
  });
});
