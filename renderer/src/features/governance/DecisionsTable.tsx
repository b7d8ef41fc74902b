import './governance.css';
import { Badge, Paper, Table, Text } from '@mantine/core';
import { decisionKindLabels, type DecisionRecord } from '../../../../shared/contract/index.ts';
import { formatDate } from './governance-format.ts';
import { decisionKindColors } from './governance-options.ts';
import { RowMenu } from './RowMenu.tsx';
import { useConfirmDelete } from './use-confirm-delete.tsx';

interface DecisionsTableProps {
  decisions: readonly DecisionRecord[];
  showPartner: boolean;
  onEdit: (decision: DecisionRecord) => void;
}

export function DecisionsTable({ decisions, showPartner, onEdit }: DecisionsTableProps) {
  const confirmDelete = useConfirmDelete('decisions.delete', 'decision');
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          className="pwb-nowrap-head"
          data-testid="decisions-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Date</Table.Th>
              <Table.Th w={100}>Kind</Table.Th>
              <Table.Th>Decision</Table.Th>
              {showPartner && <Table.Th>Partnership</Table.Th>}
              <Table.Th>Decided by</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.map((d) => (
              <Table.Tr
                key={d.id}
                className="pwb-table-row"
                tabIndex={0}
                data-testid="decision-row"
                onClick={() => onEdit(d)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onEdit(d);
                }}
              >
                <Table.Td>
                  <Text size="sm">{formatDate(d.date)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={decisionKindColors[d.kind]} variant="light">
                    {decisionKindLabels[d.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" fw={500}>
                    {d.decision}
                  </Text>
                  {d.rationale && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {d.rationale}
                    </Text>
                  )}
                </Table.Td>
                {showPartner && (
                  <Table.Td>
                    <Text size="sm">{d.partnerName ?? 'Program'}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{d.decidedBy}</Text>
                  {d.meetingLabel && (
                    <Text size="xs" c="dimmed">
                      At {d.meetingLabel}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <RowMenu
                    label={d.decision}
                    onEdit={() => onEdit(d)}
                    onDelete={() =>
                      confirmDelete(d.id, d.decision, 'the decision leaves the decisions log.')
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
