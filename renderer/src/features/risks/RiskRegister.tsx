import './risks.css';
import {
  Badge,
  Button,
  CloseButton,
  Group,
  Kbd,
  Pagination,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { Risk } from '../../../../shared/contract/index.ts';
import { risksToCsv } from '../../../../shared/domain/list-csv.ts';
import type { HeatMapBasis } from '../../../../shared/domain/risk.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ExportCsvButton } from '../../components/ExportCsvButton.tsx';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { localToday } from '../governance/governance-format.ts';
import { PartnerFilterSelect, type PartnerFilter } from '../governance/PartnerFilterSelect.tsx';
import { onOff, useRememberedChoice } from '../../stores/view-choices.ts';
import { RiskHeatMap, type HeatCell } from './RiskHeatMap.tsx';
import { RiskModal } from './RiskModal.tsx';
import { RiskSummary } from './RiskSummary.tsx';
import { RiskTable } from './RiskTable.tsx';
import { useDeleteRisk } from './use-delete-risk.tsx';

const pageSize = 50;

interface RiskRegisterProps {
  /** A partner's register; absent for the program-level register of every risk. */
  partnerId?: number;
}

function matchesCell(risk: Risk, cell: HeatCell, basis: HeatMapBasis): boolean {
  return basis === 'inherent'
    ? risk.likelihood === cell.likelihood && risk.impact === cell.impact
    : risk.residualLikelihood === cell.likelihood && risk.residualImpact === cell.impact;
}

function sortKey(risk: Risk, basis: HeatMapBasis): number {
  return basis === 'residual' ? (risk.residualScore ?? 0) : risk.score;
}

export function RiskRegister({ partnerId }: RiskRegisterProps) {
  const program = partnerId === undefined;
  const today = localToday();
  const list = useApiQuery('risks.list', program ? { today } : { partnerId, today });
  const [basis, setBasis] = useRememberedChoice<HeatMapBasis>('risks.basis', 'inherent', [
    'inherent',
    'residual',
  ]);
  const [cell, setCell] = useState<HeatCell | null>(null);
  const [search, setSearch] = useState('');
  const [partnerFilter, setPartnerFilter] = useState<PartnerFilter>('all');
  const [showClosed, setShowClosed] = useRememberedChoice<boolean>(
    'risks.showClosed',
    false,
    onOff,
  );
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const confirmDelete = useDeleteRisk();
  useHotkeys([
    ['alt+N', () => setEditing('new')],
    ['/', () => searchRef.current?.focus()],
    ['Escape', () => setCell(null)],
  ]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (list.data ?? []).filter(
      (r) =>
        (showClosed || r.status !== 'closed') &&
        (partnerFilter === 'all' || r.partnerId === partnerFilter) &&
        (!needle ||
          r.title.toLowerCase().includes(needle) ||
          r.owner.toLowerCase().includes(needle) ||
          (r.partnerName ?? '').toLowerCase().includes(needle)),
    );
  }, [list.data, search, showClosed, partnerFilter]);
  const rows = useMemo(
    () =>
      (cell ? shown.filter((r) => matchesCell(r, cell, basis)) : shown)
        .slice()
        .sort(
          (a, b) =>
            sortKey(b, basis) - sortKey(a, basis) ||
            Number(b.reviewOverdue) - Number(a.reviewOverdue) ||
            a.id - b.id,
        ),
    [shown, cell, basis],
  );
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages);

  if (list.isPending) return <PageLoader />;
  if (list.isError)
    return <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />;

  const modal = (
    <RiskModal
      opened={editing !== null}
      onClose={() => setEditing(null)}
      risk={editing === 'new' ? null : editing}
      defaultPartnerId={
        program ? (typeof partnerFilter === 'number' ? partnerFilter : null) : partnerId
      }
      lockPartner={!program}
    />
  );
  const addButton = (
    <Tooltip label="Alt+N" openDelay={500}>
      <Button
        leftSection={<IconPlus size={16} />}
        onClick={() => setEditing('new')}
        data-testid="add-risk"
      >
        Add risk
      </Button>
    </Tooltip>
  );

  if (list.data.length === 0) {
    return (
      <>
        <EmptyState
          icon={<IconAlertTriangle size={32} />}
          title="No risks recorded yet"
          text={
            program
              ? 'List what could hurt the program: a partner selling against your own channel, a data-protection gap, a brand that no longer fits. Give each risk an owner and a review date, and the register becomes the agenda of every steering meeting.'
              : 'List what could hurt this partnership, score how likely and how harmful each risk is, and name who watches it. Reviewing the register together is part of good governance.'
          }
          action={addButton}
        />
        {modal}
      </>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <TextInput
            ref={searchRef}
            w={260}
            leftSection={<IconSearch size={16} />}
            rightSection={<Kbd size="xs">/</Kbd>}
            placeholder="Search risks, owners"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            aria-label="Search risks"
            data-testid="risk-search"
          />
          {program && (
            <PartnerFilterSelect
              programLabel="Program-wide risks only"
              value={partnerFilter}
              onChange={setPartnerFilter}
              data-testid="risk-partner-filter"
            />
          )}
          <Switch
            label="Show closed"
            checked={showClosed}
            onChange={(e) => setShowClosed(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap="xs">
          <ExportCsvButton
            what="risks"
            build={() => ({ csv: risksToCsv(rows), count: rows.length })}
            disabled={rows.length === 0}
            data-testid="export-risks"
          />
          {addButton}
        </Group>
      </Group>

      <Paper withBorder p="lg">
        <Group justify="space-between" mb="md">
          <div>
            <Title order={4}>Heat map</Title>
            <Text size="sm" c="dimmed">
              Click a cell to list only its risks; click it again, or press Esc, to list all.
            </Text>
          </div>
          <SegmentedControl
            value={basis}
            onChange={(v) => {
              setBasis(v as HeatMapBasis);
              setCell(null);
            }}
            data={[
              { value: 'inherent', label: 'Before treatment' },
              { value: 'residual', label: 'Residual' },
            ]}
            data-testid="risk-basis"
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
          <div style={{ gridColumn: 'span 2' }}>
            <RiskHeatMap risks={shown} basis={basis} selected={cell} onSelect={setCell} />
          </div>
          <RiskSummary risks={shown} basis={basis} />
        </SimpleGrid>
      </Paper>

      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm" c="dimmed" data-testid="risk-count">
            {rows.length} of {list.data.length} {list.data.length === 1 ? 'risk' : 'risks'}
          </Text>
          {cell && (
            <Badge
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label="Clear the cell filter"
                  onClick={() => setCell(null)}
                />
              }
              data-testid="cell-filter"
            >
              Likelihood {cell.likelihood} × impact {cell.impact}
            </Badge>
          )}
        </Group>
        {pages > 1 && <Pagination size="sm" total={pages} value={current} onChange={setPage} />}
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            No risk matches these filters.
          </Text>
        </Paper>
      ) : (
        <RiskTable
          risks={rows.slice((current - 1) * pageSize, current * pageSize)}
          showPartner={program}
          onEdit={setEditing}
          onDelete={confirmDelete}
        />
      )}
      {modal}
    </Stack>
  );
}
