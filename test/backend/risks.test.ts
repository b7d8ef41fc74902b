import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'co_marketing' });
  return { backend, path, globex, initech };
}

describe('the risk register', () => {
  it('creates a partner risk with its score, band and residual position', async () => {
    const { backend, globex } = await setup();
    const created = await ok(backend, 'risks.create', {
      partnerId: globex.id,
      title: 'Integration API changes without notice',
      category: 'operational',
      likelihood: 4,
      impact: 4,
      treatment: 'mitigate',
      mitigation: 'Version pinning and a shared changelog',
      contingency: 'Fall back to CSV sync',
      owner: 'Ana Ruiz',
      nextReviewDate: '2026-04-30',
      residualLikelihood: 2,
      residualImpact: 3,
    });
    expect(created).toMatchObject({
      partnerId: globex.id,
      partnerName: 'Globex',
      score: 16,
      band: 'critical',
      residualScore: 6,
      residualBand: 'medium',
      status: 'open',
    });
    await expect(ok(backend, 'risks.get', { id: created.id })).resolves.toEqual(created);
  });

  it.each([
    [2, 2, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [3, 5, 15, 'high'],
    [4, 4, 16, 'critical'],
  ] as const)('bands %i × %i = %i as %s', async (likelihood, impact, score, band) => {
    const { backend } = await setup();
    const created = await ok(backend, 'risks.create', {
      title: 'Boundary',
      category: 'market',
      likelihood,
      impact,
    });
    expect(created).toMatchObject({ score, band, partnerId: null, partnerName: null });
  });

  it('lists every risk, only program-wide ones, or one partner’s, highest score first', async () => {
    const { backend, globex, initech } = await setup();
    const program = await ok(backend, 'risks.create', {
      title: 'Budget freeze',
      category: 'financial',
      likelihood: 2,
      impact: 3,
    });
    const g = await ok(backend, 'risks.create', {
      partnerId: globex.id,
      title: 'Channel overlap',
      category: 'channelConflict',
      likelihood: 5,
      impact: 4,
    });
    const i = await ok(backend, 'risks.create', {
      partnerId: initech.id,
      title: 'Brand dilution',
      category: 'reputational',
      likelihood: 3,
      impact: 3,
    });
    const ids = (list: { id: number }[]) => list.map((r) => r.id);
    expect(ids(await ok(backend, 'risks.list', {}))).toEqual([g.id, i.id, program.id]);
    expect(ids(await ok(backend, 'risks.list', { partnerId: null }))).toEqual([program.id]);
    expect(ids(await ok(backend, 'risks.list', { partnerId: globex.id }))).toEqual([g.id]);
  });

  it('updates a risk, flags an overdue review against the given day, and deletes it', async () => {
    const { backend, initech } = await setup();
    const created = await ok(backend, 'risks.create', {
      title: 'Data shared without a DPA',
      category: 'dataIp',
      likelihood: 3,
      impact: 5,
      nextReviewDate: '2026-03-01',
    });
    const updated = await ok(backend, 'risks.update', {
      id: created.id,
      fields: {
        partnerId: initech.id,
        title: 'Data shared without a DPA',
        category: 'dataIp',
        likelihood: 2,
        impact: 5,
        treatment: 'transfer',
        status: 'monitoring',
        nextReviewDate: '2026-03-01',
      },
    });
    expect(updated).toMatchObject({
      partnerName: 'Initech',
      score: 10,
      band: 'high',
      treatment: 'transfer',
    });
    const [onTime] = await ok(backend, 'risks.list', { today: '2026-03-01' });
    expect(onTime?.reviewOverdue).toBe(false);
    const [late] = await ok(backend, 'risks.list', { today: '2026-03-02' });
    expect(late?.reviewOverdue).toBe(true);

    await ok(backend, 'risks.delete', { id: created.id });
    await expect(ok(backend, 'risks.list', {})).resolves.toEqual([]);
    const again = await backend.call('risks.delete', { id: created.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('ranks the top open risks, leaving closed ones out', async () => {
    const { backend } = await setup();
    const base = { category: 'market' as const };
    await ok(backend, 'risks.create', {
      ...base,
      title: 'A',
      likelihood: 5,
      impact: 5,
      status: 'closed',
    });
    const b = await ok(backend, 'risks.create', { ...base, title: 'B', likelihood: 4, impact: 4 });
    const c = await ok(backend, 'risks.create', {
      ...base,
      title: 'C',
      likelihood: 3,
      impact: 5,
      residualLikelihood: 1,
      residualImpact: 1,
    });
    const d = await ok(backend, 'risks.create', { ...base, title: 'D', likelihood: 2, impact: 2 });
    const top = await ok(backend, 'risks.top', { limit: 2 });
    expect(top.map((r) => r.id)).toEqual([b.id, c.id]);
    const current = await ok(backend, 'risks.top', { limit: 3, basis: 'current' });
    expect(current.map((r) => r.id)).toEqual([b.id, d.id, c.id]);
  });

  it('refuses invalid risks per field and leaves the workbook unchanged', async () => {
    const { backend, path } = await setup();
    await ok(backend, 'risks.create', {
      title: 'Kept',
      category: 'market',
      likelihood: 1,
      impact: 1,
    });
    const before = canonicalDump(path);

    const bad = await backend.call('risks.create', {
      title: ' ',
      category: 'weather',
      likelihood: 6,
      impact: 0,
      treatment: 'ignore',
      nextReviewDate: '31/03/2026',
      residualLikelihood: 2,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.fields).toMatchObject({
      title: 'Title is required',
      category: 'Pick a category',
      likelihood: 'Likelihood is 1 to 5',
      impact: 'Impact is 1 to 5',
      treatment: 'Pick a treatment',
      nextReviewDate: 'Use a date like 2026-03-31',
    });

    const halfResidual = await backend.call('risks.create', {
      title: 'Half residual',
      category: 'market',
      likelihood: 3,
      impact: 3,
      residualLikelihood: 2,
    });
    expect(halfResidual).toMatchObject({
      ok: false,
      error: {
        fields: { residualImpact: 'Set the residual impact too, or clear the residual likelihood' },
      },
    });

    const ghostPartner = await backend.call('risks.create', {
      partnerId: 999,
      title: 'Ghost',
      category: 'market',
      likelihood: 3,
      impact: 3,
    });
    expect(ghostPartner).toMatchObject({
      ok: false,
      error: { code: 'not_found', fields: { partnerId: 'That partner no longer exists' } },
    });
    const ghostRisk = await backend.call('risks.update', {
      id: 999,
      fields: { title: 'Ghost', category: 'market', likelihood: 3, impact: 3 },
    });
    expect(ghostRisk).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('removes a partner’s risks with the partner and keeps program-wide ones', async () => {
    const { backend, globex } = await setup();
    await ok(backend, 'risks.create', {
      partnerId: globex.id,
      title: 'Goes with the partner',
      category: 'relationship',
      likelihood: 2,
      impact: 2,
    });
    const stays = await ok(backend, 'risks.create', {
      title: 'Stays',
      category: 'regulatory',
      likelihood: 2,
      impact: 2,
    });
    await ok(backend, 'partners.delete', { id: globex.id });
    expect((await ok(backend, 'risks.list', {})).map((r) => r.id)).toEqual([stays.id]);
  });
});
