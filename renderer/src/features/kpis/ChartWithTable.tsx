import { Group, Paper, SegmentedControl, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface FigureTable {
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

interface ChartWithTableProps {
  title: string;
  description?: string;
  table: FigureTable;
  testId: string;
  children: ReactNode;
}

function FiguresTable({ table, caption }: { table: FigureTable; caption: string }) {
  return (
    <Table striped withTableBorder={false} verticalSpacing={6}>
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((c, i) => (
            <Table.Th key={c} ta={i === 0 ? 'left' : 'right'}>
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) => (
              <Table.Td key={i} ta={i === 0 ? 'left' : 'right'}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A chart with the same figures as a table: shown on request, and always present for screen
 * readers while the chart is shown.
 */
export function ChartWithTable({
  title,
  description,
  table,
  testId,
  children,
}: ChartWithTableProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Text fw={600}>{title}</Text>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label={`Show ${title.toLowerCase()} as`}
          data-testid={`${testId}-view`}
        />
      </Group>
      {view === 'chart' ? (
        <>
          <div aria-hidden="true">{children}</div>
          <VisuallyHidden>
            <FiguresTable table={table} caption={title} />
          </VisuallyHidden>
        </>
      ) : (
        <div data-testid={`${testId}-table`}>
          <FiguresTable table={table} caption={title} />
        </div>
      )}
    </Paper>
  );
}
