import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import type { CanvasZone } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function withPartner() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const add = (zone: CanvasZone, text: string, extra: { rank?: number } = {}) =>
    ok(backend, 'valueCanvas.addItem', { partnerId: partner.id, zone, text, ...extra });
  const texts = async (zone: CanvasZone) =>
    (await ok(backend, 'valueCanvas.get', { partnerId: partner.id })).items
      .filter((i) => i.zone === zone)
      .map((i) => `${i.rank}:${i.text}`);
  return { backend, path, partnerId: partner.id, add, texts };
}

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

describe('the shared value proposition canvas', () => {
  it('reads an untouched partnership as an empty canvas without writing anything', async () => {
    const { backend, path, partnerId } = await withPartner();
    const before = canonicalDump(path);
    const canvas = await ok(backend, 'valueCanvas.get', { partnerId });
    expect(canvas).toEqual({
      partnerId,
      customerSegment: '',
      items: [],
      fit: {
        percent: null,
        addressedCount: 0,
        topCount: 0,
        topPainIds: [],
        topGainIds: [],
        unaddressedPainIds: [],
        unaddressedGainIds: [],
      },
    });
    expect(canonicalDump(path)).toBe(before);
    await expectRefused(backend, path, 'valueCanvas.get', { partnerId: 999 }, 'not_found');
  });

  it('three pains, relievers linked to two of them: a fit of 67 % with the third pain unaddressed', async () => {
    const { backend, partnerId, add } = await withPartner();
    const late = await add('pain', 'Invoices arrive late');
    const manual = await add('pain', 'Manual reconciliation');
    const fines = await add('pain', 'Compliance fines');
    const sync = await add('pain_reliever', 'Automatic ledger sync');
    const audit = await add('pain_reliever', 'Audit trail out of the box');
    await ok(backend, 'valueCanvas.setLinks', { id: sync.id, linkedIds: [late.id] });
    const linked = await ok(backend, 'valueCanvas.setLinks', {
      id: audit.id,
      linkedIds: [fines.id],
    });
    expect(linked.linkedIds).toEqual([fines.id]);

    const canvas = await ok(backend, 'valueCanvas.get', { partnerId });
    expect(canvas.fit.percent).toBe(67);
    expect(canvas.fit.unaddressedPainIds).toEqual([manual.id]);
    expect(canvas.items.find((i) => i.id === late.id)?.linkedIds).toEqual([sync.id]);
  });

  it('sets the customer segment and keeps it', async () => {
    const { backend, partnerId } = await withPartner();
    await expect(
      ok(backend, 'valueCanvas.setSegment', {
        partnerId,
        customerSegment: '  Mid-size retailers ',
      }),
    ).resolves.toEqual({ customerSegment: 'Mid-size retailers' });
    const canvas = await ok(backend, 'valueCanvas.get', { partnerId });
    expect(canvas.customerSegment).toBe('Mid-size retailers');
  });

  it('adds items at the end or at a position, with a side for products and a kind for jobs', async () => {
    const { partnerId, add, texts, backend } = await withPartner();
    await add('gain', 'Faster close');
    await add('gain', 'Fewer errors');
    await add('gain', 'Happy auditors', { rank: 1 });
    expect(await texts('gain')).toEqual(['1:Happy auditors', '2:Faster close', '3:Fewer errors']);
    const product = await add('product', 'Connector');
    expect(product).toMatchObject({ side: 'ours', jobKind: null });
    const theirs = await ok(backend, 'valueCanvas.addItem', {
      partnerId,
      zone: 'product',
      text: 'ERP',
      side: 'theirs',
      jobKind: 'social',
    });
    expect(theirs).toMatchObject({ side: 'theirs', jobKind: null });
    const job = await ok(backend, 'valueCanvas.addItem', {
      partnerId,
      zone: 'job',
      text: 'Look competent to the board',
      jobKind: 'social',
      side: 'ours',
    });
    expect(job).toMatchObject({ side: null, jobKind: 'social' });
    expect((await add('job', 'Close the books')).jobKind).toBe('functional');
  });

  it('edits an item in place', async () => {
    const { backend, add } = await withPartner();
    const job = await add('job', 'Close the books');
    const edited = await ok(backend, 'valueCanvas.updateItem', {
      id: job.id,
      fields: { text: 'Close the books in three days', jobKind: 'emotional' },
    });
    expect(edited).toMatchObject({ text: 'Close the books in three days', jobKind: 'emotional' });
  });

  it('re-ranks within a zone, the others closing up, and changes the fit accordingly', async () => {
    const { backend, partnerId, add, texts } = await withPartner();
    const a = await add('pain', 'A');
    const b = await add('pain', 'B');
    await add('pain', 'C');
    const d = await add('pain', 'D');
    await add('gain', 'unrelated gain');
    const reliever = await add('pain_reliever', 'fixes D');
    await ok(backend, 'valueCanvas.setLinks', { id: reliever.id, linkedIds: [d.id] });
    expect((await ok(backend, 'valueCanvas.get', { partnerId })).fit.percent).toBe(0);

    await ok(backend, 'valueCanvas.moveItem', { id: d.id, rank: 1 });
    expect(await texts('pain')).toEqual(['1:D', '2:A', '3:B', '4:C']);
    expect((await ok(backend, 'valueCanvas.get', { partnerId })).fit.percent).toBe(25);

    await ok(backend, 'valueCanvas.moveItem', { id: a.id, rank: 99 });
    expect(await texts('pain')).toEqual(['1:D', '2:B', '3:C', '4:A']);
    await ok(backend, 'valueCanvas.moveItem', { id: b.id, rank: 3 });
    expect(await texts('pain')).toEqual(['1:D', '2:C', '3:B', '4:A']);
    expect(await texts('gain')).toEqual(['1:unrelated gain']);
  });

  it('deletes an item with its links and restores both, in place, for undo', async () => {
    const { backend, partnerId, add, texts } = await withPartner();
    await add('pain', 'First');
    const second = await add('pain', 'Second');
    await add('pain', 'Third');
    const reliever = await add('pain_reliever', 'Helps');
    await ok(backend, 'valueCanvas.setLinks', { id: reliever.id, linkedIds: [second.id] });

    const deleted = await ok(backend, 'valueCanvas.deleteItem', { id: second.id });
    expect(deleted).toMatchObject({ id: second.id, rank: 2, linkedIds: [reliever.id] });
    expect(await texts('pain')).toEqual(['1:First', '2:Third']);
    const afterDelete = await ok(backend, 'valueCanvas.get', { partnerId });
    expect(afterDelete.items.find((i) => i.id === reliever.id)?.linkedIds).toEqual([]);

    const restored = await ok(backend, 'valueCanvas.restoreItem', deleted);
    expect(restored).toEqual(deleted);
    expect(await texts('pain')).toEqual(['1:First', '2:Second', '3:Third']);
    const afterRestore = await ok(backend, 'valueCanvas.get', { partnerId });
    expect(afterRestore.items.find((i) => i.id === reliever.id)?.linkedIds).toEqual([second.id]);
  });

  it('restores an item whose linked item has gone too, without that link', async () => {
    const { backend, add } = await withPartner();
    const pain = await add('pain', 'Pain');
    const reliever = await add('pain_reliever', 'Reliever');
    await ok(backend, 'valueCanvas.setLinks', { id: pain.id, linkedIds: [reliever.id] });
    const gone = await ok(backend, 'valueCanvas.deleteItem', { id: reliever.id });
    const deletedPain = await ok(backend, 'valueCanvas.deleteItem', { id: pain.id });
    expect(deletedPain.linkedIds).toEqual([]);
    await ok(backend, 'valueCanvas.restoreItem', gone);
    expect((await ok(backend, 'valueCanvas.restoreItem', deletedPain)).linkedIds).toEqual([]);
  });

  it('removes the canvas with its partner', async () => {
    const { backend, path, partnerId, add } = await withPartner();
    await add('pain', 'Pain');
    await ok(backend, 'partners.delete', { id: partnerId });
    expect(canonicalDump(path)).not.toMatch(/Pain/);
  });

  it('refuses invalid input and changes nothing', async () => {
    const { backend, path, partnerId, add } = await withPartner();
    const pain = await add('pain', 'Pain');
    const gain = await add('gain', 'Gain');
    const job = await add('job', 'Job');
    const reliever = await add('pain_reliever', 'Reliever');
    const other = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
    const foreignPain = await ok(backend, 'valueCanvas.addItem', {
      partnerId: other.id,
      zone: 'pain',
      text: 'Elsewhere',
    });

    const empty = await expectRefused(
      backend,
      path,
      'valueCanvas.addItem',
      { partnerId, zone: 'pain', text: '   ' },
      'invalid_input',
    );
    expect(empty?.fields).toEqual({ text: 'The text is required' });
    const zone = await expectRefused(
      backend,
      path,
      'valueCanvas.addItem',
      { partnerId, zone: 'wish', text: 'x' },
      'invalid_input',
    );
    expect(zone?.fields).toEqual({ zone: 'Pick a zone of the canvas' });
    await expectRefused(
      backend,
      path,
      'valueCanvas.addItem',
      { partnerId, zone: 'pain', text: 'x'.repeat(501) },
      'invalid_input',
    );
    await expectRefused(
      backend,
      path,
      'valueCanvas.addItem',
      { partnerId: 999, zone: 'pain', text: 'x' },
      'not_found',
    );
    await expectRefused(
      backend,
      path,
      'valueCanvas.setSegment',
      { partnerId, customerSegment: 'x'.repeat(201) },
      'invalid_input',
    );
    await expectRefused(
      backend,
      path,
      'valueCanvas.updateItem',
      { id: 999, fields: { text: 'x' } },
      'not_found',
    );
    await expectRefused(
      backend,
      path,
      'valueCanvas.moveItem',
      { id: pain.id, rank: 0 },
      'invalid_input',
    );
    const wrong = await expectRefused(
      backend,
      path,
      'valueCanvas.setLinks',
      { id: reliever.id, linkedIds: [pain.id, gain.id] },
      'invalid_input',
    );
    expect(wrong?.message).toBe('A pain reliever links only to pains of the same canvas.');
    await expectRefused(
      backend,
      path,
      'valueCanvas.setLinks',
      { id: reliever.id, linkedIds: [foreignPain.id] },
      'invalid_input',
    );
    await expectRefused(
      backend,
      path,
      'valueCanvas.setLinks',
      { id: job.id, linkedIds: [pain.id] },
      'invalid_input',
    );
    await expectRefused(backend, path, 'valueCanvas.deleteItem', { id: 999 }, 'not_found');
    await expectRefused(
      backend,
      path,
      'valueCanvas.restoreItem',
      { ...pain, text: 'Duplicate' },
      'conflict',
    );
  });
});
