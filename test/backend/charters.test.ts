import { describe, expect, it } from 'vitest';
import type { CharterFields } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const charter: CharterFields = {
  strategicIntent: 'Reach mid-market retailers through Globex’s marketplace.',
  scope: 'Joint webinars, marketplace listing, referral programme.',
  successDefinition: '40 qualified leads a quarter and 10 closed deals in year one.',
  members: [
    { key: 'ana', name: 'Ana Ruiz', role: 'Partner manager', side: 'ours' },
    { key: 'sam', name: 'Sam Lee', role: 'Alliances lead', side: 'theirs' },
  ],
  decisions: [
    { key: 'budget', decision: 'Approve the joint campaign budget', roles: { ana: 'A', sam: 'C' } },
  ],
  checkInCadence: 'monthly',
  quarterlyReview: true,
  annualAudit: true,
  escalation: [
    { key: 'l1', who: 'Partner managers', responseTime: '2 business days' },
    { key: 'l2', who: 'Heads of partnerships', responseTime: '1 week' },
  ],
  conflictResolution: 'Owners first, then the steering committee; mediation as a last step.',
  reportingProtocol: 'Shared dashboard monthly; QBR deck a week before each review.',
};

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  return { backend, path, globex };
}

describe('governance charters', () => {
  it('has no draft until something is written, then saves and replaces one per partnership', async () => {
    const { backend, globex } = await setup();
    await expect(ok(backend, 'charters.get', { partnerId: globex.id })).resolves.toEqual({
      draft: null,
      versions: [],
    });
    const saved = await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    expect(saved).toMatchObject({ partnerId: globex.id, version: 1, checkInCadence: 'monthly' });
    expect(saved.decisions[0]?.roles).toEqual({ ana: 'A', sam: 'C' });

    const again = await ok(backend, 'charters.save', {
      partnerId: globex.id,
      fields: { ...charter, scope: 'Marketplace listing only.' },
    });
    expect(again.id).toBe(saved.id);
    const state = await ok(backend, 'charters.get', { partnerId: globex.id });
    expect(state.draft?.scope).toBe('Marketplace listing only.');
    expect(state.draft?.escalation.map((l) => l.who)).toEqual([
      'Partner managers',
      'Heads of partnerships',
    ]);
  });

  it('keeps one program charter apart from the partnership charters', async () => {
    const { backend, globex } = await setup();
    const program = await ok(backend, 'charters.save', {
      partnerId: null,
      fields: { strategicIntent: 'Partnerships bring 20 % of new revenue by 2028.' },
    });
    const second = await ok(backend, 'charters.save', {
      partnerId: null,
      fields: { strategicIntent: 'Partnerships bring 25 % of new revenue by 2028.' },
    });
    expect(second.id).toBe(program.id);
    await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    const state = await ok(backend, 'charters.get', { partnerId: null });
    expect(state.draft?.strategicIntent).toBe('Partnerships bring 25 % of new revenue by 2028.');
    expect(state.draft?.partnerId).toBeNull();
  });

  it('refuses a decision with two Accountables or none, next to that row, and saves nothing', async () => {
    const { backend, path, globex } = await setup();
    await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    const before = canonicalDump(path);

    const twoAccountable = await backend.call('charters.save', {
      partnerId: globex.id,
      fields: {
        ...charter,
        decisions: [
          ...(charter.decisions ?? []),
          { key: 'exit', decision: 'End the partnership', roles: { ana: 'A', sam: 'A' } },
          { key: 'report', decision: 'Change the reporting format', roles: { sam: 'R' } },
        ],
      },
    });
    expect(twoAccountable).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'fields.decisions.1.roles':
            '2 people are Accountable (Ana Ruiz and Sam Lee): keep exactly one A.',
          'fields.decisions.2.roles': 'No one is Accountable: mark exactly one person A.',
        },
      },
    });

    const strangerAndBlanks = await backend.call('charters.save', {
      partnerId: globex.id,
      fields: {
        ...charter,
        members: [{ key: 'ana', name: ' ', side: 'ours' }],
        decisions: [{ key: 'x', decision: 'Budget', roles: { ana: 'A', zoe: 'R' } }],
        escalation: [{ key: 'l1', who: '', responseTime: '' }],
        checkInCadence: 'hourly',
      },
    });
    expect(strangerAndBlanks).toMatchObject({
      ok: false,
      error: {
        fields: {
          'fields.members.0.name': 'Name is required',
          'fields.decisions.0.roles': 'A role is given to someone who is not on the committee.',
          'fields.escalation.0.who': 'Who is required',
          'fields.escalation.0.responseTime': 'Response time is required',
          'fields.checkInCadence': 'Pick a cadence',
        },
      },
    });
    const ghost = await backend.call('charters.save', { partnerId: 999, fields: charter });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('approves a version, keeps it readable after later edits, and numbers the next draft', async () => {
    const { backend, globex } = await setup();
    await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    const approved = await ok(backend, 'charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-03-31',
      approvedBy: 'Steering committee',
    });
    expect(approved.draft?.version).toBe(2);
    expect(approved.versions).toEqual([
      {
        id: expect.any(Number),
        version: 1,
        approvedOn: '2026-03-31',
        approvedBy: 'Steering committee',
      },
    ]);

    await ok(backend, 'charters.save', {
      partnerId: globex.id,
      fields: { ...charter, successDefinition: '60 qualified leads a quarter.' },
    });
    const second = await ok(backend, 'charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-06-30',
      approvedBy: 'Ana Ruiz and Sam Lee',
    });
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.draft?.version).toBe(3);

    const firstId = second.versions[1]?.id ?? 0;
    const v1 = await ok(backend, 'charters.version', { id: firstId });
    expect(v1).toMatchObject({ version: 1, partnerId: globex.id, approvedOn: '2026-03-31' });
    expect(v1.content.successDefinition).toBe(charter.successDefinition);
    expect(v1.content.decisions).toEqual(charter.decisions);
  });

  it('refuses to approve an empty charter, a date before the last approval, or without a name', async () => {
    const { backend, path, globex } = await setup();
    const empty = await backend.call('charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-03-31',
      approvedBy: 'Ana',
    });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Write the charter before approving it.' },
    });
    await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    await ok(backend, 'charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-03-31',
      approvedBy: 'Ana',
    });
    const before = canonicalDump(path);
    const earlier = await backend.call('charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-01-15',
      approvedBy: 'Ana',
    });
    expect(earlier).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { approvedOn: 'Use 2026-03-31 or later' } },
    });
    const nameless = await backend.call('charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-04-01',
      approvedBy: '  ',
    });
    expect(nameless).toMatchObject({
      ok: false,
      error: { fields: { approvedBy: 'Approved by is required' } },
    });
    const missing = await backend.call('charters.version', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('summarises every charter for the dashboard', async () => {
    const { backend, globex } = await setup();
    await ok(backend, 'charters.save', { partnerId: globex.id, fields: charter });
    await ok(backend, 'charters.approve', {
      partnerId: globex.id,
      approvedOn: '2026-03-31',
      approvedBy: 'Ana',
    });
    await ok(backend, 'charters.save', { partnerId: null, fields: { scope: 'All partners' } });
    const overview = await ok(backend, 'charters.overview', {});
    expect(overview).toEqual(
      expect.arrayContaining([
        {
          partnerId: globex.id,
          hasSuccessDefinition: true,
          checkInCadence: 'monthly',
          hasEscalationPath: true,
          hasRaci: true,
          memberCount: 2,
          latestVersion: 1,
          latestApprovedOn: '2026-03-31',
        },
        {
          partnerId: null,
          hasSuccessDefinition: false,
          checkInCadence: null,
          hasEscalationPath: false,
          hasRaci: false,
          memberCount: 0,
          latestVersion: null,
          latestApprovedOn: null,
        },
      ]),
    );
    await ok(backend, 'partners.delete', { id: globex.id });
    expect(await ok(backend, 'charters.overview', {})).toHaveLength(1);
  });
});
