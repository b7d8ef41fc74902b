import { Group, Paper, SegmentedControl, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import './chart-with-table.css';

/** A chart's figures as rows: the first column is a label, the others are right-aligned. */
export interface FiguresTable {
  columns: string[];
  rows: { key: string; cells: ReactNode[]; highlight?: boolean }[];
}

export function FiguresTableView({ table, caption }: { table: FiguresTable; caption: string }) {
  return (
    <Table striped verticalSpacing={6} fz="sm">
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
          <Table.Tr key={row.key} fw={row.highlight ? 700 : undefined}>
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

export interface ChartWithTableProps {
  title: string;
  description?: ReactNode;
  testId: string;
  table: FiguresTable;
  /** What shows first; the user's click wins for the rest of the visit. */
  defaultView?: 'chart' | 'table';
  /** Controls shown next to the chart/table switch. */
  controls?: ReactNode;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: ReactNode;
  /** Text or lists beside the chart; read by everyone, unlike the chart itself. */
  aside?: ReactNode;
  /** Fill the grid cell (cards side by side stay the same height). */
  fill?: boolean;
  children: ReactNode;
}

/**
 * A chart with the same figures as a table: the table is one click away, and always present for
 * screen readers behind the chart.
 */
export function ChartWithTable({
  title,
  description,
  testId,
  table,
  defaultView = 'chart',
  controls,
  empty,
  aside,
  fill = false,
  children,
}: ChartWithTableProps) {
  const [choice, setChoice] = useState<'chart' | 'table' | null>(null);
  const view = choice ?? defaultView;
  return (
    <Paper
      withBorder
      p="md"
      h={fill ? '100%' : undefined}
      className="pwb-chart-card"
      data-testid={testId}
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={650}>{title}</Text>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {!empty && (
          <Group gap="xs" wrap="nowrap">
            {controls}
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setChoice(v === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
              aria-label={`Show ${title.toLowerCase()} as`}
              data-testid={`${testId}-view`}
            />
          </Group>
        )}
      </Group>
      {empty ?? (
        <div className="pwb-chart-body" data-aside={aside ? 'yes' : 'no'}>
          <div className="pwb-chart-main">
            {view === 'chart' ? (
              <>
                <div aria-hidden="true">{children}</div>
                <VisuallyHidden>
                  <FiguresTableView table={table} caption={title} />
                </VisuallyHidden>
              </>
            ) : (
              <div data-testid={`${testId}-table`}>
                <FiguresTableView table={table} caption={title} />
              </div>
            )}
          </div>
          {aside && <div className="pwb-chart-aside">{aside}</div>}
        </div>
      )}
    </Paper>
  );
}
