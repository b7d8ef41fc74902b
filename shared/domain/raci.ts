// M5 decision rights: a RACI matrix of decisions × committee members. Each decision needs exactly
// one Accountable person, the one who owns the outcome and signs it off; without one, a decision
// drifts, and with two, each waits for the other.

export const raciRoles = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof raciRoles)[number];

export const raciRoleLabels: Readonly<Record<RaciRole, string>> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

export const raciRoleHints: Readonly<Record<RaciRole, string>> = {
  R: 'does the work',
  A: 'owns the outcome and signs it off; exactly one per decision',
  C: 'gives input before the decision',
  I: 'is told afterwards',
};

export interface RaciMember {
  key: string;
  name: string;
}

export interface RaciDecision {
  key: string;
  decision: string;
  /** Member key → role; a member without an entry has no role in this decision. */
  roles: Readonly<Record<string, RaciRole>>;
}

export type RaciProblemKind = 'no_accountable' | 'several_accountable' | 'unknown_member';

export interface RaciProblem {
  decisionKey: string;
  kind: RaciProblemKind;
  message: string;
}

function nameOf(members: readonly RaciMember[], key: string): string {
  const name = members.find((m) => m.key === key)?.name.trim();
  return name ? name : 'an unnamed member';
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Problems of one decision row, in the order a user should fix them. */
export function raciRowProblems(
  decision: RaciDecision,
  members: readonly RaciMember[],
): RaciProblem[] {
  const known = new Set(members.map((m) => m.key));
  const problems: RaciProblem[] = [];
  const unknown = Object.keys(decision.roles).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    problems.push({
      decisionKey: decision.key,
      kind: 'unknown_member',
      message: 'A role is given to someone who is not on the committee.',
    });
  }
  const accountable = members
    .filter((m) => decision.roles[m.key] === 'A')
    .map((m) => nameOf(members, m.key));
  if (accountable.length === 0) {
    problems.push({
      decisionKey: decision.key,
      kind: 'no_accountable',
      message: 'No one is Accountable: mark exactly one person A.',
    });
  } else if (accountable.length > 1) {
    problems.push({
      decisionKey: decision.key,
      kind: 'several_accountable',
      message: `${accountable.length} people are Accountable (${listNames(accountable)}): keep exactly one A.`,
    });
  }
  return problems;
}

/** Every problem of the matrix; an empty list means each decision has exactly one Accountable. */
export function validateRaci(
  decisions: readonly RaciDecision[],
  members: readonly RaciMember[],
): RaciProblem[] {
  return decisions.flatMap((decision) => raciRowProblems(decision, members));
}

/** The one Accountable member of a decision, or null when there is none or more than one. */
export function accountableFor(
  decision: RaciDecision,
  members: readonly RaciMember[],
): RaciMember | null {
  const found = members.filter((m) => decision.roles[m.key] === 'A');
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Drops the roles of members who left the committee, so removing a member never strands a cell. */
export function withoutMember(
  decisions: readonly RaciDecision[],
  memberKey: string,
): RaciDecision[] {
  return decisions.map((decision) => {
    if (!(memberKey in decision.roles)) return decision;
    const roles = Object.fromEntries(
      Object.entries(decision.roles).filter(([key]) => key !== memberKey),
    );
    return { ...decision, roles };
  });
}

/** How many decisions each member holds each role in; shows who is overloaded or idle. */
export function roleCounts(
  decisions: readonly RaciDecision[],
  members: readonly RaciMember[],
): Record<string, Record<RaciRole, number>> {
  const counts: Record<string, Record<RaciRole, number>> = {};
  for (const member of members) counts[member.key] = { R: 0, A: 0, C: 0, I: 0 };
  for (const decision of decisions) {
    for (const [key, role] of Object.entries(decision.roles)) {
      const row = counts[key];
      if (row) row[role] += 1;
    }
  }
  return counts;
}
