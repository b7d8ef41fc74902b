import { Accordion, Badge, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { severityColors, severityLabels } from '../../health/health-format.ts';
import { SeverityIcon } from '../../health/DiagnosticItem.tsx';
import { CardEmpty, CardFrame } from '../CardFrame.tsx';
import type { DashboardCardProps } from '../card-types.ts';
import { useOpenPartner } from '../use-open-partner.ts';

/** Every anti-pattern that fires, grouped by check, most severe first, each with its fix. */
export function DiagnosticsCard({ data }: DashboardCardProps) {
  const openPartner = useOpenPartner();
  const { total, bySeverity, byCheck, items } = data.diagnostics;
  const [open, setOpen] = useState<string[]>(() => byCheck.slice(0, 1).map((c) => c.checkId));
  // A check's rows are laid out when it is first opened (and kept, so closing animates).
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(open));
  const choose = (value: string[]) => {
    setOpen(value);
    setOpened((before) => new Set([...before, ...value]));
  };
  return (
    <CardFrame
      title="Diagnostics"
      description={
        total === 0
          ? 'The fourteen anti-pattern checks of the sources, run on every partner.'
          : `${total} findings: ${bySeverity.critical} critical, ${bySeverity.warning} warnings, ${bySeverity.info} notes. Open a check for its fix and the partners it concerns.`
      }
      testId="card-diagnostics"
    >
      {total === 0 ? (
        <CardEmpty
          icon={<IconCircleCheck size={28} color="var(--mantine-color-teal-6)" />}
          text={
            data.partners.total === 0
              ? 'Add partners and the checks run on them straight away.'
              : 'No anti-pattern found: every partner passes the fourteen checks.'
          }
        />
      ) : (
        <ScrollArea.Autosize mah={470} type="auto">
          <Accordion
            multiple
            value={open}
            onChange={choose}
            variant="separated"
            chevronPosition="right"
          >
            {byCheck.map((check) => {
              const laidOut = opened.has(check.checkId);
              const found = laidOut ? items.filter((d) => d.checkId === check.checkId) : [];
              return (
                <Accordion.Item
                  key={check.checkId}
                  value={check.checkId}
                  data-testid={`check-${check.checkId}`}
                >
                  <Accordion.Control icon={<SeverityIcon severity={check.severity} size={24} />}>
                    <Group gap="xs" wrap="nowrap" justify="space-between">
                      <Text fw={600} size="sm">
                        {check.title}
                      </Text>
                      <Badge
                        color={severityColors[check.severity]}
                        variant="light"
                        data-testid="check-count"
                      >
                        {check.count}
                      </Badge>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    {laidOut && (
                      <Stack gap="xs">
                        <Text size="xs" c="dimmed">
                          {severityLabels[check.severity]} · fires when: {check.rule}
                        </Text>
                        <Text size="sm" data-testid="check-fix">
                          <Text span fw={600}>
                            Fix:{' '}
                          </Text>
                          {check.fix}
                        </Text>
                        <Stack gap={0}>
                          {found.map((d) => (
                            <button
                              key={`${d.partnerId}-${d.checkId}`}
                              type="button"
                              className="pwb-dashboard-row"
                              onClick={() => openPartner(d.partnerId)}
                              data-testid="diagnostic-row"
                            >
                              <div style={{ minWidth: 0 }}>
                                <Text size="sm" fw={600}>
                                  {d.partnerName}
                                </Text>
                                <Text size="xs" c="dimmed">
                                  {d.reason}
                                </Text>
                              </div>
                            </button>
                          ))}
                          {found.length < check.count && (
                            <Text size="xs" c="dimmed" px={8} pt={4}>
                              and {check.count - found.length} more; each partner&apos;s Health tab
                              lists its own.
                            </Text>
                          )}
                        </Stack>
                      </Stack>
                    )}
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        </ScrollArea.Autosize>
      )}
    </CardFrame>
  );
}
