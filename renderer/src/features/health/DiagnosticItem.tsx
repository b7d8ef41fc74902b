import { Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { sourceTitles, type DiagnosticRecord } from '../../../../shared/contract/index.ts';
import { severityColors, severityLabels, type Severity } from './health-format.ts';

const severityIcons = {
  critical: IconAlertOctagon,
  warning: IconAlertTriangle,
  info: IconInfoCircle,
} as const;

export function SeverityIcon({ severity, size = 28 }: { severity: Severity; size?: number }) {
  const Icon = severityIcons[severity];
  return (
    <ThemeIcon color={severityColors[severity]} variant="light" size={size} radius="xl">
      <Icon size={Math.round(size * 0.6)} />
    </ThemeIcon>
  );
}

/** Where a check comes from, in words: the sources are the domain expert behind each rule. */
export function sourceLine(d: Pick<DiagnosticRecord, 'sourceId' | 'seeAlso'>): string {
  const also = d.seeAlso.map((id) => sourceTitles[id]);
  return `From: ${sourceTitles[d.sourceId]}${also.length > 0 ? `; see also ${also.join(', ')}` : ''}`;
}

/** One anti-pattern found in a partnership: what fired it, and what to do about it. */
export function DiagnosticItem({ diagnostic }: { diagnostic: DiagnosticRecord }) {
  return (
    <Paper
      withBorder
      p="md"
      style={{
        borderLeft: `4px solid var(--mantine-color-${severityColors[diagnostic.severity]}-6)`,
      }}
      data-testid={`diagnostic-${diagnostic.checkId}`}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <SeverityIcon severity={diagnostic.severity} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={650}>{diagnostic.title}</Text>
            <Badge size="xs" variant="light" color={severityColors[diagnostic.severity]}>
              {severityLabels[diagnostic.severity]}
            </Badge>
          </Group>
          <Text size="sm" data-testid="diagnostic-reason">
            {diagnostic.reason}
          </Text>
          <Text size="sm" c="dimmed" data-testid="diagnostic-fix">
            <Text span fw={600} c="var(--mantine-color-text)">
              Fix:{' '}
            </Text>
            {diagnostic.fix}
          </Text>
          <Text size="xs" c="dimmed" fs="italic">
            {sourceLine(diagnostic)}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
