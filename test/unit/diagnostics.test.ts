import { describe, expect, it } from 'vitest';
import {
  diagnosePartnership,
  diagnoseProgram,
  diagnosticCheckIds,
  diagnosticChecks,
} from '../../shared/domain/diagnostics.ts';
import { fired, healthyFacts, only, today } from './diagnostics-fixture.ts';

describe('diagnostics catalogue', () => {
  it('has every anti-pattern of the SPEC table, in order', () => {
    expect(diagnosticCheckIds).toEqual([
      'no_clear_owner',
      'no_written_agreement',
      'unequal_effort',
      'no_shared_success',
      'misaligned_incentives',
      'vanity_metrics_only',
      'review_cadence',
      'fading_partnership',
      'competitor_cannibalisation',
      'audience_mismatch',
      'unmanaged_high_risk',
      'no_exit_plan',
      'data_without_terms',
      'expiring',
    ]);
  });

  it('gives every check a title, a rule, a fix and one of the four sources', () => {
    for (const id of diagnosticCheckIds) {
      const check = diagnosticChecks[id];
      expect(check.title.length).toBeGreaterThan(3);
      expect(check.rule.length).toBeGreaterThan(20);
      expect(check.fix.length).toBeGreaterThan(40);
      expect(['000', '001', '002', '003']).toContain(check.sourceId);
    }
  });

  it('cites the sources the SPEC table names', () => {
    expect(diagnosticChecks.no_written_agreement.sourceId).toBe('000');
    expect(diagnosticChecks.vanity_metrics_only.sourceId).toBe('002');
    expect(diagnosticChecks.data_without_terms.sourceId).toBe('003');
    expect(diagnosticChecks.unequal_effort.seeAlso).toEqual(['000']);
  });
});

describe('diagnosePartnership', () => {
  it('finds nothing wrong with a well-run partnership', () => {
    expect(fired(healthyFacts())).toEqual([]);
  });

  it('reports each finding with the catalogue text and the partner', () => {
    const diagnostic = only('no_clear_owner', healthyFacts({ ownerTheirs: null }));
    expect(diagnostic).toEqual({
      checkId: 'no_clear_owner',
      partnerId: 7,
      partnerName: 'Acme Analytics',
      severity: 'critical',
      title: 'No clear owner',
      reason: "The partnership is active but no owner is named on the partner's side.",
      fix: diagnosticChecks.no_clear_owner.fix,
      sourceId: '001',
      seeAlso: ['002'],
    });
  });

  it('lists the most severe first', () => {
    const severities = diagnosePartnership(
      healthyFacts({
        ownerOurs: '',
        kpiCategories: ['reach'],
        openDeliverables: { ours: 9, theirs: 1 },
      }),
      today,
    ).map((d) => d.severity);
    expect(severities).toEqual(['critical', 'warning', 'info']);
  });

  it('stays silent for an exited partnership', () => {
    expect(fired(healthyFacts({ stage: 'exited', ownerOurs: null, agreement: null }))).toEqual([]);
  });
});

describe('diagnoseProgram', () => {
  it('orders findings across partners by severity, then partner name', () => {
    const result = diagnoseProgram(
      [
        healthyFacts({ partnerId: 1, name: 'Zeta', ownerOurs: null }),
        healthyFacts({ partnerId: 2, name: 'Alpha', kpiCategories: ['reach'] }),
        healthyFacts({ partnerId: 3, name: 'Beta', ownerTheirs: null }),
      ],
      today,
    );
    expect(result.map((d) => [d.partnerName, d.checkId])).toEqual([
      ['Beta', 'no_clear_owner'],
      ['Zeta', 'no_clear_owner'],
      ['Alpha', 'vanity_metrics_only'],
    ]);
  });
});
