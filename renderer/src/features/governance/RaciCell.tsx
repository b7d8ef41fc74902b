import { Menu, Text, UnstyledButton } from '@mantine/core';
import {
  raciRoleHints,
  raciRoleLabels,
  raciRoles,
  type RaciRole,
} from '../../../../shared/contract/index.ts';

export const raciRoleColors: Record<RaciRole, string> = {
  R: 'blue',
  A: 'grape',
  C: 'teal',
  I: 'gray',
};

interface RaciCellProps {
  role: RaciRole | null;
  onChange: (role: RaciRole | null) => void;
  label: string;
  testId: string;
}

/**
 * One cell of the matrix: click for a menu, or type R, A, C or I on the focused cell (Delete
 * clears it), which is how a workshop fills a matrix quickly.
 */
export function RaciCell({ role, onChange, label, testId }: RaciCellProps) {
  const color = role ? raciRoleColors[role] : null;
  return (
    <Menu position="bottom" withinPortal shadow="md" width={230}>
      <Menu.Target>
        <UnstyledButton
          className="pwb-raci-cell"
          aria-label={`${label}: ${role ? raciRoleLabels[role] : 'no role'}`}
          data-testid={testId}
          data-role={role ?? ''}
          style={
            color
              ? {
                  background: `var(--mantine-color-${color}-light)`,
                  color: `var(--mantine-color-${color}-light-color)`,
                }
              : undefined
          }
          onKeyDown={(e) => {
            const key = e.key.toUpperCase();
            if ((raciRoles as readonly string[]).includes(key)) {
              e.preventDefault();
              onChange(key as RaciRole);
            } else if (e.key === 'Delete' || e.key === 'Backspace') {
              e.preventDefault();
              onChange(null);
            }
          }}
        >
          {role ?? '·'}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {raciRoles.map((r) => (
          <Menu.Item
            key={r}
            onClick={() => onChange(r)}
            leftSection={
              <Text fw={800} w={14} c={`${raciRoleColors[r]}.7`}>
                {r}
              </Text>
            }
            aria-label={`${r} ${raciRoleLabels[r]}`}
          >
            <Text size="sm">{raciRoleLabels[r]}</Text>
            <Text size="xs" c="dimmed">
              {raciRoleHints[r]}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => onChange(null)} disabled={role === null} aria-label="No role">
          <Text size="sm">No role</Text>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
