import '@mantine/dates/styles.css';
import {
  Button,
  Group,
  Kbd,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconFileImport, IconHierarchy3, IconPlus, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useRememberedChoice } from '../../stores/view-choices.ts';
import { ImportActualsModal } from './ImportActualsModal.tsx';
import { KpiFormModal, type KpiEditing } from './KpiFormModal.tsx';
import { KpiTree } from './KpiTree.tsx';
import { KpiValuesGrid } from './KpiValuesGrid.tsx';
import {
  currentMonth,
  monthLabel,
  monthsEndingAt,
  monthToPickerValue,
  pickerValueToMonth,
} from './months.ts';
import { RollupSummary } from './RollupSummary.tsx';
import { useDeleteKpi } from './use-delete-kpi.tsx';

const programScope = 'program';

export default function KpisPage() {
  const [period, setPeriod] = useState(currentMonth);
  const [scope, setScope] = useState<number | null>(null);
  const [tab, setTab] = useRememberedChoice('kpis.tab', 'hierarchy', ['hierarchy', 'figures']);
  const [span, setSpan] = useRememberedChoice('kpis.figuresSpan', '12', ['6', '12', '24']);
  const [editing, setEditing] = useState<KpiEditing | null>(null);
  const [importing, importModal] = useDisclosure(false);
  const kpis = useApiQuery('kpis.list', {});
  const rollup = useApiQuery('kpis.rollup', { period, scope }, { placeholderData: (p) => p });
  const partners = useApiQuery('partners.list', {});
  const confirmDelete = useDeleteKpi(kpis.data ?? []);
  const previousMonth = monthsEndingAt(period, 2)[0] ?? period;
  const addTopLevel = () => setEditing({ mode: 'new', parentId: null });
  useHotkeys([['alt+N', addTopLevel]]);

  const partnerNames = new Map((partners.data ?? []).map((p) => [p.id, p.name]));
  const empty = kpis.data?.length === 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>KPIs</Title>
          <Text c="dimmed" size="sm" maw={560}>
            What the program steers by: strategic goals, the tactical KPIs that drive them, and the
            operational figures behind those.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={importModal.open}
            data-testid="kpis-import-actuals"
          >
            Import actuals…
          </Button>
          <Tooltip
            label={
              <>
                Add a top-level KPI <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">N</Kbd>
              </>
            }
          >
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={addTopLevel}
              data-testid="add-kpi"
            >
              Add KPI
            </Button>
          </Tooltip>
        </Group>
      </Group>

      {kpis.isPending && <PageLoader />}
      {kpis.isError && (
        <ErrorState message={kpis.error.message} onRetry={() => void kpis.refetch()} />
      )}
      {empty && (
        <EmptyState
          icon={<IconHierarchy3 size={32} />}
          title="No KPIs yet"
          text="Start with one or two strategic goals (partner-sourced revenue, say), add the tactical KPIs that move them, then the operational figures you can count each month. Attainment rolls up the tree by weight."
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={addTopLevel}>
              Add a strategic KPI
            </Button>
          }
        />
      )}
      {kpis.data && !empty && (
        <>
          <Group gap="md" align="flex-end">
            <MonthPickerInput
              label="Month"
              w={180}
              value={monthToPickerValue(period)}
              onChange={(v) => setPeriod(pickerValueToMonth(v) ?? period)}
              data-testid="kpis-period"
            />
            <Select
              label="Figures of"
              w={240}
              allowDeselect={false}
              searchable
              data={[
                { value: programScope, label: 'The whole program' },
                ...(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
              ]}
              value={scope === null ? programScope : String(scope)}
              onChange={(v) => setScope(!v || v === programScope ? null : Number(v))}
              data-testid="kpis-scope"
            />
          </Group>
          <Tabs
            value={tab}
            onChange={(v) => setTab(v === 'figures' ? 'figures' : 'hierarchy')}
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab
                value="hierarchy"
                leftSection={<IconHierarchy3 size={16} />}
                data-testid="kpis-tab-hierarchy"
              >
                Hierarchy and roll-up
              </Tabs.Tab>
              <Tabs.Tab
                value="figures"
                leftSection={<IconTable size={16} />}
                data-testid="kpis-tab-figures"
              >
                Monthly figures
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="hierarchy" pt="md">
              {rollup.isError && (
                <ErrorState message={rollup.error.message} onRetry={() => void rollup.refetch()} />
              )}
              {rollup.data && (
                <Stack>
                  <RollupSummary
                    rollup={rollup.data}
                    previous={{
                      label: monthLabel(previousMonth, 'long'),
                      show: () => setPeriod(previousMonth),
                    }}
                  />
                  <KpiTree
                    period={period}
                    rows={rollup.data.rows}
                    kpis={kpis.data}
                    partnerNames={partnerNames}
                    onAdd={(parentId) => setEditing({ mode: 'new', parentId })}
                    onEdit={(kpi) => setEditing({ mode: 'edit', kpi })}
                    onDelete={confirmDelete}
                  />
                </Stack>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="figures" pt="md">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    {scope === null
                      ? 'Program-wide figures; a KPI linked to a partner shows that partner’s figures.'
                      : `${partnerNames.get(scope) ?? 'This partner'}’s figures for the program KPIs and its own.`}
                  </Text>
                  <SegmentedControl
                    size="xs"
                    value={span}
                    onChange={setSpan}
                    data={[
                      { value: '6', label: '6 months' },
                      { value: '12', label: '12 months' },
                      { value: '24', label: '24 months' },
                    ]}
                    aria-label="Months shown"
                  />
                </Group>
                <KpiValuesGrid
                  kpis={kpis.data}
                  scope={scope}
                  lastMonth={period}
                  months={Number(span)}
                />
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </>
      )}
      <KpiFormModal editing={editing} kpis={kpis.data ?? []} onClose={() => setEditing(null)} />
      <ImportActualsModal opened={importing} onClose={importModal.close} partner={null} />
    </Stack>
  );
}
