import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import {
  loadScorecardData,
  partnerScore,
  scorePartner,
  scoreSummary,
} from '../../electron/backend/services/scorecards.ts';
import {
  diagnoseProgram,
  diagnosePartnership,
  diagnosticCheckIds,
} from '../../shared/domain/diagnostics.ts';
import { loadKpiReadings, noScore } from '../../electron/backend/services/partnership-health.ts';
import { monthsBetween } from '../../shared/domain/periods.ts';
import { appSchemaVersion, makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('partnerScore and scoreSummary (health, the dashboard, the scorecards table)', () => {
  it(
    'is the score of the full scorecard for every partner and month',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const path = join(dir, 'program.pwb');
      await generateLargeWorkbook(path, {
        partners: 80,
        seed: 3,
        today: '2026-06-15',
        months: 12,
        migrationsFolder: defaultMigrationsFolder,
        appSchemaVersion,
      });
      const backend = makeBackend(dir);
      await ok(backend, 'workbook.open', { path });
      const { repos } = backend.state.require();
      // Typed (manual) criteria too: give a few partners a value for each manual criterion.
      const criteria = repos.settings.get().params.scorecardCriteria;
      const manual = criteria.filter((c) => c.source.kind === 'manual');
      for (const criterion of manual)
        for (const partnerId of [1, 2, 3])
          await ok(backend, 'scorecards.setInput', {
            partnerId,
            period: '2026-05',
            criterionKey: criterion.key,
            value: 40 + partnerId,
          });
      const data = loadScorecardData(repos, {
        partnerId: null,
        includeArchived: true,
        from: '2026-01',
        to: '2026-06',
      });
      let scored = 0;
      for (const partner of data.partners)
        for (const month of monthsBetween('2026-01', '2026-06')) {
          const full = scorePartner(data, partner, month).summary;
          const expected = full.score;
          expect(partnerScore(data, partner, month)).toBe(expected);
          expect(scoreSummary(data, partner, month)).toEqual(full);
          if (expected !== null) scored += 1;
        }
      expect(scored).toBeGreaterThan(100);
      expect(criteria.map((c) => c.source.kind)).toEqual(
        expect.arrayContaining(['revenue_growth', 'measure']),
      );
      backend.close();
    },
  );
});

describe('loadKpiReadings (health and the dashboard)', () => {
  it(
    'reads each partner the latest scored month of the last three, or the month asked, as the full scorecard scores it',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const path = join(dir, 'readings.pwb');
      const today = '2026-06-15';
      await generateLargeWorkbook(path, {
        partners: 60,
        seed: 11,
        today,
        months: 12,
        migrationsFolder: defaultMigrationsFolder,
        appSchemaVersion,
      });
      const backend = makeBackend(dir);
      await ok(backend, 'workbook.open', { path });
      // One criterion reads a KPI, the others typed in: a few partners score from those alone.
      const kpi = await ok(backend, 'kpis.create', { name: 'Enablement', category: 'operational' });
      const settings = await ok(backend, 'settings.get', {});
      await ok(backend, 'settings.updateParams', {
        ...settings.params,
        scorecardCriteria: settings.params.scorecardCriteria.map((c) =>
          c.key === 'enablement_completion'
            ? { ...c, source: { kind: 'kpi' as const, kpiId: kpi.id } }
            : c,
        ),
      });
      const { repos } = backend.state.require();
      const partners = repos.scorecards.partners({ partnerId: null, includeArchived: false });
      // Figures typed for months with and without actuals, and for a partner in the middle of
      // the list, so typed months alone decide some readings.
      for (const [i, partner] of partners.slice(0, 12).entries()) {
        const period = ['2026-04', '2026-05', '2026-06'][i % 3] ?? '2026-06';
        await ok(backend, 'scorecards.setInput', {
          partnerId: partner.id,
          period,
          criterionKey: i % 2 === 0 ? 'compliance' : 'enablement_completion',
          value: 30 + i * 7,
        });
      }
      // Some partners' actuals of the latest months deleted, so earlier months are taken.
      for (const partner of partners.slice(20, 30))
        for (const period of ['2026-05', '2026-06'])
          for (const measure of ['attributedRevenue', 'qualifiedLeads'] as const)
            await ok(backend, 'actuals.set', {
              partnerId: partner.id,
              period,
              measure,
              value: null,
            });

      const reference = (from: string, to: string) => {
        const data = loadScorecardData(repos, {
          partnerId: null,
          includeArchived: false,
          from,
          to,
        });
        return new Map(
          data.partners.map((partner) => {
            for (const month of monthsBetween(from, to).reverse()) {
              const score = scorePartner(data, partner, month).summary.score;
              if (score !== null) return [partner.id, { period: month, score }];
            }
            return [partner.id, noScore];
          }),
        );
      };
      const cases = [
        { options: { today }, expected: reference('2026-04', '2026-06') },
        { options: { today, period: '2026-05' }, expected: reference('2026-05', '2026-05') },
      ];
      let scored = 0;
      for (const { options, expected } of cases) {
        const readings = loadKpiReadings(repos, options);
        for (const partner of partners) {
          const want = expected.get(partner.id);
          expect(readings.get(partner.id) ?? noScore).toEqual(want);
          if (want?.score != null) scored += 1;
        }
        // One partner's reading, as health.partner asks for it.
        const one = partners[5];
        if (!one) throw new Error('too few partners');
        expect(
          loadKpiReadings(repos, { ...options, partnerId: one.id }).get(one.id) ?? noScore,
        ).toEqual(expected.get(one.id));
      }
      expect(scored).toBeGreaterThan(60);
      backend.close();
    },
  );
});

describe('diagnoseProgram', () => {
  it('orders findings as a localeCompare of partner names would, accents and case included', async () => {
    const dir = tempDir();
    const path = join(dir, 'names.pwb');
    await generateLargeWorkbook(path, {
      partners: 120,
      seed: 5,
      today: '2026-06-15',
      months: 6,
      migrationsFolder: defaultMigrationsFolder,
      appSchemaVersion,
    });
    const backend = makeBackend(dir);
    await ok(backend, 'workbook.open', { path });
    const names = ['émile', 'Emile', 'zeta', 'Ångström', 'alpha', 'Alpha', 'éclair', 'Zürich'];
    const list = await ok(backend, 'partners.list', {});
    for (const [i, name] of names.entries()) {
      const partner = list[i];
      if (!partner) throw new Error('too few partners');
      const { id, createdAt: _c, updatedAt: _u, ...fields } = partner;
      await ok(backend, 'partners.update', { id, fields: { ...fields, name } });
    }
    const facts = backend.state
      .require()
      .repos.partnershipFacts.load({ today: '2026-06-15' })
      .map((r) => r.facts);
    const found = diagnoseProgram(facts, '2026-06-15');
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const reference = facts
      .flatMap((f) => diagnosePartnership(f, '2026-06-15'))
      .sort(
        (a, b) =>
          rank[a.severity] - rank[b.severity] ||
          a.partnerName.localeCompare(b.partnerName) ||
          diagnosticCheckIds.indexOf(a.checkId) - diagnosticCheckIds.indexOf(b.checkId),
      );
    expect(found.length).toBeGreaterThan(120);
    expect(found).toEqual(reference);
    expect(found.some((d) => names.includes(d.partnerName))).toBe(true);
    backend.close();
  });
});
