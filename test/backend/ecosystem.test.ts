import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { radialCentres } from '../../db/repositories/ecosystem-repository.ts';
import { ecosystemNodeSize } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function expectRefused(
  backend: Backend,
  path: string,
  method: Parameters<Backend['call']>[0],
  input: unknown,
  code: string,
) {
  const before = canonicalDump(path);
  const result = await backend.call(method, input);
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(canonicalDump(path)).toBe(before);
  return result.ok ? undefined : result.error;
}

async function mapWithTwoNodes() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const bank = await ok(backend, 'ecosystem.addNode', {
    fields: { kind: 'supplier', label: 'Acme Bank' },
    x: 10,
    y: 20,
  });
  const agency = await ok(backend, 'ecosystem.addNode', {
    fields: { kind: 'regulator', label: 'Financial Conduct Authority', note: 'Licenses us' },
    x: 300,
    y: -40.5,
  });
  return { backend, path, bank, agency };
}

describe('the ecosystem map', () => {
  it('starts empty', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await expect(ok(backend, 'ecosystem.get', {})).resolves.toEqual({ nodes: [], edges: [] });
  });

  it('adds, edits and moves nodes, keeping their positions', async () => {
    const { backend, bank, agency } = await mapWithTwoNodes();
    expect(bank).toMatchObject({ kind: 'supplier', label: 'Acme Bank', x: 10, y: 20, note: '' });
    const edited = await ok(backend, 'ecosystem.updateNode', {
      id: bank.id,
      fields: { kind: 'distributor', label: 'Acme Bank branches', note: 'Sells our bundle' },
    });
    expect(edited).toMatchObject({ kind: 'distributor', label: 'Acme Bank branches', x: 10 });
    await ok(backend, 'ecosystem.moveNodes', {
      positions: [
        { id: bank.id, x: -120.25, y: 64 },
        { id: agency.id, x: 480, y: 300 },
      ],
    });
    const map = await ok(backend, 'ecosystem.get', {});
    expect(map.nodes.map((n) => [n.label, n.x, n.y])).toEqual([
      ['Acme Bank branches', -120.25, 64],
      ['Financial Conduct Authority', 480, 300],
    ]);
  });

  it('links a node to a partner record, named after the partner even when it is renamed', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const node = await ok(backend, 'ecosystem.addNode', {
      fields: { kind: 'partner', partnerId: partner.id },
      x: 0,
      y: 0,
    });
    expect(node).toMatchObject({ label: 'Globex', partnerId: partner.id });
    await ok(backend, 'partners.update', {
      id: partner.id,
      fields: { name: 'Globex Analytics', type: 'integration' },
    });
    const [renamed] = (await ok(backend, 'ecosystem.get', {})).nodes;
    expect(renamed?.label).toBe('Globex Analytics');
    await ok(backend, 'partners.delete', { id: partner.id });
    const [orphan] = (await ok(backend, 'ecosystem.get', {})).nodes;
    expect(orphan).toMatchObject({ label: 'Globex', partnerId: null });
  });

  it('connects nodes with a kind, a strength and a label, and edits the connection', async () => {
    const { backend, bank, agency } = await mapWithTwoNodes();
    const edge = await ok(backend, 'ecosystem.addEdge', {
      sourceId: bank.id,
      targetId: agency.id,
      fields: { kind: 'data', label: 'Monthly reports' },
    });
    expect(edge).toMatchObject({ kind: 'data', strength: 3, label: 'Monthly reports' });
    const stronger = await ok(backend, 'ecosystem.updateEdge', {
      id: edge.id,
      fields: { kind: 'money', strength: 5, label: 'Fees' },
    });
    expect(stronger).toEqual({ ...edge, kind: 'money', strength: 5, label: 'Fees' });
    expect((await ok(backend, 'ecosystem.get', {})).edges).toEqual([stronger]);
  });

  it('deletes a node with its connections and restores them all for undo', async () => {
    const { backend, bank, agency } = await mapWithTwoNodes();
    const third = await ok(backend, 'ecosystem.addNode', {
      fields: { kind: 'competitor', label: 'Initrode' },
      x: 0,
      y: 200,
    });
    const e1 = await ok(backend, 'ecosystem.addEdge', {
      sourceId: bank.id,
      targetId: agency.id,
      fields: { kind: 'value' },
    });
    const e2 = await ok(backend, 'ecosystem.addEdge', {
      sourceId: third.id,
      targetId: bank.id,
      fields: { kind: 'referral', strength: 1 },
    });
    const e3 = await ok(backend, 'ecosystem.addEdge', {
      sourceId: third.id,
      targetId: agency.id,
      fields: { kind: 'dependency' },
    });
    const before = await ok(backend, 'ecosystem.get', {});

    const deleted = await ok(backend, 'ecosystem.delete', { nodeIds: [bank.id], edgeIds: [e3.id] });
    expect(deleted.nodes.map((n) => n.id)).toEqual([bank.id]);
    expect(deleted.edges.map((e) => e.id)).toEqual([e1.id, e2.id, e3.id]);
    const after = await ok(backend, 'ecosystem.get', {});
    expect(after.nodes.map((n) => n.id)).toEqual([agency.id, third.id]);
    expect(after.edges).toEqual([]);

    await ok(backend, 'ecosystem.restore', deleted);
    await expect(ok(backend, 'ecosystem.get', {})).resolves.toEqual(before);
  });

  it('places every partner around our organisation in one write, and only once', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    for (const name of ['Umbrella', 'Globex', 'Initech', 'Hooli', 'Stark'])
      await ok(backend, 'partners.create', { name, type: 'co_marketing' });
    await ok(backend, 'partners.create', { name: 'Archived Co', type: 'content', archived: true });

    const created = await ok(backend, 'ecosystem.addAllPartners', {});
    expect(created.nodes.map((n) => n.label)).toEqual([
      'Northwind Advisory',
      'Globex',
      'Hooli',
      'Initech',
      'Stark',
      'Umbrella',
    ]);
    const [hub, ...spokes] = created.nodes;
    expect(hub?.kind).toBe('our_org');
    const centre = {
      x: (hub?.x ?? 0) + ecosystemNodeSize.width / 2,
      y: (hub?.y ?? 0) + ecosystemNodeSize.height / 2,
    };
    const distances = spokes.map((n) =>
      Math.hypot(
        n.x + ecosystemNodeSize.width / 2 - centre.x,
        n.y + ecosystemNodeSize.height / 2 - centre.y,
      ),
    );
    for (const d of distances) expect(d).toBeCloseTo(260, 0);
    expect(spokes.every((n) => n.kind === 'partner' && n.partnerId !== null)).toBe(true);

    await ok(backend, 'partners.create', { name: 'Acme', type: 'affiliate' });
    const again = await ok(backend, 'ecosystem.addAllPartners', {});
    expect(again.nodes.map((n) => n.label)).toEqual(['Acme']);
    expect((await ok(backend, 'ecosystem.get', {})).nodes).toHaveLength(7);
  });

  it('puts many partners on rings that do not overlap', () => {
    const centres = radialCentres(60, { x: 0, y: 0 });
    expect(centres.slice(0, 6).every((c) => Math.round(Math.hypot(c.x, c.y)) === 260)).toBe(true);
    expect(centres).toHaveLength(60);
    for (let i = 0; i < centres.length; i += 1) {
      for (let j = i + 1; j < centres.length; j += 1) {
        const a = centres[i];
        const b = centres[j];
        if (!a || !b) continue;
        const apart =
          Math.abs(a.x - b.x) >= ecosystemNodeSize.width ||
          Math.abs(a.y - b.y) >= ecosystemNodeSize.height;
        expect(apart).toBe(true);
      }
    }
  });

  it('refuses invalid input and changes nothing', async () => {
    const { backend, path, bank, agency } = await mapWithTwoNodes();
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'ecosystem.addNode', {
      fields: { kind: 'partner', partnerId: partner.id },
      x: 0,
      y: 0,
    });
    const edge = await ok(backend, 'ecosystem.addEdge', {
      sourceId: bank.id,
      targetId: agency.id,
      fields: { kind: 'value' },
    });

    const unnamed = await expectRefused(
      backend,
      path,
      'ecosystem.addNode',
      { fields: { kind: 'other', label: ' ' }, x: 0, y: 0 },
      'invalid_input',
    );
    expect(unnamed?.fields).toEqual({ 'fields.label': 'Name this node' });
    await expectRefused(
      backend,
      path,
      'ecosystem.addNode',
      { fields: { kind: 'alien', label: 'x' }, x: 0, y: 0 },
      'invalid_input',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.addNode',
      { fields: { kind: 'other', label: 'x' }, x: Number.NaN, y: 0 },
      'invalid_input',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.addNode',
      { fields: { kind: 'partner', partnerId: partner.id }, x: 0, y: 0 },
      'conflict',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.addNode',
      { fields: { kind: 'partner', partnerId: 999 }, x: 0, y: 0 },
      'not_found',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.updateNode',
      { id: 999, fields: { kind: 'other', label: 'x' } },
      'not_found',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.moveNodes',
      {
        positions: [
          { id: bank.id, x: 5, y: 5 },
          { id: 999, x: 0, y: 0 },
        ],
      },
      'not_found',
    );
    await expectRefused(backend, path, 'ecosystem.moveNodes', { positions: [] }, 'invalid_input');
    const loop = await expectRefused(
      backend,
      path,
      'ecosystem.addEdge',
      { sourceId: bank.id, targetId: bank.id, fields: { kind: 'value' } },
      'invalid_input',
    );
    expect(loop?.fields).toEqual({ targetId: 'Connect two different nodes' });
    await expectRefused(
      backend,
      path,
      'ecosystem.addEdge',
      { sourceId: bank.id, targetId: 999, fields: { kind: 'value' } },
      'not_found',
    );
    const weak = await expectRefused(
      backend,
      path,
      'ecosystem.updateEdge',
      { id: edge.id, fields: { kind: 'value', strength: 6 } },
      'invalid_input',
    );
    expect(weak?.fields).toEqual({ 'fields.strength': 'Strength is 1 to 5' });
    await expectRefused(
      backend,
      path,
      'ecosystem.updateEdge',
      { id: 999, fields: { kind: 'value' } },
      'not_found',
    );
    await expectRefused(backend, path, 'ecosystem.delete', {}, 'invalid_input');
    await expectRefused(
      backend,
      path,
      'ecosystem.delete',
      { nodeIds: [bank.id, 999] },
      'not_found',
    );
    await expectRefused(
      backend,
      path,
      'ecosystem.restore',
      { nodes: [{ ...bank, label: 'Again' }], edges: [] },
      'conflict',
    );
  });
});
