import { IconAlertTriangleFilled, IconCheck } from '@tabler/icons-react';
import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import type { Activity } from '../../../../shared/contract/index.ts';
import { kindColors } from './calendar-options.ts';

interface ActivityChipProps extends ComponentPropsWithoutRef<'button'> {
  activity: Pick<Activity, 'id' | 'title' | 'kind' | 'status'>;
  conflicts?: number;
  continuesBefore?: boolean;
  continuesAfter?: boolean;
  dragging?: boolean;
  /** Too short for its title: the title is drawn beside the bar instead. */
  compact?: boolean;
}

/** One activity as a coloured bar: colour by kind, style by status, a warning when it conflicts. */
export const ActivityChip = forwardRef<HTMLButtonElement, ActivityChipProps>(function ActivityChip(
  { activity, conflicts = 0, continuesBefore, continuesAfter, dragging, compact, style, ...rest },
  ref,
) {
  const color = kindColors[activity.kind];
  const palette = {
    '--chip-filled': `var(--mantine-color-${color}-filled)`,
    '--chip-light': `var(--mantine-color-${color}-light)`,
    '--chip-light-color': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;
  return (
    <button
      ref={ref}
      type="button"
      className="pwb-chip"
      data-status={activity.status}
      data-before={continuesBefore ? 'true' : undefined}
      data-after={continuesAfter ? 'true' : undefined}
      data-dragging={dragging ? 'true' : undefined}
      data-testid="activity-bar"
      data-activity-id={activity.id}
      data-conflicts={conflicts}
      title={conflicts > 0 ? `${activity.title} — ${conflicts} conflict(s)` : activity.title}
      style={{ ...palette, ...style }}
      {...rest}
    >
      {conflicts > 0 && (
        <IconAlertTriangleFilled
          size={12}
          className="pwb-chip-warning"
          aria-label="Has conflicts"
          data-testid="activity-conflict-icon"
        />
      )}
      {activity.status === 'done' && !compact && <IconCheck size={12} style={{ flex: 'none' }} />}
      {!compact && <span className="pwb-chip-label">{activity.title}</span>}
    </button>
  );
});
