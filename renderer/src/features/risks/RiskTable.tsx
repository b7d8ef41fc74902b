import { ActionIcon, Badge, Group, Menu, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import {
  riskCategoryLabels,
  riskStatusLabels,
  riskTreatmentLabels,
  type Risk,
} from '../../../../shared/contract/index.ts';
import { formatDate } from '../governance/governance-format.ts';
import { RiskBandBadge } from './RiskBandBadge.tsx';

interface RiskTableProps {
  risks: readonly Risk[];
  showPartner: boolean;
  onEdit: (risk: Risk) => void;
  onDelete: (risk: Risk) => void;
}

const dash = (
  <Text span c="dimmed" size="sm">
    —
  </Text>
);

export function RiskTable({ risks, showPartner, onEdit, onDelete }: RiskTableProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          className="pwb-nowrap-head"
          data-testid="risk-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Risk</Table.Th>
              {showPartner && <Table.Th>Partnership</Table.Th>}
              <Table.Th>Score</Table.Th>
              <Table.Th>Residual</Table.Th>
              <Table.Th>Treatment</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Next review</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {risks.map((risk) => (
              <Table.Tr
                key={risk.id}
                className={`pwb-table-row${risk.reviewOverdue ? ' pwb-row-overdue' : ''}`}
                tabIndex={0}
                data-testid="risk-row"
                data-overdue={risk.reviewOverdue}
                onClick={() => onEdit(risk)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onEdit(risk);
                }}
              >
                <Table.Td maw={320}>
                  <Text fw={500} size="sm" lineClamp={2}>
                    {risk.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {riskCategoryLabels[risk.category]}
                    {risk.status !== 'open' && ` · ${riskStatusLabels[risk.status]}`}
                  </Text>
                </Table.Td>
                {showPartner && (
                  <Table.Td>
                    {risk.partnerName ?? (
                      <Badge variant="outline" color="gray" size="sm">
                        Program
                      </Badge>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <RiskBandBadge score={risk.score} band={risk.band} />
                </Table.Td>
                <Table.Td>
                  <RiskBandBadge score={risk.residualScore} band={risk.residualBand} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{riskTreatmentLabels[risk.treatment]}</Text>
                  {risk.treatment === 'mitigate' && !risk.mitigation && (
                    <Text size="xs" c="orange">
                      No mitigation written
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {risk.owner || (
                    <Text span c="orange" size="sm">
                      No owner
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {risk.nextReviewDate ? (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={risk.reviewOverdue ? 'red' : undefined}>
                        {formatDate(risk.nextReviewDate)}
                      </Text>
                      {risk.reviewOverdue && (
                        <Badge color="red" size="sm" variant="light" data-testid="review-overdue">
                          Overdue
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    dash
                  )}
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Tooltip label="More" openDelay={400}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Actions for ${risk.title}`}
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconPencil size={14} />}
                        onClick={() => onEdit(risk)}
                      >
                        Edit
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => onDelete(risk)}
                      >
                        Delete…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
