import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { ActionIcon, Badge, Group, Menu, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import type { HealthCheckList, HealthCheckRecord } from '../../../../shared/contract/index.ts';
import { healthPillarLabels } from '../../../../shared/domain/bilateral-health-check.ts';
import { ChartCard } from '../dashboard/ChartCard.tsx';
import { formatDate } from './health-format.ts';

const signed = (n: number | null) => (n === null ? '—' : n > 0 ? `+${n}` : String(n));

function ChangeSummary({ change }: { change: NonNullable<HealthCheckList['latestChange']> }) {
  const names = (pillars: readonly (keyof typeof healthPillarLabels)[]) =>
    pillars.map((p) => healthPillarLabels[p]).join(', ');
  return (
    <Text size="sm" data-testid="health-check-change">
      Since {formatDate(change.earlierDate)}: our average {signed(change.averageOursChange)}, the
      partner&apos;s {signed(change.averageTheirsChange)}.
      {change.resolvedDisagreements.length > 0 &&
        ` Now agreed on ${names(change.resolvedDisagreements)}.`}
      {change.newDisagreements.length > 0 && ` Newly apart on ${names(change.newDisagreements)}.`}
    </Text>
  );
}

interface Props {
  list: HealthCheckList;
  selectedId: number | null;
  onSelect: (check: HealthCheckRecord) => void;
  onEdit: (check: HealthCheckRecord) => void;
  onDelete: (check: HealthCheckRecord) => void;
}

/** Every check of the partnership, newest first, with the averages over time once there are two. */
export function BilateralHistory({ list, selectedId, onSelect, onEdit, onDelete }: Props) {
  const { checks, history, latestChange } = list;
  return (
    <Stack gap="sm">
      {history.length >= 2 && (
        <ChartCard
          title="Averages over time"
          description="Each side's mean score of the pillars it rated, check by check."
          testId="bilateral-history-chart"
          table={{
            columns: ['Date', 'Our average', "Partner's average", 'Pillars apart'],
            rows: history.map((h, i) => ({
              key: `${h.date}-${i}`,
              cells: [
                formatDate(h.date),
                h.averageOurs ?? '—',
                h.averageTheirs ?? '—',
                h.disagreements.length,
              ],
            })),
          }}
        >
          <LineChart
            h={200}
            data={history.map((h) => ({
              date: formatDate(h.date),
              ours: h.averageOurs,
              theirs: h.averageTheirs,
            }))}
            dataKey="date"
            withLegend
            yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5] }}
            series={[
              { name: 'ours', label: 'Our side', color: 'brand.6' },
              { name: 'theirs', label: "Partner's side", color: 'orange.6' },
            ]}
            curveType="linear"
          />
        </ChartCard>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={650}>History of checks</Text>
          {latestChange && <ChangeSummary change={latestChange} />}
          <Table highlightOnHover verticalSpacing={6} data-testid="health-check-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Scored by</Table.Th>
                <Table.Th ta="right">Ours</Table.Th>
                <Table.Th ta="right">Theirs</Table.Th>
                <Table.Th>Apart on</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checks.map((check) => (
                <Table.Tr
                  key={check.id}
                  className="pwb-table-row"
                  tabIndex={0}
                  bg={check.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                  onClick={() => onSelect(check)}
                  onKeyDown={(e) => e.key === 'Enter' && onSelect(check)}
                  data-testid="health-check-row"
                >
                  <Table.Td>{formatDate(check.date)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={check.ourRespondent || check.theirRespondent ? undefined : 'dimmed'}
                    >
                      {[check.ourRespondent, check.theirRespondent].filter(Boolean).join(' & ') ||
                        'not recorded'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{check.analysis.averageOurs ?? '—'}</Table.Td>
                  <Table.Td ta="right">{check.analysis.averageTheirs ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {check.analysis.disagreements.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          none
                        </Text>
                      ) : (
                        check.analysis.disagreements.map((p) => (
                          <Badge key={p} size="xs" color="orange" variant="light" tt="none">
                            {healthPillarLabels[p]}
                          </Badge>
                        ))
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td onClick={(e) => e.stopPropagation()}>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`More for the check of ${formatDate(check.date)}`}
                          data-testid="health-check-menu"
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconEye size={14} />}
                          onClick={() => onSelect(check)}
                        >
                          Show on the radar
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconPencil size={14} />}
                          onClick={() => onEdit(check)}
                        >
                          Edit
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => onDelete(check)}
                          data-testid="health-check-delete"
                        >
                          Delete
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
    </Stack>
  );
}
