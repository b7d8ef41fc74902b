import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppUnderTest } from './fixtures.ts';
import { screenshotDir, useApp } from './fixtures.ts';
import { pdfPageCount, pdfPagesText, pdfToPngs, writePdf } from './pdf-tools.ts';

const startApp = useApp();
const hostile = '<img src=x onerror=alert(1)>';

async function seed(app: AppUnderTest, partners: number): Promise<void> {
  await app.withWorkbook('pack.pwb');
  const call = async (method: string, input: unknown) => {
    const result = await app.backend.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await call('settings.update', {
    orgName: 'Northwind Advisory',
    clientName: 'Contoso Retail',
    programName: 'Alliance program 2027',
    currency: 'USD',
    fiscalYearStartMonth: 4,
    confidentiality: 'Client confidential',
    audienceSize: 50000,
  });
  const first = (await call('partners.create', {
    name: hostile,
    type: 'content',
    stage: 'active',
    ownerOurs: 'Ana Ruiz',
  })) as { id: number };
  await seedGovernance(call, first.id);
  for (let i = 1; i < partners; i += 1) {
    await call('partners.create', {
      name: `Partner ${String(i).padStart(3, '0')}`,
      type: i % 2 ? 'integration' : 'co_marketing',
      stage: i % 3 ? 'active' : 'negotiating',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: i % 4 ? 'Sam Lee' : '',
      segment: 'Mid-market retail',
      region: 'EMEA',
    });
  }
}

type Call = (method: string, input: unknown) => Promise<unknown>;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** One item for each governance section: a decision to take, risks, a charter, an activity, a decision. */
async function seedGovernance(call: Call, partnerId: number): Promise<void> {
  await call('actions.create', {
    partnerId,
    title: 'Prepare the pilot results',
    owner: 'Ana Ruiz',
    dueDate: inDays(-3),
    forDecision: true,
    decisionQuestion: 'Extend the pilot to the Nordics?',
  });
  await call('questions.create', {
    question: 'Which partner leads the spring launch?',
    raisedBy: 'Sam Lee',
    forDecision: true,
  });
  await call('risks.create', {
    title: 'Key contact leaves the partner',
    category: 'relationship',
    likelihood: 4,
    impact: 5,
    owner: 'Ana Ruiz',
    nextReviewDate: inDays(-10),
  });
  await call('risks.create', {
    partnerId,
    title: 'Brand guidelines ignored',
    category: 'reputational',
    likelihood: 2,
    impact: 3,
  });
  await call('charters.save', {
    partnerId: null,
    fields: {
      strategicIntent: 'Reach mid-market retailers together',
      successDefinition: '400 qualified leads a quarter across the program',
      members: [
        { key: 'a', name: 'Ana Ruiz', role: 'Sponsor', side: 'ours' },
        { key: 's', name: 'Sam Lee', role: 'Alliance lead', side: 'theirs' },
      ],
      decisions: [{ key: 'd1', decision: 'Approve joint campaigns', roles: { a: 'A', s: 'R' } }],
      checkInCadence: 'monthly',
      quarterlyReview: true,
      escalation: [{ key: 'e1', who: 'Partner managers', responseTime: '2 days' }],
    },
  });
  await call('calendar.create', {
    title: 'Joint webinar: retail analytics',
    kind: 'joint_webinar',
    partnerIds: [partnerId],
    channel: 'Webinar platform',
    audience: 'Retail operators',
    startDate: inDays(14),
    endDate: inDays(14),
    budgetMinor: 4_000_000,
    splits: [
      { party: 'ours', percent: 50 },
      { party: partnerId, percent: 50 },
    ],
  });
  await call('decisions.create', {
    decision: 'Renew the referral agreement',
    kind: 'renew',
    date: inDays(0),
    decidedBy: 'Steering committee',
  });
}

describe('the governance pack PDF', () => {
  it('prints a two-pass pack whose contents match where sections start, with header and footer on every page', async () => {
    const app = await startApp();
    await seed(app, 60);
    const result = await app.backend.call('pack.export', { period: '2026-10', paper: 'a4' });
    if (!result.ok) throw new Error(result.error.message);
    const exported = result.value as {
      pages: number;
      base64: string;
      sectionPages: Record<string, number>;
    };
    const pdf = join(app.dir, 'pack.pdf');
    writePdf(pdf, exported.base64);

    const pages = pdfPagesText(pdf);
    expect(pdfPageCount(pdf)).toBe(exported.pages);
    expect(pages).toHaveLength(exported.pages);

    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('Contoso Retail');
      expect(text, `page ${index + 1}`).toContain('Alliance program 2027: governance pack');
      expect(text, `page ${index + 1}`).toContain('Client confidential');
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${exported.pages}`);
    });

    const toc = pages[1] ?? '';
    expect(toc).toContain('Contents');
    const order = [
      'decisions',
      'summary',
      'portfolio',
      'risks',
      'charter',
      'calendar',
      'actions',
      'appendix',
    ];
    expect(Object.keys(exported.sectionPages).sort()).toEqual([...order].sort());
    const starts = order.map((s) => exported.sectionPages[s] ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(exported.sectionPages.decisions).toBe(3);
    for (const [section, title] of [
      ['decisions', 'Decisions requested'],
      ['summary', 'Executive summary'],
      ['portfolio', 'Partner portfolio'],
      ['risks', 'Risks'],
      ['charter', 'Governance charter'],
      ['calendar', 'Joint marketing calendar, next 90 days'],
      ['actions', 'Actions and decisions'],
      ['appendix', 'Appendix: definitions'],
    ] as const) {
      const start = exported.sectionPages[section];
      expect(start, section).toBeGreaterThan(2);
      expect(toc).toMatch(new RegExp(`${title}\\s+${start}\\b`));
      // After the contents page, the first page showing the section's title is where it starts.
      const firstAfterToc = pages.findIndex((text, index) => index > 1 && text.includes(title));
      expect(firstAfterToc + 1, section).toBe(start);
    }

    const decisionsPage = pages[(exported.sectionPages.decisions ?? 1) - 1] ?? '';
    expect(decisionsPage).toContain('Extend the pilot to the Nordics?');
    expect(decisionsPage).toContain('Which partner leads the spring launch?');
    const portfolioText = pages.slice((exported.sectionPages.portfolio ?? 1) - 1).join('\n');
    expect(portfolioText).toContain(hostile);
    expect(portfolioText).toContain('Partner 059');
    expect(pdfToPngs(pdf, screenshotDir, 'pack-a4', exported.pages).length).toBe(exported.pages);
  });

  it('prints on US Letter too', async () => {
    const app = await startApp();
    await seed(app, 3);
    const result = await app.backend.call('pack.export', {
      period: '2026-10',
      paper: 'letter',
      sections: ['cover', 'portfolio'],
    });
    if (!result.ok) throw new Error(result.error.message);
    const exported = result.value as { pages: number; base64: string };
    const pdf = join(app.dir, 'letter.pdf');
    writePdf(pdf, exported.base64);
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
    expect(exported.pages).toBe(3);
  });

  it('prints the workbook as it is at each export, from the print page kept open between exports', async () => {
    const app = await startApp();
    await seed(app, 3);
    const exportPack = async (sections: string[], name: string) => {
      const result = await app.backend.call('pack.export', {
        period: '2026-10',
        paper: 'a4',
        sections,
      });
      if (!result.ok) throw new Error(result.error.message);
      const exported = result.value as { base64: string; sectionPages: Record<string, number> };
      const pdf = join(app.dir, `${name}.pdf`);
      writePdf(pdf, exported.base64);
      return { pages: pdfPagesText(pdf), sectionPages: exported.sectionPages };
    };
    const tocMatches = (
      printed: Awaited<ReturnType<typeof exportPack>>,
      titles: [string, string][],
    ) => {
      for (const [section, title] of titles) {
        const start = printed.sectionPages[section] ?? 0;
        expect(printed.pages[1], section).toMatch(new RegExp(`${title}\\s+${start}\\b`));
        const first = printed.pages.findIndex((text, index) => index > 1 && text.includes(title));
        expect(first + 1, section).toBe(start);
      }
    };

    const before = await exportPack(['cover', 'portfolio', 'appendix'], 'before');
    expect(before.pages.join('\n')).toContain('Partner 001');
    tocMatches(before, [
      ['portfolio', 'Partner portfolio'],
      ['appendix', 'Appendix: definitions'],
    ]);

    const partners = (await app.backend.call('partners.list', { includeArchived: false })) as {
      ok: true;
      value: { id: number; name: string }[];
    };
    const renamed = partners.value.find((p) => p.name === 'Partner 001');
    if (!renamed) throw new Error('Partner 001 was not seeded');
    const updated = await app.backend.call('partners.update', {
      id: renamed.id,
      fields: {
        name: 'Fjord Analytics',
        type: 'integration',
        stage: 'active',
        ownerOurs: 'Ana Ruiz',
      },
    });
    if (!updated.ok) throw new Error(updated.error.message);

    // The same choices again: the new name, not the earlier export's data.
    const after = await exportPack(['cover', 'portfolio', 'appendix'], 'after');
    const text = after.pages.join('\n');
    expect(text).toContain('Fjord Analytics');
    expect(text).not.toContain('Partner 001');

    // Other sections: laid out and numbered afresh.
    const other = await exportPack(['cover', 'decisions', 'risks', 'appendix'], 'other');
    expect(Object.keys(other.sectionPages).sort()).toEqual(['appendix', 'decisions', 'risks']);
    tocMatches(other, [
      ['decisions', 'Decisions requested'],
      ['risks', 'Risks'],
      ['appendix', 'Appendix: definitions'],
    ]);
  });
});
