import './governance.css';
import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import {
  meetingKindLabels,
  meetingKindShortLabels,
  type Meeting,
} from '../../../../shared/contract/index.ts';
import { formatDate, plural } from './governance-format.ts';
import { meetingKindColors } from './governance-options.ts';

export function MeetingsTable({
  meetings,
  showPartner,
}: {
  meetings: readonly Meeting[];
  showPartner: boolean;
}) {
  const [, navigate] = useLocation();
  const open = (m: Meeting) => navigate(`/meetings/${m.id}`);
  return (
    <Paper withBorder>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        className="pwb-nowrap-head"
        data-testid="meetings-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Date</Table.Th>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th>Meeting</Table.Th>
            {showPartner && <Table.Th>Partnership</Table.Th>}
            <Table.Th>Outcome</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr
              key={m.id}
              className="pwb-table-row"
              tabIndex={0}
              data-testid="meeting-row"
              onClick={() => open(m)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(m);
              }}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {formatDate(m.date)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={meetingKindColors[m.kind]} variant="light">
                  {meetingKindShortLabels[m.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.title || meetingKindLabels[m.kind]}</Text>
                {m.attendees.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {m.attendees.join(', ')}
                  </Text>
                )}
              </Table.Td>
              {showPartner && (
                <Table.Td>
                  <Text size="sm">{m.partnerName ?? 'Program'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" data-testid="meeting-outcome">
                    {plural(m.actionCount, 'action')} · {plural(m.decisionCount, 'decision')}
                  </Text>
                  {m.openActionCount > 0 && (
                    <Badge size="xs" variant="outline">
                      {m.openActionCount} open
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <IconChevronRight size={16} color="var(--mantine-color-dimmed)" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
