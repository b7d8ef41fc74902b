import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function workbookWithTree() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const revenue = await ok(backend, 'kpis.create', {
    name: 'Partner-sourced revenue',
    level: 'strategic',
    category: 'revenue',
    unit: 'EUR',
    defaultTarget: 100_000,
  });
  const pipeline = await ok(backend, 'kpis.create', {
    name: 'Qualified pipeline',
    level: 'tactical',
    parentId: revenue.id,
    category: 'leads_conversion',
    unit: 'leads',
    defaultTarget: 40,
    weight: 3,
  });
  const webinars = await ok(backend, 'kpis.create', {
    name: 'Joint webinars held',
    level: 'operational',
    parentId: pipeline.id,
    category: 'engagement',
    unit: 'events',
    defaultTarget: 2,
  });
  const churn = await ok(backend, 'kpis.create', {
    name: 'Referred customer churn',
    level: 'tactical',
    parentId: revenue.id,
    category: 'revenue',
    unit: '%',
    direction: 'lower',
    defaultTarget: 5,
    weight: 1,
  });
  return { backend, path, revenue, pipeline, webinars, churn };
}

describe('KPIs', () => {
  it('creates, lists and updates KPIs with their defaults', async () => {
    const { backend, revenue, pipeline } = await workbookWithTree();
    const list = await ok(backend, 'kpis.list', {});
    expect(list.map((k) => k.name)).toEqual([
      'Partner-sourced revenue',
      'Qualified pipeline',
      'Joint webinars held',
      'Referred customer churn',
    ]);
    expect(list[0]).toMatchObject({ direction: 'higher', weight: 1, partnerId: null, targets: [] });

    const updated = await ok(backend, 'kpis.update', {
      id: pipeline.id,
      fields: { ...pipeline, name: 'Sales-qualified pipeline', weight: 2 },
    });
    expect(updated).toMatchObject({
      name: 'Sales-qualified pipeline',
      weight: 2,
      parentId: revenue.id,
    });
  });

  it('refuses a parent under the KPI itself, leaving the workbook unchanged', async () => {
    const { backend, path, revenue, webinars } = await workbookWithTree();
    const before = canonicalDump(path);
    const result = await backend.call('kpis.update', {
      id: revenue.id,
      fields: { ...revenue, parentId: webinars.id },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { parentId: 'Pick a KPI that is not this one or under it' },
      },
    });
    const self = await backend.call('kpis.update', {
      id: revenue.id,
      fields: { ...revenue, parentId: revenue.id },
    });
    expect(self.ok).toBe(false);
    expect(canonicalDump(path)).toBe(before);
  });

  it('rejects invalid fields with messages for each field', async () => {
    const { backend, path } = await workbookWithTree();
    const before = canonicalDump(path);
    const result = await backend.call('kpis.create', {
      name: ' ',
      category: 'vanity',
      weight: -1,
      parentId: 999,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          name: 'Name is required',
          category: 'Pick a category',
          weight: 'Weight cannot be negative',
        },
      },
    });
    const orphan = await backend.call('kpis.create', {
      name: 'Orphan',
      category: 'reach',
      parentId: 999,
    });
    expect(orphan).toMatchObject({
      ok: false,
      error: { fields: { parentId: 'That KPI no longer exists' } },
    });
    const noPartner = await backend.call('kpis.create', {
      name: 'X',
      category: 'reach',
      partnerId: 999,
    });
    expect(noPartner).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('deletes a KPI with everything under it and says how many went', async () => {
    const { backend, path, pipeline, churn } = await workbookWithTree();
    await ok(backend, 'kpis.setValue', { kpiId: pipeline.id, period: '2026-03', value: 30 });
    const before = canonicalDump(path);
    const missing = await backend.call('kpis.delete', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);

    await expect(ok(backend, 'kpis.delete', { id: pipeline.id })).resolves.toEqual({ deleted: 2 });
    const left = await ok(backend, 'kpis.list', {});
    expect(left.map((k) => k.id)).not.toContain(pipeline.id);
    expect(left).toHaveLength(2);
    expect(left.some((k) => k.id === churn.id)).toBe(true);
    await expect(
      ok(backend, 'kpis.values', { scope: null, from: '2026-01', to: '2026-12' }),
    ).resolves.toEqual([]);
  });

  it('keeps month-specific targets that replace the default, and removes them with null', async () => {
    const { backend, path, pipeline } = await workbookWithTree();
    await ok(backend, 'kpis.setTarget', { kpiId: pipeline.id, period: '2026-12', target: 15 });
    const withTwo = await ok(backend, 'kpis.setTarget', {
      kpiId: pipeline.id,
      period: '2026-11',
      target: 60,
    });
    expect(withTwo.targets).toEqual([
      { period: '2026-11', target: 60 },
      { period: '2026-12', target: 15 },
    ]);
    const changed = await ok(backend, 'kpis.setTarget', {
      kpiId: pipeline.id,
      period: '2026-11',
      target: 55,
    });
    expect(changed.targets[0]).toEqual({ period: '2026-11', target: 55 });
    const removed = await ok(backend, 'kpis.setTarget', {
      kpiId: pipeline.id,
      period: '2026-12',
      target: null,
    });
    expect(removed.targets).toEqual([{ period: '2026-11', target: 55 }]);

    const before = canonicalDump(path);
    const bad = await backend.call('kpis.setTarget', {
      kpiId: pipeline.id,
      period: '2026-13',
      target: 1,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { period: 'Use a month like 2026-03' } },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('stores program-wide and per-partner figures separately', async () => {
    const { backend, path, webinars } = await workbookWithTree();
    const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period: '2026-03', value: 3 });
    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period: '2026-03', value: 4 });
    await ok(backend, 'kpis.setValue', {
      kpiId: webinars.id,
      partnerId: globex.id,
      period: '2026-03',
      value: 1,
    });
    await expect(
      ok(backend, 'kpis.values', { scope: null, from: '2026-01', to: '2026-06' }),
    ).resolves.toEqual([{ kpiId: webinars.id, partnerId: null, period: '2026-03', value: 4 }]);
    await expect(
      ok(backend, 'kpis.values', { scope: globex.id, from: '2026-01', to: '2026-06' }),
    ).resolves.toEqual([{ kpiId: webinars.id, partnerId: globex.id, period: '2026-03', value: 1 }]);

    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period: '2026-03', value: null });
    await expect(
      ok(backend, 'kpis.values', { scope: null, from: '2026-01', to: '2026-06' }),
    ).resolves.toEqual([]);

    const before = canonicalDump(path);
    const reversed = await backend.call('kpis.values', {
      scope: null,
      from: '2026-06',
      to: '2026-01',
    });
    expect(reversed).toMatchObject({
      ok: false,
      error: { fields: { to: 'The first month must not be after the last' } },
    });
    const notNumber = await backend.call('kpis.setValue', {
      kpiId: webinars.id,
      period: '2026-03',
      value: 'lots',
    });
    expect(notNumber.ok).toBe(false);
    expect(canonicalDump(path)).toBe(before);
  });

  it('records a partner KPI under its partner only', async () => {
    const { backend, path } = await workbookWithTree();
    const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
    const certified = await ok(backend, 'kpis.create', {
      name: 'Certified sellers',
      category: 'operational',
      partnerId: globex.id,
      defaultTarget: 10,
    });
    await expect(
      ok(backend, 'kpis.setValue', { kpiId: certified.id, period: '2026-02', value: 8 }),
    ).resolves.toEqual({ kpiId: certified.id, partnerId: globex.id, period: '2026-02', value: 8 });
    const before = canonicalDump(path);
    const wrong = await backend.call('kpis.setValue', {
      kpiId: certified.id,
      partnerId: initech.id,
      period: '2026-02',
      value: 3,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(canonicalDump(path)).toBe(before);
    await expect(
      ok(backend, 'kpis.values', { scope: null, from: '2026-02', to: '2026-02' }),
    ).resolves.toEqual([
      { kpiId: certified.id, partnerId: globex.id, period: '2026-02', value: 8 },
    ]);
  });

  it('rolls attainment up the hierarchy by weight, with month targets and missing figures left out', async () => {
    const { backend, revenue, pipeline, webinars, churn } = await workbookWithTree();
    await ok(backend, 'kpis.setTarget', { kpiId: webinars.id, period: '2026-03', target: 4 });
    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period: '2026-03', value: 3 });
    await ok(backend, 'kpis.setValue', { kpiId: churn.id, period: '2026-03', value: 10 });
    const rollup = await ok(backend, 'kpis.rollup', { period: '2026-03' });
    const row = (id: number) => rollup.rows.find((r) => r.id === id);
    expect(rollup.rows.map((r) => [r.id, r.depth])).toEqual([
      [revenue.id, 0],
      [pipeline.id, 1],
      [webinars.id, 2],
      [churn.id, 1],
    ]);
    expect(row(webinars.id)).toMatchObject({
      target: 4,
      actual: 3,
      attainment: 0.75,
      source: 'own_actual',
    });
    expect(row(pipeline.id)).toMatchObject({ attainment: 0.75, source: 'children' });
    // lower is better: target 5 ÷ actual 10
    expect(row(churn.id)).toMatchObject({ attainment: 0.5 });
    expect(row(revenue.id)?.attainment).toBeCloseTo((3 * 0.75 + 1 * 0.5) / 4, 10);
    expect(rollup.overall).toBeCloseTo((3 * 0.75 + 0.5) / 4, 10);

    const april = await ok(backend, 'kpis.rollup', { period: '2026-04' });
    expect(april.overall).toBeNull();
    expect(april.rows.find((r) => r.id === revenue.id)).toMatchObject({
      source: 'missing',
      missingChildIds: [pipeline.id, churn.id],
    });
  });

  it('drops figures of other partners when a KPI is linked to one partner', async () => {
    const { backend, webinars } = await workbookWithTree();
    const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
    for (const partnerId of [globex.id, initech.id]) {
      await ok(backend, 'kpis.setValue', {
        kpiId: webinars.id,
        partnerId,
        period: '2026-03',
        value: 1,
      });
    }
    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period: '2026-03', value: 2 });
    await ok(backend, 'kpis.update', {
      id: webinars.id,
      fields: { ...webinars, partnerId: globex.id },
    });
    await expect(
      ok(backend, 'kpis.values', { scope: null, from: '2026-03', to: '2026-03' }),
    ).resolves.toEqual([{ kpiId: webinars.id, partnerId: globex.id, period: '2026-03', value: 1 }]);
    await expect(
      ok(backend, 'kpis.values', { scope: initech.id, from: '2026-03', to: '2026-03' }),
    ).resolves.toEqual([]);
  });

  it("rolls up one partner's figures in the partner scope", async () => {
    const { backend, revenue, webinars } = await workbookWithTree();
    const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
    await ok(backend, 'kpis.create', {
      name: 'Initech only',
      category: 'reach',
      partnerId: initech.id,
    });
    await ok(backend, 'kpis.setValue', {
      kpiId: webinars.id,
      partnerId: globex.id,
      period: '2026-03',
      value: 2,
    });
    const rollup = await ok(backend, 'kpis.rollup', { period: '2026-03', scope: globex.id });
    expect(rollup.rows.map((r) => r.name)).not.toContain('Initech only');
    expect(rollup.rows.find((r) => r.id === revenue.id)?.attainment).toBe(1);
  });
});
