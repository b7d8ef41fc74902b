import { Badge } from '@mantine/core';
import { tierLabels, type TierName } from '../../../../shared/domain/scorecard.ts';

export const tierColors: Record<TierName, string> = {
  platinum: 'indigo',
  gold: 'yellow',
  silver: 'gray',
  registered: 'teal',
};

/** A suggested tier (from the score) or an assigned one (free text on the partner). */
export function TierBadge({
  tier,
  assigned,
  testId,
}: {
  tier: TierName | string | null;
  assigned?: boolean;
  testId?: string;
}) {
  if (!tier) {
    return (
      <Badge variant="outline" color="gray" data-testid={testId}>
        {assigned ? 'No tier assigned' : 'No suggestion'}
      </Badge>
    );
  }
  const key = tier.toLowerCase() as TierName;
  const known = key in tierLabels;
  return (
    <Badge
      variant={assigned ? 'outline' : 'filled'}
      color={known ? tierColors[key] : 'gray'}
      data-testid={testId}
    >
      {known ? tierLabels[key] : tier}
    </Badge>
  );
}
