import { Badge, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { daysBetween } from '../../../../../shared/domain/date-math.ts';
import { formatDate, plural } from '../../health/health-format.ts';
import { CardEmpty, CardFrame } from '../CardFrame.tsx';
import type { DashboardCardProps } from '../card-types.ts';

function Late({ due, today }: { due: string; today: string }) {
  return (
    <Badge color="orange" variant="light" size="sm" tt="none" style={{ flexShrink: 0 }}>
      {plural(daysBetween(due, today), 'day')} late
    </Badge>
  );
}

/** Actions past their due date and risks past their review date, oldest first. */
export function OverdueCard({ data, today }: DashboardCardProps) {
  const { actions, actionsTotal, reviews, reviewsTotal } = data.overdue;
  const more = (shown: number, total: number) =>
    total > shown ? (
      <Text size="xs" c="dimmed" px={8}>
        and {total - shown} more
      </Text>
    ) : null;
  return (
    <CardFrame
      title="Overdue"
      description={`${plural(actionsTotal, 'action')} past due, ${plural(reviewsTotal, 'risk review')} past date.`}
      testId="card-overdue"
      link={{ label: 'Meetings & actions', href: '/meetings' }}
    >
      {actionsTotal + reviewsTotal === 0 ? (
        <CardEmpty
          icon={<IconChecks size={28} color="var(--mantine-color-teal-6)" />}
          text="Nothing overdue: every open action and risk review is within its date."
        />
      ) : (
        <Stack gap="xs">
          {actions.length > 0 && (
            <Stack gap={2} data-testid="overdue-actions">
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                Actions
              </Text>
              {actions.map((a) => (
                <div
                  key={a.id}
                  className="pwb-dashboard-row"
                  style={{ cursor: 'default' }}
                  data-testid="overdue-action"
                >
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {a.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {a.owner || 'no owner'} · {a.partnerName ?? 'Program'} · due{' '}
                      {a.dueDate ? formatDate(a.dueDate) : '—'}
                    </Text>
                  </div>
                  {a.dueDate && <Late due={a.dueDate} today={today} />}
                </div>
              ))}
              {more(actions.length, actionsTotal)}
            </Stack>
          )}
          {reviews.length > 0 && (
            <Stack gap={2} data-testid="overdue-reviews">
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                Risk reviews
              </Text>
              {reviews.map((r) => (
                <div
                  key={r.id}
                  className="pwb-dashboard-row"
                  style={{ cursor: 'default' }}
                  data-testid="overdue-review"
                >
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {r.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {r.owner || 'no owner'} · {r.partnerName ?? 'Program-wide'} · review{' '}
                      {r.nextReviewDate ? formatDate(r.nextReviewDate) : '—'}
                    </Text>
                  </div>
                  {r.nextReviewDate && <Late due={r.nextReviewDate} today={today} />}
                </div>
              ))}
              {more(reviews.length, reviewsTotal)}
            </Stack>
          )}
        </Stack>
      )}
    </CardFrame>
  );
}
