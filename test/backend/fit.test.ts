import { describe, expect, it } from 'vitest';
import { defaultFitWeights } from '../../shared/domain/fit.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const allFours = {
  complementary: { score: 4, note: 'They do analytics; we do retail media.' },
  sharedAudience: { score: 4 },
  customerIntent: { score: 4 },
  brandValues: { score: 4 },
  strategicFit: { score: 4 },
  resourceCommitment: { score: 4 },
  channelConflictRisk: { score: 2 },
};

describe('fit assessments through the router', () => {
  it('starts unscored, then keeps scores, notes and red flags with their reasons', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const blank = await ok(backend, 'fit.get', { partnerId: partner.id });
    expect(blank.updatedAt).toBeNull();
    expect(blank.criteria.complementary).toEqual({ score: null, note: '' });
    expect(blank.redFlags.directCompetitor).toEqual({ raised: false, note: '' });

    const saved = await ok(backend, 'fit.save', {
      partnerId: partner.id,
      criteria: allFours,
      redFlags: { valuesConflict: { raised: true, note: 'Fast fashion versus our eco line' } },
    });
    expect(saved.updatedAt).not.toBeNull();
    const got = await ok(backend, 'fit.get', { partnerId: partner.id });
    expect(got.criteria.complementary).toEqual(allFours.complementary);
    expect(got.criteria.sharedAudience).toEqual({ score: 4, note: '' });
    expect(got.redFlags).toEqual({
      directCompetitor: { raised: false, note: '' },
      valuesConflict: { raised: true, note: 'Fast fashion versus our eco line' },
    });
  });

  it('lists each partner with score and verdict, red flags forcing no-go', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const hooli = await ok(backend, 'partners.create', { name: 'Hooli', type: 'content' });
    await ok(backend, 'fit.save', { partnerId: globex.id, criteria: allFours });
    await ok(backend, 'fit.save', {
      partnerId: hooli.id,
      criteria: allFours,
      redFlags: { directCompetitor: { raised: true } },
    });
    const list = await ok(backend, 'fit.list', {});
    expect(list).toEqual([
      { partnerId: globex.id, score: 75, verdict: 'go', redFlags: [], unscored: [] },
      {
        partnerId: hooli.id,
        score: 75,
        verdict: 'no-go',
        redFlags: ['directCompetitor'],
        unscored: [],
      },
    ]);
  });

  it('uses the weights stored in the workbook settings', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const settings = await ok(backend, 'settings.get', {});
    expect(settings.params.fitWeights).toEqual(defaultFitWeights);
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'fit.save', {
      partnerId: partner.id,
      criteria: { complementary: { score: 5 }, sharedAudience: { score: 1 } },
    });
    expect((await ok(backend, 'fit.list', {}))[0]?.score).toBe(50);
    await ok(backend, 'settings.updateParams', {
      ...settings.params,
      fitWeights: { ...defaultFitWeights, complementary: 1 },
    });
    const [summary] = await ok(backend, 'fit.list', {});
    expect(summary).toMatchObject({ score: 25, verdict: 'no-go' });
  });

  it('refuses weights that are negative or all zero, leaving the settings unchanged', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const settings = await ok(backend, 'settings.get', {});
    const before = canonicalDump(path);
    const negative = await backend.call('settings.updateParams', {
      ...settings.params,
      fitWeights: { ...defaultFitWeights, brandValues: -1 },
    });
    expect(negative).toMatchObject({
      ok: false,
      error: { fields: { 'fitWeights.brandValues': 'A weight cannot be negative' } },
    });
    const zeros = Object.fromEntries(Object.keys(defaultFitWeights).map((k) => [k, 0]));
    const allZero = await backend.call('settings.updateParams', {
      ...settings.params,
      fitWeights: zeros,
    });
    expect(allZero).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('at least one criterion') },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('refuses a score outside 1..5 or an unknown partner, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'fit.save', { partnerId: partner.id, criteria: allFours });
    const before = canonicalDump(path);
    const result = await backend.call('fit.save', {
      partnerId: partner.id,
      criteria: { ...allFours, sharedAudience: { score: 6 }, brandValues: { score: 2.5 } },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'criteria.sharedAudience.score': 'Score from 1 to 5',
          'criteria.brandValues.score': 'Score with a whole number from 1 to 5',
        },
      },
    });
    const missing = await backend.call('fit.save', { partnerId: 999, criteria: allFours });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(backend.call('fit.get', { partnerId: 999 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('clears a criterion when its score and note are emptied', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'fit.save', { partnerId: partner.id, criteria: allFours });
    await ok(backend, 'fit.save', {
      partnerId: partner.id,
      criteria: { ...allFours, complementary: { score: null, note: '' } },
    });
    const [summary] = await ok(backend, 'fit.list', {});
    expect(summary?.unscored).toEqual(['complementary']);
  });
});
