import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  committeeSideLabels,
  reviewCadenceLabels,
  type CharterContent,
} from '../../../../shared/contract/index.ts';

function Block({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {title}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>
        {text || 'Not written.'}
      </Text>
    </div>
  );
}

/** A charter as read by someone who does not edit it: an approved version, for instance. */
export function CharterView({ content }: { content: CharterContent }) {
  const rhythm = [
    content.checkInCadence && `${reviewCadenceLabels[content.checkInCadence]} check-in`,
    content.quarterlyReview && 'Quarterly business review',
    content.annualAudit && 'Annual partnership audit',
  ].filter((x): x is string => Boolean(x));
  return (
    <Stack gap="lg" data-testid="charter-view">
      <Block title="Strategic intent" text={content.strategicIntent} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Block title="Scope" text={content.scope} />
        <Block title="Shared definition of success" text={content.successDefinition} />
      </SimpleGrid>
      <div>
        <Title order={5} mb="xs">
          Committee
        </Title>
        {content.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No members.
          </Text>
        ) : (
          <Group gap="xs">
            {content.members.map((m) => (
              <Paper key={m.key} withBorder px="sm" py={6}>
                <Text size="sm" fw={600}>
                  {m.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[m.role, committeeSideLabels[m.side]].filter(Boolean).join(' · ')}
                </Text>
              </Paper>
            ))}
          </Group>
        )}
      </div>
      {content.decisions.length > 0 && (
        <div>
          <Title order={5} mb="xs">
            Decision rights
          </Title>
          <Table withTableBorder withColumnBorders data-testid="charter-view-raci">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Decision</Table.Th>
                {content.members.map((m) => (
                  <Table.Th key={m.key} ta="center">
                    {m.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.decisions.map((d) => (
                <Table.Tr key={d.key}>
                  <Table.Td>{d.decision}</Table.Td>
                  {content.members.map((m) => (
                    <Table.Td key={m.key} ta="center" fw={700}>
                      {d.roles[m.key] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Title order={5} mb="xs">
            Meeting rhythm
          </Title>
          {rhythm.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not agreed.
            </Text>
          ) : (
            <Group gap="xs">
              {rhythm.map((r) => (
                <Badge key={r} variant="light" tt="none" size="lg">
                  {r}
                </Badge>
              ))}
            </Group>
          )}
          {content.cadenceNotes && (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {content.cadenceNotes}
            </Text>
          )}
        </div>
        <div>
          <Title order={5} mb="xs">
            Escalation path
          </Title>
          {content.escalation.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not agreed.
            </Text>
          ) : (
            <List type="ordered" size="sm" spacing={4}>
              {content.escalation.map((l) => (
                <List.Item key={l.key}>
                  {l.who}{' '}
                  <Text span c="dimmed">
                    — within {l.responseTime}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Block title="Conflict resolution" text={content.conflictResolution} />
        <Block title="Reporting protocol" text={content.reportingProtocol} />
      </SimpleGrid>
    </Stack>
  );
}
