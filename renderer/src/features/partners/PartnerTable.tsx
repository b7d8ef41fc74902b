import { Group, Menu, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { stageColors } from './partner-options.ts';
import { usePartnerListStore, type PartnerSortColumn } from './partner-list-store.ts';
import { useDeletePartner } from './use-delete-partner.tsx';

const rowHeight = 52;

const columns: { key: PartnerSortColumn; label: string; width: string }[] = [
  { key: 'name', label: 'Name', width: '24%' },
  { key: 'type', label: 'Type', width: '20%' },
  { key: 'stage', label: 'Stage', width: '13%' },
  { key: 'tier', label: 'Tier', width: '9%' },
  { key: 'ownerOurs', label: 'Our owner', width: '14%' },
  { key: 'ownerTheirs', label: 'Their owner', width: '14%' },
];

function SortHeader({ column }: { column: (typeof columns)[number] }) {
  const sort = usePartnerListStore((s) => s.sort);
  const sortBy = usePartnerListStore((s) => s.sortBy);
  const active = sort.column === column.key;
  const Icon = active ? (sort.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th
      w={column.width}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => sortBy(column.key)}
        data-testid={`sort-${column.key}`}
        className="pwb-sort-header"
      >
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm" c={active ? undefined : 'dimmed'}>
            {column.label}
          </Text>
          <Icon size={14} stroke={1.8} opacity={active ? 1 : 0.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

const dash = <span className="pwb-cell-empty">—</span>;

/**
 * The row menu is mounted on first use: a Mantine Menu per row would multiply the work of every
 * keystroke in the search box by the number of rows on screen.
 */
function RowActions({ partner, onOpen }: { partner: Partner; onOpen: () => void }) {
  const [armed, setArmed] = useState(false);
  const confirmDelete = useDeletePartner();
  const trigger = (
    <button
      type="button"
      className="pwb-row-action"
      aria-label={`Actions for ${partner.name}`}
      onClick={armed ? undefined : () => setArmed(true)}
    >
      ⋯
    </button>
  );
  if (!armed) return trigger;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened onClose={() => setArmed(false)}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onOpen}>Open</Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => confirmDelete(partner)}
        >
          Delete…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Plain cells styled like Mantine's: a Table.Td per cell doubles the cost of a keystroke. */
const PartnerRow = memo(function PartnerRow({ partner }: { partner: Partner }) {
  const [, navigate] = useLocation();
  const open = () => navigate(`/partners/${partner.id}`);
  return (
    <tr
      className="pwb-table-row pwb-partner-row"
      tabIndex={0}
      data-testid="partner-row"
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open();
      }}
    >
      <td>
        <span className="pwb-cell-name">
          <span className="pwb-cell-text pwb-strong">{partner.name}</span>
          {partner.archived && <span className="pwb-chip pwb-chip-archived">Archived</span>}
          {partner.tags.slice(0, 2).map((tag) => (
            <span key={tag} className="pwb-chip">
              {tag}
            </span>
          ))}
        </span>
      </td>
      <td>
        <span className="pwb-cell-text">{partnerTypeLabels[partner.type]}</span>
      </td>
      <td>
        <span
          className="pwb-stage"
          style={{
            background: `var(--mantine-color-${stageColors[partner.stage]}-light)`,
            color: `var(--mantine-color-${stageColors[partner.stage]}-light-color)`,
          }}
        >
          {lifecycleStageLabels[partner.stage]}
        </span>
      </td>
      <td>
        <span className="pwb-cell-text">{partner.tier || dash}</span>
      </td>
      <td>
        <span className="pwb-cell-text">{partner.ownerOurs || dash}</span>
      </td>
      <td>
        <span className="pwb-cell-text">{partner.ownerTheirs || dash}</span>
      </td>
      <td onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <RowActions partner={partner} onOpen={open} />
      </td>
    </tr>
  );
});

const TableHead = memo(function TableHead() {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <SortHeader key={c.key} column={c} />
        ))}
        <Table.Th w={48} />
      </Table.Tr>
    </Table.Thead>
  );
});

/** Only the rows in view are in the DOM, so 5,000 partners scroll and filter as fast as 50. */
export function PartnerTable({ partners }: { partners: Partner[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, so nothing memoizes around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: partners.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    getItemKey: (index) => partners[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <div
        ref={scrollRef}
        className="pwb-partner-scroll"
        data-testid="partner-table-scroll"
        style={{ maxHeight: 'max(360px, calc(100dvh - 300px))', overflowY: 'auto' }}
      >
        <Table
          highlightOnHover
          stickyHeader
          layout="fixed"
          verticalSpacing="sm"
          data-testid="partner-table"
        >
          <TableHead />
          <Table.Tbody>
            {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
            {items.map((item) => {
              const partner = partners[item.index];
              return partner ? <PartnerRow key={item.key} partner={partner} /> : null;
            })}
            {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
