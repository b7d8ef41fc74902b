import './partners.css';
import { Button, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUpload, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Partner } from '../../../../shared/contract/index.ts';
import { partnersToCsv } from '../../../../shared/domain/partner-csv.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { saveCsvExport } from '../../components/ExportCsvButton.tsx';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { ImportPartnersModal } from './ImportPartnersModal.tsx';
import { NewPartnerModal } from './NewPartnerModal.tsx';
import { PartnerBoard } from './PartnerBoard.tsx';
import { PartnerFiltersBar } from './PartnerFiltersBar.tsx';
import { PartnersHeader, ViewSwitch } from './PartnersHeader.tsx';
import { PartnerTable } from './PartnerTable.tsx';
import { filterOptions, filterPartners, searchIndex, sortPartners } from './partner-filter.ts';
import { activeFilterCount, usePartnerListStore } from './partner-list-store.ts';

export default function PartnersPage() {
  // Everything is loaded once and filtered here: a keystroke never waits for a round trip.
  const list = useApiQuery('partners.list', { includeArchived: true });
  const [search, setSearch] = useState('');
  const [adding, addModal] = useDisclosure(false);
  const [importing, importModal] = useDisclosure(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const view = usePartnerListStore((s) => s.view);
  const setView = usePartnerListStore((s) => s.setView);
  const sort = usePartnerListStore((s) => s.sort);
  const filters = usePartnerListStore((s) => s.filters);
  const showArchived = usePartnerListStore((s) => s.showArchived);
  const clearFilters = usePartnerListStore((s) => s.clearFilters);
  const setShowArchived = usePartnerListStore((s) => s.setShowArchived);

  const partners = list.data;
  const index = useMemo(() => searchIndex(partners ?? []), [partners]);
  const choices = useMemo(() => filterOptions(partners ?? []), [partners]);
  const visible = useMemo(
    () =>
      sortPartners(
        filterPartners(partners ?? [], index, search, filters, showArchived),
        sort.column,
        sort.direction,
      ),
    [partners, index, search, filters, showArchived, sort],
  );
  const visibleRef = useRef<Partner[]>(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);
  const exportCsv = useCallback(() => {
    const shown = visibleRef.current;
    if (shown.length > 0)
      saveCsvExport('partners', { csv: partnersToCsv(shown), count: shown.length });
  }, []);

  useHotkeys([
    ['alt+N', addModal.open],
    ['alt+I', importModal.open],
    ['alt+B', () => setView(view === 'list' ? 'board' : 'list')],
    ['alt+E', exportCsv],
    ['/', () => searchRef.current?.focus()],
  ]);

  const isEmptyWorkbook = partners?.length === 0;
  const narrowed = search !== '' || activeFilterCount(filters) > 0;
  const hiddenArchived = useMemo(
    () => (showArchived ? 0 : (partners ?? []).filter((p) => p.archived).length),
    [partners, showArchived],
  );
  const shown = (partners?.length ?? 0) - hiddenArchived;

  return (
    <Stack gap="md">
      <PartnersHeader
        onAdd={addModal.open}
        onImport={importModal.open}
        onExport={exportCsv}
        canExport={visible.length > 0}
        hasPartners={!isEmptyWorkbook}
      />

      {list.isPending && <PageLoader />}
      {list.isError && (
        <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />
      )}
      {isEmptyWorkbook && (
        <EmptyState
          icon={<IconUsersGroup size={32} />}
          title="No partners yet"
          text="Add the organisations you work with or want to approach, or import them from a spreadsheet. Start with five to ten candidates that complement what you offer rather than compete with it."
          action={
            <Group gap="xs">
              <Button leftSection={<IconPlus size={16} />} onClick={addModal.open}>
                Add your first partner
              </Button>
              <Button
                variant="default"
                leftSection={<IconUpload size={16} />}
                onClick={importModal.open}
              >
                Import a CSV
              </Button>
            </Group>
          }
        />
      )}
      {partners && !isEmptyWorkbook && (
        <>
          <Group justify="space-between" gap="sm">
            <Group gap="sm">
              <TextInput
                ref={searchRef}
                w={300}
                leftSection={<IconSearch size={16} />}
                rightSection={<Kbd size="xs">/</Kbd>}
                placeholder="Search name, owner, tag, notes"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setSearch('');
                }}
                aria-label="Search partners"
                data-testid="partner-search"
              />
              <ViewSwitch />
            </Group>
            <Text size="sm" c="dimmed" data-testid="partner-count">
              {narrowed
                ? `${visible.length} of ${shown} partners`
                : `${visible.length} ${visible.length === 1 ? 'partner' : 'partners'}`}
              {hiddenArchived > 0 && ` · ${hiddenArchived} archived hidden`}
            </Text>
          </Group>
          <PartnerFiltersBar choices={choices} />
          {visible.length === 0 ? (
            <Paper withBorder p="xl" data-testid="no-match">
              <Stack align="center" gap="xs">
                <Text fw={600}>No partner matches</Text>
                <Text c="dimmed" size="sm" ta="center">
                  {search ? `Nothing matches “${search}” with the filters chosen. ` : ''}
                  Loosen the search or the filters to see more.
                </Text>
                <Group gap="xs">
                  {search && (
                    <Button size="xs" variant="default" onClick={() => setSearch('')}>
                      Clear the search
                    </Button>
                  )}
                  {activeFilterCount(filters) > 0 && (
                    <Button size="xs" variant="default" onClick={clearFilters}>
                      Clear the filters
                    </Button>
                  )}
                  {hiddenArchived > 0 && (
                    <Button size="xs" variant="default" onClick={() => setShowArchived(true)}>
                      Show archived partners
                    </Button>
                  )}
                </Group>
              </Stack>
            </Paper>
          ) : view === 'board' ? (
            <PartnerBoard partners={visible} />
          ) : (
            <PartnerTable partners={visible} />
          )}
        </>
      )}
      <NewPartnerModal opened={adding} onClose={addModal.close} />
      <ImportPartnersModal opened={importing} onClose={importModal.close} />
    </Stack>
  );
}
