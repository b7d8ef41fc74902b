import { Button, Group, SegmentedControl, Text, Title, Tooltip } from '@mantine/core';
import {
  IconDownload,
  IconLayoutKanban,
  IconList,
  IconPlus,
  IconUpload,
} from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { usePartnerListStore, type PartnerView } from './partner-list-store.ts';

interface HeaderProps {
  onAdd: () => void;
  onImport: () => void;
  onExport: () => void;
  canExport: boolean;
  hasPartners: boolean;
}

/** Title and page actions; memoised so a search keystroke leaves it alone. */
export const PartnersHeader = memo(function PartnersHeader({
  onAdd,
  onImport,
  onExport,
  canExport,
  hasPartners,
}: HeaderProps) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>Partners</Title>
        <Text c="dimmed" size="sm">
          Every partnership of this program, from first idea to exit.
        </Text>
      </div>
      <Group gap="xs">
        <Tooltip label="Import from CSV (Alt+I)">
          <Button
            variant="default"
            leftSection={<IconUpload size={16} />}
            onClick={onImport}
            data-testid="import-partners"
          >
            Import
          </Button>
        </Tooltip>
        {hasPartners && (
          <Tooltip label="Export the partners shown as CSV (Alt+E)">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={onExport}
              disabled={!canExport}
              data-testid="export-partners"
            >
              Export
            </Button>
          </Tooltip>
        )}
        <Tooltip label="Add a partner (Alt+N)">
          <Button leftSection={<IconPlus size={16} />} onClick={onAdd} data-testid="add-partner">
            Add partner
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
});

function ViewLabel({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {icon}
      <span>{text}</span>
    </Group>
  );
}

const viewOptions = [
  { value: 'list', label: <ViewLabel icon={<IconList size={14} />} text="List" /> },
  { value: 'board', label: <ViewLabel icon={<IconLayoutKanban size={14} />} text="Board" /> },
];

/** List or board, remembered between visits (Alt+B switches). */
export const ViewSwitch = memo(function ViewSwitch() {
  const view = usePartnerListStore((s) => s.view);
  const setView = usePartnerListStore((s) => s.setView);
  return (
    <SegmentedControl
      value={view}
      onChange={(v) => setView(v as PartnerView)}
      data={viewOptions}
      aria-label="View"
      data-testid="partner-view"
    />
  );
});
