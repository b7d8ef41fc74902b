import type { Backend } from '../../electron/backend/backend.ts';
import type {
  CharterFields,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract/index.ts';
import { addDays } from '../../shared/domain/date-math.ts';
import { addMonths } from '../../shared/domain/periods.ts';

/** Calls a method through the router, failing loudly with the error envelope otherwise. */
export async function call<M extends MethodName>(
  backend: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await backend.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

/** A complete partnership charter: success defined, monthly check-ins, escalation and a RACI row. */
export const fullCharter: CharterFields = {
  strategicIntent: 'Reach mid-market retailers together.',
  successDefinition: '40 qualified leads a quarter and 10 closed deals in year one.',
  members: [
    { key: 'ana', name: 'Ana Ruiz', role: 'Partner manager', side: 'ours' },
    { key: 'sam', name: 'Sam Lee', role: 'Alliances lead', side: 'theirs' },
  ],
  decisions: [
    { key: 'budget', decision: 'Approve the joint campaign budget', roles: { ana: 'A', sam: 'C' } },
  ],
  checkInCadence: 'monthly',
  escalation: [{ key: 'l1', who: 'Partner managers', responseTime: '2 business days' }],
};

/**
 * Two partnerships that between them fire every anti-pattern check of SPEC M12 once:
 * "Brittle" fires eleven, "Polished" exactly the three the other cannot (vanity metrics,
 * no exit plan, expiring), so a missing or wrong fact shows up as a missing or extra finding.
 */
export async function seedEveryCheck(backend: Backend, today: string) {
  const brittle = await call(backend, 'partners.create', {
    name: 'Brittle Brands',
    type: 'co_marketing',
    stage: 'active',
    ownerOurs: 'Dana Fox',
    goalOurs: 'Qualified leads from their retail audience',
    goalTheirs: 'Brand visibility with our customers',
  });
  await call(backend, 'agreements.save', {
    partnerId: brittle.id,
    fields: { status: 'draft', dataShared: true },
  });
  for (const [side, n] of [
    ['ours', 3],
    ['theirs', 1],
  ] as const) {
    for (let i = 0; i < n; i += 1) {
      await call(backend, 'deliverables.create', {
        partnerId: brittle.id,
        side,
        description: `${side} deliverable ${i + 1}`,
      });
    }
  }
  await call(backend, 'fit.save', {
    partnerId: brittle.id,
    criteria: { sharedAudience: { score: 2 } },
    redFlags: { directCompetitor: { raised: true, note: 'Sells the same analytics suite' } },
  });
  await call(backend, 'risks.create', {
    partnerId: brittle.id,
    title: 'Customer data leaks through the shared CRM',
    category: 'dataIp',
    likelihood: 4,
    impact: 5,
  });

  const polished = await call(backend, 'partners.create', {
    name: 'Polished Partners',
    type: 'integration',
    stage: 'active',
    ownerOurs: 'Ana Ruiz',
    ownerTheirs: 'Sam Lee',
    goalOurs: 'Joint revenue',
    goalTheirs: 'Joint revenue',
  });
  await call(backend, 'agreements.save', {
    partnerId: polished.id,
    fields: {
      status: 'signed',
      startDate: addDays(today, -335),
      endDate: addDays(today, 30),
      terminationNoticeDays: 30,
      dataShared: false,
    },
  });
  await call(backend, 'charters.save', { partnerId: polished.id, fields: fullCharter });
  await call(backend, 'meetings.create', {
    partnerId: polished.id,
    kind: 'check_in',
    date: addDays(today, -10),
  });
  await call(backend, 'kpis.create', {
    name: 'Webinar attendees',
    category: 'reach',
    partnerId: polished.id,
  });
  return { brittle, polished };
}

/** A realistic program of twelve partners across every module, dated around `today`. */
export async function seedProgram(backend: Backend, today: string) {
  const make = (fields: MethodInput<'partners.create'>) => call(backend, 'partners.create', fields);
  const globex = await make({
    name: 'Globex Analytics',
    type: 'integration',
    stage: 'active',
    tier: 'Gold',
    ownerOurs: 'Ana Ruiz',
    ownerTheirs: 'Sam Lee',
  });
  const hooli = await make({
    name: 'Hooli Cloud',
    type: 'strategic_alliance',
    stage: 'active',
    tier: 'Platinum',
    ownerOurs: 'Ana Ruiz',
    ownerTheirs: 'Gavin Bell',
  });
  const umbrella = await make({
    name: 'Umbrella Logistics',
    type: 'distribution',
    stage: 'renewing',
    tier: 'Gold',
    ownerOurs: 'Tom Park',
    ownerTheirs: 'Alice Abernathy',
  });
  const initech = await make({
    name: 'Initech',
    type: 'co_marketing',
    stage: 'active',
    tier: 'Silver',
    ownerOurs: 'Tom Park',
  });
  const stark = await make({
    name: 'Stark Retail',
    type: 'channel',
    stage: 'signed',
    tier: 'Silver',
    ownerOurs: 'Mia Chen',
    ownerTheirs: 'Pepper Potts',
  });
  const wayne = await make({
    name: 'Wayne Media',
    type: 'content',
    stage: 'active',
    tier: 'Registered',
    ownerOurs: 'Mia Chen',
    ownerTheirs: 'Lucius Fox',
  });
  const oceanic = await make({
    name: 'Oceanic Travel',
    type: 'loyalty',
    stage: 'active',
    tier: 'Registered',
    ownerOurs: 'Tom Park',
    ownerTheirs: 'Kate Austen',
  });
  const acme = await make({ name: 'Acme Payments', type: 'affiliate', stage: 'negotiating' });
  const soylent = await make({ name: 'Soylent Foods', type: 'co_branding', stage: 'exploring' });
  await make({ name: 'Vandelay Imports', type: 'distribution', stage: 'contacted' });
  await make({ name: 'Tyrell Systems', type: 'integration', stage: 'identified' });
  await make({ name: 'Cyberdyne Security', type: 'licensing', stage: 'exited', tier: 'Silver' });

  const signed = (endInDays: number, extra: Record<string, unknown> = {}) => ({
    status: 'signed' as const,
    startDate: addDays(today, -300),
    endDate: addDays(today, endInDays),
    terminationNoticeDays: 60,
    exitPlan: 'Hand over running campaigns; each side keeps its own leads.',
    dataShared: false,
    ...extra,
  });
  for (const [p, fields] of [
    [globex, signed(400)],
    [hooli, signed(500)],
    [umbrella, signed(25)],
    [stark, signed(300)],
    [wayne, signed(200)],
    [oceanic, signed(250, { dataShared: true })],
    [initech, { status: 'draft' as const }],
  ] as const) {
    await call(backend, 'agreements.save', { partnerId: p.id, fields });
  }
  for (const p of [globex, hooli, umbrella, oceanic, wayne]) {
    await call(backend, 'charters.save', { partnerId: p.id, fields: fullCharter });
  }
  await call(backend, 'charters.save', {
    partnerId: stark.id,
    fields: { successDefinition: '5,000 newsletter sign-ups', checkInCadence: 'monthly' },
  });
  for (const [p, daysAgo] of [
    [globex, 12],
    [hooli, 20],
    [umbrella, 25],
    [oceanic, 15],
    [stark, 95],
    [wayne, 250],
  ] as const) {
    await call(backend, 'meetings.create', {
      partnerId: p.id,
      kind: 'check_in',
      date: addDays(today, -daysAgo),
    });
  }
  for (const p of [globex, hooli, umbrella, oceanic, wayne]) {
    await call(backend, 'kpis.create', {
      name: `${p.name} attributed revenue`,
      category: 'revenue',
      partnerId: p.id,
    });
  }
  await call(backend, 'kpis.create', {
    name: 'Stark newsletter reach',
    category: 'reach',
    partnerId: stark.id,
  });
  for (let i = 0; i < 5; i += 1) {
    await call(backend, 'deliverables.create', {
      partnerId: oceanic.id,
      side: 'ours',
      description: `Loyalty campaign asset ${i + 1}`,
    });
  }
  await call(backend, 'deliverables.create', {
    partnerId: oceanic.id,
    side: 'theirs',
    description: 'Member list segment',
  });
  await call(backend, 'fit.save', {
    partnerId: acme.id,
    criteria: { complementary: { score: 2 } },
    redFlags: { directCompetitor: { raised: true } },
  });
  await call(backend, 'fit.save', {
    partnerId: soylent.id,
    criteria: { sharedAudience: { score: 2 }, complementary: { score: 4 } },
  });

  const risk = (fields: Partial<MethodInput<'risks.create'>> & { title: string }) =>
    call(backend, 'risks.create', {
      category: 'market',
      likelihood: 2,
      impact: 2,
      partnerId: null,
      ...fields,
    });
  await risk({
    title: 'A competitor bundles the same integration for free',
    likelihood: 4,
    impact: 5,
    owner: 'Ana Ruiz',
    mitigation: 'Lock in a two-year roadmap with Hooli',
  });
  await risk({
    partnerId: wayne.id,
    title: 'Brand dilution from off-message content',
    category: 'reputational',
    likelihood: 4,
    impact: 4,
  });
  await risk({
    partnerId: globex.id,
    title: 'Integration API changes break the connector',
    category: 'operational',
    likelihood: 3,
    impact: 3,
    owner: 'Sam Lee',
    mitigation: 'Contract tests on both sides',
    nextReviewDate: addDays(today, -14),
  });
  await risk({
    partnerId: umbrella.id,
    title: 'Depot capacity in peak season',
    category: 'operational',
    likelihood: 3,
    impact: 4,
    owner: 'Tom Park',
    mitigation: 'Reserve overflow capacity in Q4',
  });

  await call(backend, 'actions.create', {
    partnerId: initech.id,
    title: 'Send the revised co-marketing terms',
    owner: 'Tom Park',
    dueDate: addDays(today, -9),
  });
  await call(backend, 'actions.create', {
    partnerId: null,
    title: 'Circulate the QBR pack to the steering committee',
    owner: 'Mia Chen',
    dueDate: addDays(today, -3),
  });

  const activity = (
    title: string,
    partnerIds: number[],
    start: number,
    extra: Partial<MethodInput<'calendar.create'>> = {},
  ) =>
    call(backend, 'calendar.create', {
      title,
      kind: 'joint_webinar',
      partnerIds,
      startDate: addDays(today, start),
      endDate: addDays(today, start),
      ...extra,
    });
  await activity('Retail analytics webinar', [globex.id], 6, { budgetMinor: 400_000 });
  await activity('Holiday bundle offer', [hooli.id, globex.id], 12, { kind: 'bundle_offer' });
  await activity('Peak-season logistics guide', [umbrella.id], 21, {
    kind: 'co_branded_content',
  });
  await activity('Loyalty double points week', [oceanic.id], 28, { kind: 'cross_promotion' });
  await activity('Cancelled roadshow', [stark.id], 9, { status: 'cancelled' });
  await activity('Spring launch', [hooli.id], 45, { kind: 'launch' });
  await activity('Autumn webinar', [globex.id], -20);
  await activity('Travel fair stand', [oceanic.id], -40, { kind: 'event_sponsorship' });

  const month = today.slice(0, 7);
  const lines = ['Partner,Month,Leads,Qualified leads,Deals,Attributed revenue'];
  const performers = [
    [globex, 100],
    [hooli, 140],
    [umbrella, 80],
    [oceanic, 60],
    [stark, 50],
  ] as const;
  for (let back = 11; back >= 0; back -= 1) {
    const period = addMonths(month, -back);
    // Integer percentages keep the sums exact: 60 % of the run rate a year ago, 115 % now.
    const ramp = 60 + (11 - back) * 5;
    for (const [p, strength] of performers) {
      const leads = Math.round((90 * strength * ramp) / 10_000);
      const qualified = Math.round(leads * 0.22);
      const deals = Math.max(1, Math.round(qualified * 0.25));
      lines.push(`${p.name},${period},${leads},${qualified},${deals},${deals * 4200}`);
    }
  }
  await call(backend, 'actuals.importCsv', { csvText: lines.join('\n') });

  return { globex, hooli, umbrella, initech, stark, wayne, oceanic, acme, soylent };
}
