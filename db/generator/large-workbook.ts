import type Database from 'better-sqlite3';
import { lifecycleStages, partnerTypes } from '../../shared/contract/partners.ts';
import { activityKinds } from '../../shared/contract/calendar.ts';
import { fitCriterionKeys } from '../../shared/domain/fit.ts';
import { riskCategories, riskStatuses, riskTreatments } from '../../shared/domain/risk.ts';
import { createWorkbook, type OpenOptions } from '../open.ts';
import { addDaysIso, addMonthsPeriod, createRandom, type RandomSource } from './random-source.ts';
import * as words from './vocabulary.ts';

export interface GenerateOptions extends OpenOptions {
  partners: number;
  seed: number;
  /** The day the data is relative to (ISO date); fixed in tests so two runs are identical. */
  today: string;
  months?: number;
}

export interface GenerateReport {
  partners: number;
  contacts: number;
  risks: number;
  activities: number;
  actuals: number;
  meetings: number;
  actions: number;
  decisions: number;
  milliseconds: number;
}

const signedStages = new Set(['signed', 'active', 'renewing']);

/**
 * A large, deterministic workbook for benchmarks and stress: bulk inserts with prepared
 * statements in one transaction, through a file created by the real migrations.
 */
export async function generateLargeWorkbook(
  path: string,
  options: GenerateOptions,
): Promise<GenerateReport> {
  const started = performance.now();
  const connection = await createWorkbook(path, {
    ...options,
    orgName: 'Northwind Advisory',
    clientName: 'Contoso Group',
    currency: 'EUR',
  });
  const rand = createRandom(options.seed);
  const sqlite = connection.sqlite;
  const now = `${options.today}T09:00:00.000Z`;
  const months = options.months ?? 36;
  const firstPeriod = addMonthsPeriod(options.today.slice(0, 7), -months);
  const counts = {
    contacts: 0,
    risks: 0,
    activities: 0,
    actuals: 0,
    meetings: 0,
    actions: 0,
    decisions: 0,
  };

  try {
    sqlite.transaction(() => {
      sqlite
        .prepare(
          "UPDATE workbook_settings SET program_name = 'Channel alliance program', confidentiality = 'Client confidential', audience_size = 250000, fiscal_year_start_month = 4 WHERE id = 1",
        )
        .run();
      const partnerIds = insertPartners(sqlite, rand, options.partners, now, counts);
      insertFitAndAgreements(sqlite, rand, partnerIds, options.today, now);
      insertRisks(sqlite, rand, partnerIds, options.partners * 4, options.today, now, counts);
      insertActivities(sqlite, rand, partnerIds, options.partners * 10, options.today, now, counts);
      insertActuals(sqlite, rand, partnerIds, firstPeriod, months, now, counts);
      insertGovernance(sqlite, rand, partnerIds, options.today, now, counts);
    })();
  } finally {
    connection.close();
  }
  return {
    partners: options.partners,
    ...counts,
    milliseconds: Math.round(performance.now() - started),
  };
}

type Counts = Omit<GenerateReport, 'partners' | 'milliseconds'>;
interface GeneratedPartner {
  id: number;
  stage: string;
}

function person(rand: RandomSource): string {
  return words.fullName(rand.pick(words.firstNames), rand.pick(words.lastNames));
}

function insertPartners(
  sqlite: Database.Database,
  rand: RandomSource,
  count: number,
  now: string,
  counts: Counts,
): GeneratedPartner[] {
  const partner = sqlite.prepare(
    `INSERT INTO partners (name, type, stage, maturity, tier, segment, region, website, audience_size, owner_ours, owner_theirs, goal_ours, goal_theirs, tags, notes, archived, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const contact = sqlite.prepare(
    'INSERT INTO partner_contacts (partner_id, name, role, email, phone, side) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const created: GeneratedPartner[] = [];
  for (let i = 0; i < count; i += 1) {
    const stem = rand.pick(words.companyStems);
    const name = `${stem} ${rand.pick(words.companySuffixes)} ${i + 1}`;
    const stage = rand.pick(lifecycleStages);
    const slug = stem.toLowerCase().replace(/[^a-z]+/g, '');
    const result = partner.run(
      name,
      rand.pick(partnerTypes),
      stage,
      rand.pick(['exploratory', 'operational', 'integrated', 'optimized']),
      rand.pick(['Platinum', 'Gold', 'Silver', 'Registered', '']),
      rand.pick(words.segments),
      rand.pick(words.regions),
      `https://www.${slug}${i + 1}.example`,
      rand.int(1, 500) * 1000,
      rand.chance(0.9) ? person(rand) : '',
      rand.chance(0.8) ? person(rand) : '',
      'Reach their customers with a joint offer',
      rand.chance(0.5) ? 'Reach their customers with a joint offer' : 'Grow their services revenue',
      JSON.stringify(rand.chance(0.4) ? [rand.pick(words.tags)] : []),
      rand.chance(0.03) ? 1 : 0,
      now,
      now,
    );
    const id = Number(result.lastInsertRowid);
    created.push({ id, stage });
    const contacts = rand.int(1, 3);
    for (let c = 0; c < contacts; c += 1) {
      const first = rand.pick(words.firstNames);
      const last = rand.pick(words.lastNames);
      contact.run(
        id,
        words.fullName(first, last),
        rand.pick(['Partner manager', 'Marketing lead', 'CTO', 'Sales director']),
        `${first}.${last}@${slug}${i + 1}.example`
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, ''),
        '+44 20 7946 0000',
        c === 0 ? 'ours' : 'theirs',
      );
      counts.contacts += 1;
    }
  }
  return created;
}

function insertFitAndAgreements(
  sqlite: Database.Database,
  rand: RandomSource,
  partners: GeneratedPartner[],
  today: string,
  now: string,
): void {
  const assessment = sqlite.prepare(
    'INSERT INTO fit_assessments (partner_id, created_at, updated_at) VALUES (?, ?, ?)',
  );
  const score = sqlite.prepare(
    "INSERT INTO fit_scores (partner_id, criterion, score, note) VALUES (?, ?, ?, '')",
  );
  const agreement = sqlite.prepare(
    `INSERT INTO agreements (partner_id, status, start_date, end_date, scope, revenue_model, revenue_share_percent, termination_notice_days, data_shared, data_sharing_terms, exit_plan, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deliverable = sqlite.prepare(
    'INSERT INTO agreement_deliverables (partner_id, side, description, due_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of partners) {
    if (rand.chance(0.4)) {
      assessment.run(p.id, now, now);
      for (const key of fitCriterionKeys) score.run(p.id, key, rand.int(1, 5));
    }
    if (signedStages.has(p.stage) || rand.chance(0.15)) {
      const start = addDaysIso(today, -rand.int(30, 900));
      const shared = rand.chance(0.4);
      agreement.run(
        p.id,
        signedStages.has(p.stage) ? 'signed' : rand.pick(['draft', 'in_review']),
        start,
        addDaysIso(start, rand.int(365, 1095)),
        'Joint marketing and referral of qualified leads',
        rand.pick(['revenue_share', 'referral_commission', 'lead_attribution', 'none']),
        rand.chance(0.5) ? 20 : null,
        rand.chance(0.8) ? 90 : null,
        shared ? 1 : 0,
        shared && rand.chance(0.7) ? 'Lead contact details only, deleted after 12 months' : '',
        rand.chance(0.6) ? 'Hand over shared customers within 60 days' : '',
        now,
        now,
      );
      const deliverables = rand.int(2, 4);
      for (let d = 0; d < deliverables; d += 1) {
        deliverable.run(
          p.id,
          d % 2 ? 'theirs' : 'ours',
          'Co-branded launch content',
          addDaysIso(today, rand.int(-60, 120)),
          rand.pick(['planned', 'in_progress', 'done']),
          now,
          now,
        );
      }
    }
  }
}

function insertRisks(
  sqlite: Database.Database,
  rand: RandomSource,
  partners: GeneratedPartner[],
  count: number,
  today: string,
  now: string,
  counts: Counts,
): void {
  const risk = sqlite.prepare(
    `INSERT INTO risks (partner_id, title, category, likelihood, impact, treatment, mitigation, contingency, owner, status, next_review_date, residual_likelihood, residual_impact, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < count; i += 1) {
    const residual = rand.chance(0.5);
    risk.run(
      rand.chance(0.9) ? rand.pick(partners).id : null,
      rand.pick(words.riskTitles),
      rand.pick(riskCategories),
      rand.int(1, 5),
      rand.int(1, 5),
      rand.pick(riskTreatments),
      rand.chance(0.7) ? 'Agree a named owner and a monthly check on it' : '',
      rand.chance(0.8) ? person(rand) : '',
      rand.pick(riskStatuses),
      addDaysIso(today, rand.int(-90, 120)),
      residual ? rand.int(1, 3) : null,
      residual ? rand.int(1, 3) : null,
      now,
      now,
    );
    counts.risks += 1;
  }
}

function insertActivities(
  sqlite: Database.Database,
  rand: RandomSource,
  partners: GeneratedPartner[],
  count: number,
  today: string,
  now: string,
  counts: Counts,
): void {
  const activity = sqlite.prepare(
    `INSERT INTO marketing_activities (title, kind, channel, audience, start_date, end_date, owner, status, budget_minor, our_share_percent, expected_leads, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const link = sqlite.prepare(
    'INSERT INTO marketing_activity_partners (activity_id, partner_id, position, share_percent) VALUES (?, ?, ?, ?)',
  );
  for (let i = 0; i < count; i += 1) {
    const start = addDaysIso(today, rand.int(-540, 270));
    const ourShare = rand.pick([50, 60, 70, 100]);
    const result = activity.run(
      rand.pick(words.activityTitles),
      rand.pick(activityKinds),
      rand.pick(words.channels),
      rand.pick(words.audiences),
      start,
      addDaysIso(start, rand.chance(0.7) ? 0 : rand.int(1, 5)),
      person(rand),
      rand.pick(['planned', 'confirmed', 'done', 'cancelled']),
      rand.int(0, 400) * 10_000,
      ourShare,
      rand.int(0, 200),
      now,
      now,
    );
    const first = rand.pick(partners).id;
    link.run(Number(result.lastInsertRowid), first, 0, 100 - ourShare);
    counts.activities += 1;
  }
}

function insertActuals(
  sqlite: Database.Database,
  rand: RandomSource,
  partners: GeneratedPartner[],
  firstPeriod: string,
  months: number,
  now: string,
  counts: Counts,
): void {
  const actual = sqlite.prepare(
    'INSERT INTO actuals (partner_id, period, leads, qualified_leads, deals, attributed_revenue, influenced_revenue, spend, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of partners) {
    const scale = rand.int(5, 120);
    for (let m = 0; m < months; m += 1) {
      const leads = rand.int(0, scale);
      const qualified = Math.floor(leads * (0.2 + rand.next() * 0.3));
      const deals = Math.floor(qualified * (0.05 + rand.next() * 0.2));
      actual.run(
        p.id,
        addMonthsPeriod(firstPeriod, m),
        leads,
        qualified,
        deals,
        deals * rand.int(200, 2000) * 100,
        rand.int(0, 50) * 100_000,
        rand.int(0, 200) * 10_000,
        now,
      );
      counts.actuals += 1;
    }
  }
}

function insertGovernance(
  sqlite: Database.Database,
  rand: RandomSource,
  partners: GeneratedPartner[],
  today: string,
  now: string,
  counts: Counts,
): void {
  const charter = sqlite.prepare(
    `INSERT INTO charters (partner_id, strategic_intent, scope, success_definition, members, decisions, check_in_cadence, quarterly_review, annual_audit, escalation, conflict_resolution, reporting_protocol, created_at, updated_at)
     VALUES (?, 'Grow a shared pipeline in the mid-market', 'Joint marketing and co-selling', ?, ?, '[]', ?, 1, 0, ?, 'Escalate to the sponsors after two weeks', 'Monthly scorecard, quarterly review', ?, ?)`,
  );
  const meeting = sqlite.prepare(
    "INSERT INTO meetings (partner_id, kind, title, date, attendees, agenda, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?)",
  );
  const action = sqlite.prepare(
    'INSERT INTO action_items (partner_id, meeting_id, title, owner, due_date, status, for_decision, decision_question, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const decision = sqlite.prepare(
    "INSERT INTO decisions (partner_id, meeting_id, decision, kind, date, decided_by, rationale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)",
  );
  const members = JSON.stringify([
    { key: 'm1', name: 'Ana Ruiz', role: 'Partner manager', side: 'ours' },
    { key: 'm2', name: 'Sam Lee', role: 'Alliance lead', side: 'theirs' },
  ]);
  const escalation = JSON.stringify([
    { key: 'e1', who: 'Partner managers', responseTime: '2 days' },
  ]);
  charter.run(
    null,
    'A shared pipeline that both sides report on monthly',
    members,
    'monthly',
    escalation,
    now,
    now,
  );
  for (const p of partners) {
    if (!signedStages.has(p.stage)) continue;
    if (rand.chance(0.6))
      charter.run(
        p.id,
        rand.chance(0.8) ? 'Qualified leads and joint revenue against targets' : '',
        members,
        rand.pick(['monthly', 'quarterly']),
        escalation,
        now,
        now,
      );
    const meetings = rand.int(0, 3);
    for (let m = 0; m < meetings; m += 1) {
      const date = addDaysIso(today, -rand.int(1, 400));
      const result = meeting.run(
        p.id,
        rand.pick(['check_in', 'qbr', 'steering']),
        'Partnership review',
        date,
        JSON.stringify([person(rand), person(rand)]),
        now,
        now,
      );
      const meetingId = Number(result.lastInsertRowid);
      counts.meetings += 1;
      for (let a = 0; a < 2; a += 1) {
        const forDecision = rand.chance(0.02);
        action.run(
          p.id,
          meetingId,
          'Send the joint campaign brief',
          person(rand),
          addDaysIso(date, rand.int(7, 60)),
          rand.pick(['open', 'in_progress', 'done']),
          forDecision ? 1 : 0,
          forDecision ? 'Extend the pilot to a second region?' : '',
          now,
          now,
        );
        counts.actions += 1;
      }
      if (rand.chance(0.4)) {
        decision.run(
          p.id,
          meetingId,
          'Continue the joint campaign next quarter',
          rand.pick(['renew', 'adjust', 'expand', 'other']),
          date,
          'Steering committee',
          now,
          now,
        );
        counts.decisions += 1;
      }
    }
  }
}
