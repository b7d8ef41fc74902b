import { ActionIcon, Badge, Group, Menu, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  directionLabels,
  kpiCategoryLabels,
  kpiLevelLabels,
  type Kpi,
  type KpiLevel,
  type KpiRollupRow,
} from '../../../../shared/contract/index.ts';
import { AttainmentBar } from './AttainmentBar.tsx';
import { formatFigure } from './format.ts';

const levelColors: Record<KpiLevel, string> = {
  strategic: 'grape',
  tactical: 'blue',
  operational: 'cyan',
};

function SourceNote({ row }: { row: KpiRollupRow }) {
  if (row.source === 'children') {
    const missing = row.missingChildIds.length;
    return (
      <Text size="xs" c="dimmed">
        rolled up from sub-KPIs{missing > 0 ? `; ${missing} without data left out` : ''}
      </Text>
    );
  }
  if (row.source === 'missing') {
    return (
      <Text size="xs" c="dimmed">
        {row.target === null ? 'no target set' : 'no figure for this month'}
      </Text>
    );
  }
  return null;
}

interface KpiTreeProps {
  period: string;
  rows: KpiRollupRow[];
  kpis: readonly Kpi[];
  partnerNames: ReadonlyMap<number, string>;
  onAdd: (parentId: number) => void;
  onEdit: (kpi: Kpi) => void;
  onDelete: (kpi: Kpi) => void;
}

/** The hierarchy as an indented table, each KPI with its target, figure and rolled-up attainment. */
export function KpiTree({
  period,
  rows,
  kpis,
  partnerNames,
  onAdd,
  onEdit,
  onDelete,
}: KpiTreeProps) {
  const byId = new Map(kpis.map((k) => [k.id, k]));
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="sm" data-testid="kpi-tree">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>KPI</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th ta="right">Target</Table.Th>
            <Table.Th ta="right">Actual</Table.Th>
            <Table.Th>Attainment</Table.Th>
            <Table.Th ta="right">Weight</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const kpi = byId.get(row.id);
            const monthTarget = kpi?.targets.some((t) => t.period === period) ?? false;
            return (
              <Table.Tr key={row.id} data-testid="kpi-row" data-kpi={row.name}>
                <Table.Td>
                  <div className="pwb-kpi-name" style={{ paddingLeft: row.depth * 22 }}>
                    {row.depth > 0 && <span className="pwb-kpi-guide" aria-hidden />}
                    <div>
                      <Group gap={6} wrap="nowrap">
                        <Text fw={row.depth === 0 ? 650 : 500} size="sm">
                          {row.name}
                        </Text>
                        <Badge size="xs" variant="light" color={levelColors[row.level]}>
                          {kpiLevelLabels[row.level]}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {directionLabels[row.direction]}
                        {row.partnerId !== null &&
                          ` · ${partnerNames.get(row.partnerId) ?? 'partner'}`}
                      </Text>
                    </div>
                  </div>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{kpiCategoryLabels[row.category]}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Tooltip label="This month has its own target" disabled={!monthTarget}>
                    <Text size="sm" fs={monthTarget ? 'italic' : undefined}>
                      {formatFigure(row.target, row.unit)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatFigure(row.actual, row.unit)}</Text>
                </Table.Td>
                <Table.Td>
                  <AttainmentBar value={row.attainment} testId={`kpi-attainment-${row.id}`} />
                  <SourceNote row={row} />
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{row.weight}</Text>
                </Table.Td>
                <Table.Td>
                  {kpi && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Actions for ${row.name}`}
                          data-testid="kpi-actions"
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconPlus size={14} />}
                          onClick={() => onAdd(row.id)}
                        >
                          Add sub-KPI
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconPencil size={14} />}
                          onClick={() => onEdit(kpi)}
                        >
                          Edit…
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => onDelete(kpi)}
                        >
                          Delete…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
