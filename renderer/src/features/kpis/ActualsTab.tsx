import '@mantine/dates/styles.css';
import {
  Button,
  Group,
  Kbd,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActualsGrid, MethodInput, Partner } from '../../../../shared/contract/index.ts';
import { toCsv } from '../../../../shared/domain/csv.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ExportCsvButton } from '../../components/ExportCsvButton.tsx';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useRememberedChoice } from '../../stores/view-choices.ts';
import { actualsColumns, readCell, type CellRef } from './actuals-columns.ts';
import { EntryGrid } from './EntryGrid.tsx';
import { ImportActualsModal } from './ImportActualsModal.tsx';
import { GridKeys } from './KpiValuesGrid.tsx';
import {
  currentMonth,
  monthLabel,
  monthsEndingAt,
  monthToPickerValue,
  pickerValueToMonth,
} from './months.ts';
import { useSaveActualsCell } from './use-save-actuals-cell.ts';

/** The partner's monthly actuals, KPI figures and typed scorecard inputs in one keyboard grid. */
export default function ActualsTab({ partner }: { partner: Partner }) {
  const [lastMonth, setLastMonth] = useState(currentMonth);
  const [span, setSpan] = useRememberedChoice('actuals.span', '6', ['3', '6', '12', '24']);
  const [extraKpis, setExtraKpis] = useState<string[]>([]);
  const [importing, importModal] = useDisclosure(false);
  const periods = monthsEndingAt(lastMonth, Number(span));
  const input: MethodInput<'actuals.grid'> = {
    partnerId: partner.id,
    from: periods[0] ?? lastMonth,
    to: lastMonth,
  };
  const settings = useApiQuery('settings.get', {});
  const kpis = useApiQuery('kpis.list', {});
  const grid = useApiQuery('actuals.grid', input, { placeholderData: (p) => p });
  const save = useSaveActualsCell(partner.id, input);
  useHotkeys([['alt+I', importModal.open]]);

  if (settings.isPending || kpis.isPending || grid.isPending) return <PageLoader />;
  const failed = settings.error ?? kpis.error ?? grid.error;
  if (failed) return <ErrorState message={failed.message} onRetry={() => void grid.refetch()} />;
  if (!settings.data || !kpis.data || !grid.data) return <PageLoader />;

  const currency = settings.data.currency;
  const data: ActualsGrid = grid.data;
  const { columns, optionalKpis } = actualsColumns({
    partnerId: partner.id,
    kpis: kpis.data,
    criteria: settings.data.params.scorecardCriteria,
    extraKpiIds: extraKpis.map(Number),
    currency,
  });
  const valueOf = (period: string, column: string) =>
    readCell(data, column as CellRef, period, currency);

  // One row per month; money in major units under a header naming the currency, so a
  // spreadsheet sums the figures and the import reads the actuals and KPI columns back.
  const exportCsv = () => ({
    csv: toCsv(
      ['Month', ...columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label))],
      periods.map((p) => [p, ...columns.map((c) => valueOf(p, c.key))]),
    ),
    count: periods.length,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Monthly actuals</Title>
          <Text size="sm" c="dimmed">
            What {partner.name} delivered each month. The scorecard reads these figures.
          </Text>
        </div>
        <Group gap="xs">
          <ExportCsvButton
            what={`${partner.name} actuals`}
            build={exportCsv}
            data-testid="export-actuals"
          />
          <Tooltip
            label={
              <>
                <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">I</Kbd>
              </>
            }
          >
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={importModal.open}
              data-testid="actuals-import"
            >
              Import CSV…
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <Group gap="md" align="flex-end">
          <MonthPickerInput
            label="Up to"
            w={170}
            value={monthToPickerValue(lastMonth)}
            onChange={(v) => setLastMonth(pickerValueToMonth(v) ?? lastMonth)}
            data-testid="actuals-last-month"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Months shown
            </Text>
            <SegmentedControl
              value={span}
              onChange={setSpan}
              data={[
                { value: '3', label: '3' },
                { value: '6', label: '6' },
                { value: '12', label: '12' },
                { value: '24', label: '24' },
              ]}
              aria-label="Months shown"
              data-testid="actuals-span"
            />
          </div>
          {optionalKpis.length > 0 && (
            <MultiSelect
              label="More KPI columns"
              placeholder={
                extraKpis.length === 0 ? 'Program KPIs to record for this partner' : undefined
              }
              data={optionalKpis.map((k) => ({ value: String(k.id), label: k.name }))}
              value={extraKpis}
              onChange={setExtraKpis}
              searchable
              clearable
              miw={280}
              style={{ flex: 1 }}
            />
          )}
        </Group>
      </Paper>
      <GridKeys />
      <EntryGrid
        rows={periods.map((p) => ({ key: p, label: monthLabel(p) }))}
        columns={columns}
        currency={currency}
        valueOf={valueOf}
        onSave={(period, column, value) => save(period, column as CellRef, value, currency)}
        totals
        caption={`Monthly actuals of ${partner.name}`}
        testId="actuals-grid"
      />
      <ImportActualsModal
        opened={importing}
        onClose={importModal.close}
        partner={{ id: partner.id, name: partner.name }}
      />
    </Stack>
  );
}
