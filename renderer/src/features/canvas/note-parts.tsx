import { ActionIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CanvasItem } from '../../../../shared/contract/index.ts';
import { linkTargetPlural } from './canvas-zones.ts';

/** Small pieces of a sticky note: its link status and its hover tools. */

export const isSource = (item: CanvasItem) =>
  item.zone === 'pain_reliever' || item.zone === 'gain_creator';

export function linkTitle(item: CanvasItem, unaddressed: boolean): string {
  const count = item.linkedIds.length;
  const plural = linkTargetPlural(item.zone);
  if (isSource(item))
    return count ? `Addresses ${count} ${plural}; click to change` : `Link ${plural}`;
  if (count) return `Addressed by ${count} ${plural}; click to change`;
  return unaddressed
    ? `One of the three most important, and nothing addresses it yet. Link ${plural}`
    : `Link ${plural}`;
}

/** Relievers and creators say what they address; pains and gains show a tick or a warning. */
export function LinkStatus({ item, unaddressed }: { item: CanvasItem; unaddressed: boolean }) {
  const count = item.linkedIds.length;
  const plural = linkTargetPlural(item.zone);
  if (isSource(item)) {
    return (
      <>
        <IconLink size={12} />
        {count === 0 ? `Link ${plural}` : `${count} ${count === 1 ? plural.slice(0, -1) : plural}`}
      </>
    );
  }
  if (count > 0) {
    return (
      <>
        <IconCircleCheck size={12} />
        {count}
      </>
    );
  }
  return unaddressed ? <IconAlertTriangle size={12} /> : <IconLink size={12} />;
}

interface NoteToolProps {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  color?: string;
}

export function NoteTool({
  label,
  icon,
  onClick,
  disabled = false,
  color = 'gray',
}: NoteToolProps) {
  return (
    <Tooltip label={label} openDelay={300}>
      <ActionIcon
        size="sm"
        variant="subtle"
        color={color}
        tabIndex={-1}
        aria-label={label}
        disabled={disabled}
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
