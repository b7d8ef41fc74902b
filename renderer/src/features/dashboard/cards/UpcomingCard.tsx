import { Badge, Button, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { activityKindLabels, activityStatusLabels } from '../../../../../shared/contract/index.ts';
import { formatMoney } from '../../../../../shared/domain/money.ts';
import { formatDate } from '../../health/health-format.ts';
import { CardEmpty, CardFrame } from '../CardFrame.tsx';
import type { DashboardCardProps } from '../card-types.ts';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Joint activities running or starting in the next 30 days. */
export function UpcomingCard({ data }: DashboardCardProps) {
  const [, navigate] = useLocation();
  const { items, total, to } = data.upcoming;
  return (
    <CardFrame
      title="Coming up"
      description={`Joint activities until ${formatDate(to)}${total > items.length ? `: the first ${items.length} of ${total}` : ''}.`}
      testId="card-upcoming"
      link={{ label: 'Calendar', href: '/calendar' }}
    >
      {items.length === 0 ? (
        <CardEmpty
          icon={<IconCalendarEvent size={28} color="var(--mantine-color-dimmed)" />}
          text="Nothing planned for the next 30 days. A partnership without joint activity fades; plan the next one."
          action={
            <Button size="xs" variant="light" onClick={() => navigate('/calendar')}>
              Plan an activity
            </Button>
          }
        />
      ) : (
        <Stack gap={2}>
          {items.map((a) => (
            <div
              key={a.id}
              className="pwb-dashboard-row"
              style={{ cursor: 'default' }}
              data-testid="upcoming-activity"
            >
              <div className="pwb-date-chip" aria-hidden="true">
                <Text fw={700} size="md" lh={1.1}>
                  {day.format(asDate(a.startDate))}
                </Text>
                <Text size="xs" tt="uppercase" lh={1.1}>
                  {month.format(asDate(a.startDate))}
                </Text>
              </div>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {a.title}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {formatDate(a.startDate)}
                  {a.endDate !== a.startDate && ` – ${formatDate(a.endDate)}`} ·{' '}
                  {a.partnerNames.join(', ') || 'no partner'}
                  {a.budgetMinor > 0 && ` · ${formatMoney(a.budgetMinor, data.currency)}`}
                </Text>
              </div>
              <Stack gap={2} align="flex-end">
                <Badge size="xs" variant="light" tt="none">
                  {activityKindLabels[a.kind]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {activityStatusLabels[a.status]}
                </Text>
              </Stack>
            </div>
          ))}
        </Stack>
      )}
    </CardFrame>
  );
}
