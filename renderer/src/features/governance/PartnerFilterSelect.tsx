import { Select, type SelectProps } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks.ts';

/** 'all': every record; null: program-level records only; a number: that partnership. */
export type PartnerFilter = 'all' | number | null;

const allValue = 'all';
const programValue = 'program';

interface PartnerFilterSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: PartnerFilter;
  onChange: (value: PartnerFilter) => void;
  programLabel: string;
}

/** Narrows a program-level list to one partnership or to the program's own records. */
export function PartnerFilterSelect({
  value,
  onChange,
  programLabel,
  ...props
}: PartnerFilterSelectProps) {
  const partners = useApiQuery('partners.list', { includeArchived: true });
  const data = useMemo(
    () => [
      { value: allValue, label: 'All partnerships' },
      { value: programValue, label: programLabel },
      ...(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
    ],
    [partners.data, programLabel],
  );
  const selected = value === 'all' ? allValue : value === null ? programValue : String(value);
  return (
    <Select
      w={240}
      searchable
      allowDeselect={false}
      limit={200}
      leftSection={<IconFilter size={16} />}
      nothingFoundMessage="No partner by that name"
      aria-label="Filter by partnership"
      {...props}
      data={data}
      value={selected}
      onChange={(v) =>
        onChange(v === null || v === allValue ? 'all' : v === programValue ? null : Number(v))
      }
    />
  );
}
