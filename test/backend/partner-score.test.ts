import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import {
  loadScorecardData,
  partnerScore,
  scorePartner,
} from '../../electron/backend/services/scorecards.ts';
import { monthsBetween } from '../../shared/domain/periods.ts';
import { appSchemaVersion, makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('partnerScore (health and the dashboard)', () => {
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
          const expected = scorePartner(data, partner, month).summary.score;
          expect(partnerScore(data, partner, month)).toBe(expected);
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
