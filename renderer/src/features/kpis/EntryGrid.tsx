import './kpis.css';
import { ScrollArea, Table, Text } from '@mantine/core';
import { Fragment, useCallback, useRef } from 'react';
import { GridCell } from './GridCell.tsx';
import { displayCell, type CellKind } from './grid-values.ts';

export interface GridColumn {
  key: string;
  label: string;
  /** Shown under the label, e.g. the unit or currency. */
  unit?: string;
  /** Columns of the same group sit under one heading, in the order given. */
  group: string;
  kind: CellKind;
}

export interface GridRow {
  key: string;
  label: string;
}

interface EntryGridProps {
  rows: GridRow[];
  columns: GridColumn[];
  currency: string;
  valueOf: (row: string, column: string) => number | null;
  /** Resolves once saved (and the shown data updated); rejects with a message for the cell. */
  onSave: (row: string, column: string, value: number | null) => Promise<void>;
  /** Adds a row of totals for count and money columns. */
  totals?: boolean;
  caption: string;
  testId: string;
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

/**
 * A spreadsheet-like entry grid: arrows and Enter move between cells, Tab moves right, a value is
 * saved when the cell is left or Enter is pressed, and a value that cannot be saved says why in
 * the cell itself.
 */
export function EntryGrid(props: EntryGridProps) {
  const { rows, columns, currency, valueOf, onSave, totals, caption, testId } = props;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const register = useCallback((row: number, column: number, input: HTMLInputElement | null) => {
    if (input) inputs.current.set(cellKey(row, column), input);
    else inputs.current.delete(cellKey(row, column));
  }, []);
  const move = useCallback((row: number, column: number): boolean => {
    const target = inputs.current.get(cellKey(row, column));
    target?.focus();
    return Boolean(target);
  }, []);

  const groups: { name: string; span: number }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last.name === column.group) last.span += 1;
    else groups.push({ name: column.group, span: 1 });
  }

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table
        className="pwb-grid"
        withColumnBorders
        withTableBorder
        verticalSpacing={0}
        horizontalSpacing={0}
        data-testid={testId}
        aria-label={caption}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} className="pwb-grid-corner">
              <Text size="xs" c="dimmed" px="sm">
                Month
              </Text>
            </Table.Th>
            {groups.map((g) => (
              <Table.Th key={g.name} colSpan={g.span} className="pwb-grid-group">
                {g.name}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} className="pwb-grid-head" scope="col">
                <Text size="xs" fw={600} lh={1.25}>
                  {c.label}
                </Text>
                {c.unit && (
                  <Text size="xs" c="dimmed" lh={1.25}>
                    {c.unit}
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={row.key} data-testid={`grid-row-${row.key}`}>
              <Table.Th scope="row" className="pwb-grid-rowhead">
                {row.label}
              </Table.Th>
              {columns.map((column, c) => (
                <GridCell
                  key={column.key}
                  rowIndex={r}
                  columnIndex={c}
                  label={`${column.label}, ${row.label}`}
                  testId={`cell-${row.key}-${column.key}`}
                  kind={column.kind}
                  currency={currency}
                  value={valueOf(row.key, column.key)}
                  onSave={(value) => onSave(row.key, column.key, value)}
                  register={register}
                  move={move}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {totals && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" className="pwb-grid-rowhead">
                Total
              </Table.Th>
              {columns.map((column) => (
                <Fragment key={column.key}>
                  <Table.Td className="pwb-grid-total" data-testid={`total-${column.key}`}>
                    {column.kind === 'number' ||
                    rows.every((row) => valueOf(row.key, column.key) === null)
                      ? ''
                      : displayCell(
                          rows.reduce((sum, row) => sum + (valueOf(row.key, column.key) ?? 0), 0),
                          column.kind,
                          currency,
                        )}
                  </Table.Td>
                </Fragment>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ScrollArea>
  );
}
