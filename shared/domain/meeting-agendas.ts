// M6 meeting kinds and the agendas a new meeting starts from. The check-in and the quarterly
// business review follow the communication cadence of the practitioner playbook (source 001); the
// steering meeting follows the governance board of the glossary (source 003: KPIs, investments,
// escalated issues, the risk register) and leads with the decisions requested; the audit follows
// its "strategic partnership audit" entry. Wording is ours.

export const meetingKinds = ['check_in', 'qbr', 'steering', 'audit'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingKindLabels: Readonly<Record<MeetingKind, string>> = {
  check_in: 'Check-in',
  qbr: 'Quarterly business review',
  steering: 'Steering committee',
  audit: 'Partnership audit',
};

/** Short labels for badges and tables. */
export const meetingKindShortLabels: Readonly<Record<MeetingKind, string>> = {
  check_in: 'Check-in',
  qbr: 'QBR',
  steering: 'Steering',
  audit: 'Audit',
};

export interface AgendaItem {
  title: string;
  /** The question the item should answer. */
  prompt: string;
}

export interface AgendaTemplate {
  kind: MeetingKind;
  /** Suggested length in minutes. */
  minutes: number;
  /** Who should be in the room. */
  audience: string;
  purpose: string;
  items: readonly AgendaItem[];
}

export const agendaTemplates: Readonly<Record<MeetingKind, AgendaTemplate>> = {
  check_in: {
    kind: 'check_in',
    minutes: 30,
    audience: 'The two partnership owners; a short call or a written update both sides read.',
    purpose: 'Keep the month on track: what moved, what is coming, what is stuck.',
    items: [
      {
        title: 'Progress since last time',
        prompt: 'Which joint activities ran, and which of them are working?',
      },
      {
        title: 'Campaigns coming up',
        prompt: 'What launches next, and do the dates and audiences line up on both sides?',
      },
      {
        title: 'Blockers',
        prompt: 'What is stuck, who can unblock it, and by when?',
      },
      {
        title: 'Plan for next month',
        prompt: 'Which goals do both sides commit to until the next check-in?',
      },
    ],
  },
  qbr: {
    kind: 'qbr',
    minutes: 60,
    audience: 'The owners and a decision-maker from each side.',
    purpose: 'Step back once a quarter and decide whether the partnership earns its cost.',
    items: [
      {
        title: 'Results against targets',
        prompt: 'Leads, revenue and reach for the quarter, against what was agreed.',
      },
      {
        title: 'Return on the effort',
        prompt: 'What did the partnership cost each side, and is it worth continuing?',
      },
      {
        title: 'What to improve',
        prompt: 'Feedback in both directions: what should each side do differently?',
      },
      {
        title: 'Continue, expand, adjust or end',
        prompt: 'Record the decision and the actions that follow from it.',
      },
    ],
  },
  steering: {
    kind: 'steering',
    minutes: 90,
    audience: 'Senior sponsors from each organisation, with the owners presenting.',
    purpose: 'Give direction, approve investments and settle what was escalated.',
    items: [
      {
        title: 'Decisions requested',
        prompt: 'The questions the owners need the committee to decide today.',
      },
      {
        title: 'Performance dashboard',
        prompt: 'KPIs and scorecards since the last meeting; where are we off target?',
      },
      {
        title: 'Investments for approval',
        prompt: 'Budgets and resources that need sign-off from both sides.',
      },
      {
        title: 'Escalated issues',
        prompt: 'What could not be solved at working level, and what the committee rules.',
      },
      {
        title: 'Risk register review',
        prompt: 'High and critical risks, their owners, and reviews that are overdue.',
      },
    ],
  },
  audit: {
    kind: 'audit',
    minutes: 120,
    audience: 'Both sides, ideally with someone independent of the day-to-day team.',
    purpose: 'A yearly, systematic look at whether the partnership still delivers what it should.',
    items: [
      {
        title: 'Financial health',
        prompt: 'Revenue, cost and return for each side over the year.',
      },
      {
        title: 'Operations',
        prompt: 'Are deliverables met on time, and is effort balanced between the sides?',
      },
      {
        title: 'Governance and compliance',
        prompt: 'Is the charter followed, are contract and data-sharing terms respected?',
      },
      {
        title: 'Risk exposure',
        prompt: 'How the risk register moved over the year.',
      },
      {
        title: 'Satisfaction and strategic fit',
        prompt: 'Do both organisations still want what the partnership offers?',
      },
      {
        title: 'Corrective actions',
        prompt: 'What to renegotiate, change or stop, with owners and dates.',
      },
    ],
  },
};

export interface AgendaOptions {
  /** Questions flagged for decision; a steering agenda lists them under its first item. */
  decisionsRequested?: readonly string[];
}

/** The agenda as plain text, ready to edit: numbered items with their guiding question. */
export function agendaText(kind: MeetingKind, options: AgendaOptions = {}): string {
  const template = agendaTemplates[kind];
  const lines: string[] = [`${template.purpose} (${template.minutes} minutes)`, ''];
  template.items.forEach((item, index) => {
    lines.push(`${index + 1}. ${item.title}`);
    lines.push(`   ${item.prompt}`);
    if (kind === 'steering' && index === 0) {
      for (const question of options.decisionsRequested ?? []) {
        lines.push(`   - ${question.trim().replace(/\s+/g, ' ')}`);
      }
    }
  });
  return lines.join('\n');
}
