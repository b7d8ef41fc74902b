import { z } from './zod.ts';
import { byId, empty, id, isoDate, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { contactSides } from './partners.ts';
import { raciRoles, validateRaci } from '../domain/raci.ts';
import { reviewCadences } from '../domain/diagnostics-facts.ts';

export { raciRoleHints, raciRoleLabels, raciRoles, type RaciRole } from '../domain/raci.ts';
export { reviewCadences, type ReviewCadence } from '../domain/diagnostics-facts.ts';

export const reviewCadenceLabels: Record<(typeof reviewCadences)[number], string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Every six months',
  annual: 'Yearly',
};

export const committeeSideLabels: Record<(typeof contactSides)[number], string> = {
  ours: 'Our side',
  theirs: "Partner's side",
};

/** Client-made keys tie RACI cells to members, so renaming or reordering never loses a role. */
const rowKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'A row key is 1 to 40 letters, digits, - or _');

export const committeeMember = z.object({
  key: rowKey,
  name: requiredText('Name'),
  role: text(200).default(''),
  side: z.enum(contactSides).default('ours'),
});
export type CommitteeMember = z.infer<typeof committeeMember>;

export const raciDecision = z.object({
  key: rowKey,
  decision: requiredText('Decision', 300),
  roles: z.record(rowKey, z.enum(raciRoles, { message: 'Use R, A, C or I' })).default({}),
});
export type RaciDecisionRow = z.infer<typeof raciDecision>;

export const escalationLevel = z.object({
  key: rowKey,
  who: requiredText('Who', 200),
  responseTime: requiredText('Response time', 60),
});
export type EscalationLevel = z.infer<typeof escalationLevel>;

/** The RACI check also runs while other fields are invalid, so every problem shows at once. */
const raciCheckable = {
  when: (payload: { value: unknown }) =>
    z
      .object({
        members: z.array(z.object({ key: z.string(), name: z.string() })),
        decisions: z.array(z.object({ key: z.string(), roles: z.record(z.string(), z.string()) })),
      })
      .safeParse(payload.value).success,
};

export const charterFields = z
  .object({
    strategicIntent: text(8000).default(''),
    scope: text(8000).default(''),
    successDefinition: text(8000).default(''),
    members: z.array(committeeMember).max(40, 'At most 40 committee members').default([]),
    decisions: z.array(raciDecision).max(60, 'At most 60 decisions').default([]),
    checkInCadence: z.enum(reviewCadences, { message: 'Pick a cadence' }).nullable().default(null),
    quarterlyReview: z.boolean().default(false),
    annualAudit: z.boolean().default(false),
    cadenceNotes: text(2000).default(''),
    escalation: z.array(escalationLevel).max(10, 'At most 10 escalation levels').default([]),
    conflictResolution: text(8000).default(''),
    reportingProtocol: text(8000).default(''),
  })
  .superRefine((charter, ctx) => {
    const memberKeys = new Set<string>();
    charter.members.forEach((member, index) => {
      if (memberKeys.has(member.key))
        ctx.addIssue({ code: 'custom', path: ['members', index, 'key'], message: 'Duplicate row' });
      memberKeys.add(member.key);
    });
    const decisionIndex = new Map(charter.decisions.map((d, index) => [d.key, index]));
    for (const problem of validateRaci(charter.decisions, charter.members)) {
      const index = decisionIndex.get(problem.decisionKey) ?? 0;
      ctx.addIssue({
        code: 'custom',
        path: ['decisions', index, 'roles'],
        message: problem.message,
      });
    }
  }, raciCheckable);
export type CharterFields = z.input<typeof charterFields>;
export type CharterContent = z.output<typeof charterFields>;

const charterContent = z.object({
  strategicIntent: z.string(),
  scope: z.string(),
  successDefinition: z.string(),
  members: z.array(committeeMember),
  decisions: z.array(raciDecision),
  checkInCadence: z.enum(reviewCadences).nullable(),
  quarterlyReview: z.boolean(),
  annualAudit: z.boolean(),
  cadenceNotes: z.string(),
  escalation: z.array(escalationLevel),
  conflictResolution: z.string(),
  reportingProtocol: z.string(),
});

export const charterVersionSummary = z.object({
  id,
  version: z.number().int(),
  approvedOn: z.string(),
  approvedBy: z.string(),
});
export type CharterVersionSummary = z.infer<typeof charterVersionSummary>;

export const charter = charterContent.extend({
  id,
  partnerId: id.nullable(),
  /** The number this draft gets when it is approved. */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Charter = z.infer<typeof charter>;

export const charterScope = z.object({
  /** Null: the program charter. */
  partnerId: id.nullable(),
});

export const charterState = z.object({
  /** Null until something is written. */
  draft: charter.nullable(),
  /** Approved versions, newest first. */
  versions: z.array(charterVersionSummary),
});
export type CharterState = z.infer<typeof charterState>;

export const charterVersion = charterVersionSummary.extend({
  partnerId: id.nullable(),
  content: charterContent,
});
export type CharterVersion = z.infer<typeof charterVersion>;

export const charterApproveInput = charterScope.extend({
  approvedOn: isoDate,
  approvedBy: requiredText('Approved by'),
});

/** What the dashboard and diagnostics need from each charter, without the full text. */
export const charterOverview = z.object({
  partnerId: id.nullable(),
  hasSuccessDefinition: z.boolean(),
  checkInCadence: z.enum(reviewCadences).nullable(),
  hasEscalationPath: z.boolean(),
  hasRaci: z.boolean(),
  memberCount: z.number().int(),
  latestVersion: z.number().int().nullable(),
  latestApprovedOn: z.string().nullable(),
});
export type CharterOverview = z.infer<typeof charterOverview>;

export const charterMethods = {
  'charters.get': query(charterScope, charterState),
  /** Creates the draft on first save, then replaces it. */
  'charters.save': mutation(charterScope.extend({ fields: charterFields }), charter),
  /** Freezes the draft as the next version; the draft stays editable under the number after. */
  'charters.approve': mutation(charterApproveInput, charterState),
  'charters.version': query(byId, charterVersion),
  'charters.overview': query(empty, z.array(charterOverview)),
} as const;
