import { Button, Group, MultiSelect, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { memo } from 'react';
import type { LifecycleStage, PartnerType } from '../../../../shared/contract/index.ts';
import { stageOptions, typeOptions } from './partner-options.ts';
import { activeFilterCount, usePartnerListStore } from './partner-list-store.ts';

interface FilterChoices {
  tiers: string[];
  owners: string[];
  tags: string[];
}

/** Keeps a remembered choice visible (and removable) even when no loaded partner has it. */
const withSelected = (options: string[], selected: string[]) => [
  ...options,
  ...selected.filter((s) => !options.includes(s)),
];

/** Memoised: typing in the search box must not re-render five comboboxes. */
export const PartnerFiltersBar = memo(function PartnerFiltersBar({
  choices,
}: {
  choices: FilterChoices;
}) {
  const filters = usePartnerListStore((s) => s.filters);
  const setFilter = usePartnerListStore((s) => s.setFilter);
  const clearFilters = usePartnerListStore((s) => s.clearFilters);
  const showArchived = usePartnerListStore((s) => s.showArchived);
  const setShowArchived = usePartnerListStore((s) => s.setShowArchived);
  const common = { size: 'xs', w: 148, clearable: true, searchable: true, maxDropdownHeight: 280 };

  return (
    <Group gap="xs" align="center" data-testid="partner-filters">
      <MultiSelect
        {...common}
        aria-label="Filter by type"
        placeholder={filters.types.length ? undefined : 'Any type'}
        data={typeOptions}
        value={filters.types}
        onChange={(v) => setFilter('types', v as PartnerType[])}
        data-testid="filter-type"
      />
      <MultiSelect
        {...common}
        aria-label="Filter by stage"
        placeholder={filters.stages.length ? undefined : 'Any stage'}
        data={stageOptions}
        value={filters.stages}
        onChange={(v) => setFilter('stages', v as LifecycleStage[])}
        data-testid="filter-stage"
      />
      <MultiSelect
        {...common}
        aria-label="Filter by tier"
        placeholder={filters.tiers.length ? undefined : 'Any tier'}
        data={withSelected(choices.tiers, filters.tiers)}
        value={filters.tiers}
        onChange={(v) => setFilter('tiers', v)}
        nothingFoundMessage="No tiers assigned yet"
        data-testid="filter-tier"
      />
      <MultiSelect
        {...common}
        aria-label="Filter by owner"
        placeholder={filters.owners.length ? undefined : 'Any owner'}
        data={withSelected(choices.owners, filters.owners)}
        value={filters.owners}
        onChange={(v) => setFilter('owners', v)}
        nothingFoundMessage="No owners named yet"
        data-testid="filter-owner"
      />
      <MultiSelect
        {...common}
        aria-label="Filter by tag"
        placeholder={filters.tags.length ? undefined : 'Any tag'}
        data={withSelected(choices.tags, filters.tags)}
        value={filters.tags}
        onChange={(v) => setFilter('tags', v)}
        nothingFoundMessage="No tags yet"
        data-testid="filter-tag"
      />
      <Switch
        size="xs"
        label="Show archived"
        checked={showArchived}
        onChange={(e) => setShowArchived(e.currentTarget.checked)}
        data-testid="show-archived"
        ml="xs"
      />
      {activeFilterCount(filters) > 0 && (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconFilterOff size={14} />}
          onClick={clearFilters}
          data-testid="clear-filters"
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
});
