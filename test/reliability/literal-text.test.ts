import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { backendIn, createIn } from './backend-helpers.ts';

const tempDir = useTempDirs();

const texts = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("pwned")</script>',
  "Robert'); DROP TABLE partners; --",
  '" OR 1=1 --',
  '50% off_ \\ back',
  'مرحبا بالعالم — شركة الشرق',
  'שלום עולם',
  '\u202Eexe.pdf',
  '👩🏽‍💻 Partner 🤝 🚀',
  'Zoë Ångström-Łukasiewicz & Søn',
  '  keeps inner   spacing  ',
];

describe('what a user types is data', () => {
  it('stores and returns HTML, SQL, emoji and right-to-left text exactly, and searches it literally', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    const longNotes = `${'Long workshop notes. '.repeat(953)}end`.slice(0, 20_000);
    const created = [];
    for (const text of texts) {
      const partner = await ok(backend, 'partners.create', {
        name: text,
        type: 'co_marketing',
        notes: longNotes,
        tags: ['workshop'],
      });
      await ok(backend, 'contacts.create', { partnerId: partner.id, name: text, role: text });
      created.push(partner);
    }
    await ok(backend, 'settings.update', {
      orgName: texts[0] ?? '',
      clientName: texts[2] ?? '',
      programName: texts[8] ?? '',
      currency: 'EUR',
      fiscalYearStartMonth: 1,
      audienceSize: 0,
    });

    await ok(backend, 'workbook.close', {});
    await ok(backend, 'workbook.open', { path });
    for (const [index, text] of texts.entries()) {
      const partner = await ok(backend, 'partners.get', { id: created[index]?.id ?? 0 });
      // Fields are trimmed on entry, nothing else: no escaping, no stripping, no normalisation.
      expect(partner.name).toBe(text.trim());
      expect(partner.notes).toBe(longNotes);
      expect(partner.notes).toHaveLength(20_000);
      expect(partner.contacts[0]).toMatchObject({ name: text.trim(), role: text.trim() });
    }
    await expect(ok(backend, 'settings.get', {})).resolves.toMatchObject({
      orgName: texts[0],
      clientName: texts[2],
      programName: texts[8],
    });
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({ title: texts[8] });

    const names = async (search: string) =>
      (await ok(backend, 'partners.list', { search })).map((p) => p.name);
    expect(await names('50%')).toEqual(['50% off_ \\ back']);
    expect(await names('_ \\')).toEqual(['50% off_ \\ back']);
    expect(await names("'); DROP")).toEqual(["Robert'); DROP TABLE partners; --"]);
    expect(await names('onerror')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(await names('بالعالم')).toEqual(['مرحبا بالعالم — شركة الشرق']);
    expect(await names('🤝')).toEqual(['👩🏽‍💻 Partner 🤝 🚀']);
    expect(await names('%')).toEqual(['50% off_ \\ back']);
    expect(await ok(backend, 'partners.list', {})).toHaveLength(texts.length);
    backend.close();
  });

  it('refuses text over a field limit with a sentence instead of cutting it', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    await createIn(backend, join(dir, 'client.pwb'));
    const result = await backend.call('partners.create', {
      name: 'Globex',
      type: 'content',
      notes: 'x'.repeat(20_001),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { notes: 'At most 20000 characters' } },
    });
    expect(await ok(backend, 'partners.list', {})).toEqual([]);
    backend.close();
  });
});
