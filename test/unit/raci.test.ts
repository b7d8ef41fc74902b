import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountableFor,
  raciRoleLabels,
  raciRoles,
  raciRowProblems,
  roleCounts,
  validateRaci,
  withoutMember,
  type RaciDecision,
  type RaciMember,
  type RaciRole,
} from '../../shared/domain/raci.ts';

const members: RaciMember[] = [
  { key: 'ana', name: 'Ana Ruiz' },
  { key: 'sam', name: 'Sam Lee' },
  { key: 'kim', name: 'Kim Park' },
];

const decision = (key: string, roles: Record<string, RaciRole>): RaciDecision => ({
  key,
  decision: `Decision ${key}`,
  roles,
});

describe('RACI validation', () => {
  it('accepts a matrix where every decision has exactly one Accountable', () => {
    const matrix = [
      decision('budget', { ana: 'A', sam: 'R', kim: 'I' }),
      decision('exit', { sam: 'A', ana: 'C' }),
    ];
    expect(validateRaci(matrix, members)).toEqual([]);
    expect(accountableFor(matrix[1] as RaciDecision, members)?.name).toBe('Sam Lee');
  });

  it('names the people when a decision has two or three Accountables', () => {
    expect(raciRowProblems(decision('d', { ana: 'A', sam: 'A' }), members)).toEqual([
      {
        decisionKey: 'd',
        kind: 'several_accountable',
        message: '2 people are Accountable (Ana Ruiz and Sam Lee): keep exactly one A.',
      },
    ]);
    expect(
      raciRowProblems(decision('d', { ana: 'A', sam: 'A', kim: 'A' }), members)[0]?.message,
    ).toBe('3 people are Accountable (Ana Ruiz, Sam Lee and Kim Park): keep exactly one A.');
    expect(accountableFor(decision('d', { ana: 'A', sam: 'A' }), members)).toBeNull();
  });

  it('asks for an Accountable when a decision has none, even with other roles given', () => {
    expect(raciRowProblems(decision('d', { ana: 'R', sam: 'C' }), members)).toEqual([
      {
        decisionKey: 'd',
        kind: 'no_accountable',
        message: 'No one is Accountable: mark exactly one person A.',
      },
    ]);
    expect(raciRowProblems(decision('d', {}), members)[0]?.kind).toBe('no_accountable');
  });

  it('reports a role held by someone who is not on the committee', () => {
    const problems = raciRowProblems(decision('d', { ana: 'A', zoe: 'A' }), members);
    expect(problems.map((p) => p.kind)).toEqual(['unknown_member']);
  });

  it('reports each row separately, in row order', () => {
    const problems = validateRaci(
      [decision('ok', { ana: 'A' }), decision('two', { ana: 'A', kim: 'A' }), decision('none', {})],
      members,
    );
    expect(problems.map((p) => [p.decisionKey, p.kind])).toEqual([
      ['two', 'several_accountable'],
      ['none', 'no_accountable'],
    ]);
  });

  it('is valid exactly when each decision has one A (property)', () => {
    const role = fc.constantFrom<RaciRole | undefined>(...raciRoles, undefined);
    const row = fc.tuple(role, role, role);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const matrix = rows.map((cells, i) => {
          const roles: Record<string, RaciRole> = {};
          cells.forEach((cell, j) => {
            const member = members[j];
            if (cell && member) roles[member.key] = cell;
          });
          return decision(String(i), roles);
        });
        const expected = rows.every((cells) => cells.filter((c) => c === 'A').length === 1);
        expect(validateRaci(matrix, members).length === 0).toBe(expected);
      }),
    );
  });
});

describe('RACI editing helpers', () => {
  it('drops a member’s roles when the member leaves the committee', () => {
    const matrix = [decision('a', { ana: 'A', sam: 'R' }), decision('b', { kim: 'A' })];
    const after = withoutMember(matrix, 'sam');
    expect(after[0]?.roles).toEqual({ ana: 'A' });
    expect(after[1]).toBe(matrix[1]);
    expect(matrix[0]?.roles).toEqual({ ana: 'A', sam: 'R' });
  });

  it('counts the roles each member holds', () => {
    const counts = roleCounts(
      [decision('a', { ana: 'A', sam: 'R' }), decision('b', { ana: 'A', sam: 'C', kim: 'I' })],
      members,
    );
    expect(counts.ana).toEqual({ R: 0, A: 2, C: 0, I: 0 });
    expect(counts.sam).toEqual({ R: 1, A: 0, C: 1, I: 0 });
    expect(counts.kim).toEqual({ R: 0, A: 0, C: 0, I: 1 });
  });

  it('labels every role', () => {
    expect(raciRoles.map((r) => raciRoleLabels[r])).toEqual([
      'Responsible',
      'Accountable',
      'Consulted',
      'Informed',
    ]);
  });
});
