import { Badge, Group, NumberInput, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  actualMeasureLabels,
  directionLabels,
  type CriterionResult,
  type CriterionSource,
  type Kpi,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { AttainmentBar } from '../kpis/AttainmentBar.tsx';
import { formatFigure } from '../kpis/format.ts';

export function sourceLabel(source: CriterionSource, kpis: readonly Kpi[]): string {
  switch (source.kind) {
    case 'revenue_growth':
      return 'Attributed revenue against the month before';
    case 'measure':
      return `${actualMeasureLabels[source.measure]} from the actuals`;
    case 'kpi':
      return `KPI: ${kpis.find((k) => k.id === source.kpiId)?.name ?? 'deleted'}`;
    case 'manual':
      return 'Typed in for each month';
  }
}

function ActualInput({
  criterion,
  partnerId,
  period,
}: {
  criterion: CriterionResult;
  partnerId: number;
  period: string;
}) {
  const setInput = useApiMutation('scorecards.setInput', ['scorecards', 'actuals', 'kpis']);
  const [value, setValue] = useState<string | number>(criterion.actual ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const next = value === '' ? null : typeof value === 'number' ? value : Number.NaN;
    if (next !== null && !Number.isFinite(next)) {
      setError('Enter a number');
      return;
    }
    if (next === criterion.actual) return;
    setInput.mutate(
      { partnerId, period, criterionKey: criterion.key, value: next },
      { onSuccess: () => setError(null), onError: (e) => setError(e.message) },
    );
  };
  return (
    <NumberInput
      size="xs"
      w={130}
      ml="auto"
      placeholder="Enter"
      value={value}
      onChange={setValue}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
      error={error}
      hideControls
      rightSection={
        criterion.unit ? (
          <Text size="xs" c="dimmed" pr={6}>
            {criterion.unit === 'rating 1–5' ? '/ 5' : criterion.unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={criterion.unit.length > 3 ? 44 : 30}
      aria-label={`${criterion.label}, actual`}
      data-testid={`criterion-input-${criterion.key}`}
    />
  );
}

interface CriteriaTableProps {
  criteria: CriterionResult[];
  kpis: readonly Kpi[];
  partnerId: number;
  period: string;
}

/** Each criterion: where its actual comes from, target, actual, attainment, or why it is missing. */
export function CriteriaTable({ criteria, kpis, partnerId, period }: CriteriaTableProps) {
  return (
    <Paper withBorder>
      <Table verticalSpacing="sm" data-testid="criteria-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Criterion</Table.Th>
            <Table.Th ta="right">Weight</Table.Th>
            <Table.Th ta="right">Target</Table.Th>
            <Table.Th ta="right">Actual</Table.Th>
            <Table.Th>Attainment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr
              key={c.key}
              data-testid={`criterion-${c.key}`}
              data-missing={c.missing || undefined}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {sourceLabel(c.source, kpis)} · {directionLabels[c.direction].toLowerCase()}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text
                  size="sm"
                  c={c.missing ? 'dimmed' : undefined}
                  td={c.missing ? 'line-through' : undefined}
                >
                  {c.weight}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatFigure(c.target, c.unit)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" maw={260}>
                {c.enterable ? (
                  <ActualInput
                    key={`${period}-${c.actual}`}
                    criterion={c}
                    partnerId={partnerId}
                    period={period}
                  />
                ) : (
                  <Text size="sm" fw={500} data-testid={`criterion-actual-${c.key}`}>
                    {formatFigure(c.actual, c.unit)}
                  </Text>
                )}
                {c.note && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {c.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.missing ? (
                  <Group gap={6}>
                    <Badge variant="light" color="gray" data-testid={`criterion-missing-${c.key}`}>
                      Missing
                    </Badge>
                    <Text size="xs" c="dimmed">
                      left out of the score
                    </Text>
                  </Group>
                ) : (
                  <AttainmentBar value={c.attainment} testId={`criterion-attainment-${c.key}`} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
