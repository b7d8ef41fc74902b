import './governance.css';
import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { questionStatusLabels, type OpenQuestion } from '../../../../shared/contract/index.ts';
import { formatDate } from './governance-format.ts';
import { RowMenu } from './RowMenu.tsx';
import { useConfirmDelete } from './use-confirm-delete.tsx';

interface QuestionsTableProps {
  questions: readonly OpenQuestion[];
  showPartner: boolean;
  onEdit: (question: OpenQuestion) => void;
}

export function QuestionsTable({ questions, showPartner, onEdit }: QuestionsTableProps) {
  const confirmDelete = useConfirmDelete('questions.delete', 'question');
  return (
    <Paper withBorder>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        className="pwb-nowrap-head"
        data-testid="questions-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            {showPartner && <Table.Th>Partnership</Table.Th>}
            <Table.Th>Raised</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((q) => (
            <Table.Tr
              key={q.id}
              className="pwb-table-row"
              tabIndex={0}
              data-testid="question-row"
              onClick={() => onEdit(q)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onEdit(q);
              }}
            >
              <Table.Td maw={440}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {q.question}
                  </Text>
                  {q.forDecision && (
                    <Badge
                      size="xs"
                      color="indigo"
                      variant="light"
                      leftSection={<IconGavel size={10} />}
                    >
                      For decision
                    </Badge>
                  )}
                </Group>
                {(q.status === 'resolved' ? q.answer : q.context) && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {q.status === 'resolved' ? `Answer: ${q.answer}` : q.context}
                  </Text>
                )}
              </Table.Td>
              {showPartner && (
                <Table.Td>
                  <Text size="sm">{q.partnerName ?? 'Program'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{formatDate(q.createdAt)}</Text>
                {q.raisedBy && (
                  <Text size="xs" c="dimmed">
                    by {q.raisedBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={q.status === 'open' ? 'blue' : 'teal'} variant="light">
                  {questionStatusLabels[q.status]}
                </Badge>
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <RowMenu
                  label={q.question}
                  onEdit={() => onEdit(q)}
                  onDelete={() => confirmDelete(q.id, q.question, 'the question is removed.')}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
