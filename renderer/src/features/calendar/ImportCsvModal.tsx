import {
  Alert,
  Button,
  Code,
  FileButton,
  Group,
  List,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { activityCsvColumns, type ActivityCsvCheck } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';

interface Checked {
  fileName: string;
  csv: string;
  check: ActivityCsvCheck;
}

/** Reads a CSV file, shows every row error, and imports only when the user says how. */
export function ImportCsvModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const importCsv = useApiMutation('calendar.importCsv', ['calendar']);

  const close = () => {
    setChecked(null);
    setFailure(null);
    onClose();
  };

  const read = async (file: File | null) => {
    if (!file) return;
    setReading(true);
    setFailure(null);
    try {
      const csv = await file.text();
      setChecked({ fileName: file.name, csv, check: await call('calendar.checkCsv', { csv }) });
    } catch (error) {
      setChecked(null);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
  };

  const run = (importValidRows: boolean) => {
    if (!checked) return;
    importCsv.mutate(
      { csv: checked.csv, importValidRows },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            title: 'Activities imported',
            message: `${result.imported} ${result.imported === 1 ? 'activity' : 'activities'} added from ${checked.fileName}`,
          });
          close();
        },
        onError: (error) => setFailure(error.message),
      },
    );
  };

  const check = checked?.check;
  const errorCount = check?.errors.length ?? 0;
  return (
    <Modal opened={opened} onClose={close} title="Import activities from CSV" size="xl">
      <Stack>
        <Text size="sm">
          One activity per row, with a header row naming the columns. The easiest start is a file
          exported from this calendar. Columns:
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {activityCsvColumns.join(', ')}
        </Code>
        <List size="sm" spacing={2}>
          <List.Item>
            <b>partners</b>: names as in the workbook, separated by semicolons.
          </List.Item>
          <List.Item>
            <b>split</b>: percentages separated by “/”, ours first, then each partner in the order
            listed, e.g. 60/40. Empty means we pay it all.
          </List.Item>
          <List.Item>
            <b>budget</b>: in the workbook currency, e.g. 40000.00. Dates as 2026-09-30.
          </List.Item>
        </List>
        <Group>
          <FileButton onChange={(file) => void read(file)} accept=".csv,text/csv">
            {(props) => (
              <Button
                {...props}
                variant={checked ? 'default' : 'filled'}
                leftSection={<IconFileUpload size={16} />}
                loading={reading}
                data-testid="import-choose-file"
              >
                {checked ? 'Choose another file' : 'Choose a CSV file'}
              </Button>
            )}
          </FileButton>
          {checked && (
            <Text size="sm" c="dimmed">
              {checked.fileName}
            </Text>
          )}
        </Group>
        {failure && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-failure">
            {failure}
          </Alert>
        )}
        {check && errorCount === 0 && (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="import-summary">
            {check.validRows} {check.validRows === 1 ? 'activity is' : 'activities are'} ready to
            import.
          </Alert>
        )}
        {check && errorCount > 0 && (
          <>
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} />}
              data-testid="import-summary"
            >
              {check.totalRows} rows read: {check.validRows} ready,{' '}
              {check.totalRows - check.validRows} with errors. Nothing is imported until you fix the
              file or choose to import only the valid rows.
            </Alert>
            <ScrollArea.Autosize mah={260} type="auto">
              <Table striped withTableBorder data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>Row</Table.Th>
                    <Table.Th w={140}>Column</Table.Th>
                    <Table.Th>What is wrong</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {check.errors.map((error, index) => (
                    <Table.Tr key={`${error.row}-${error.column}-${index}`}>
                      <Table.Td>{error.row}</Table.Td>
                      <Table.Td>
                        <Code>{error.column || '—'}</Code>
                      </Table.Td>
                      <Table.Td>{error.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          {check && errorCount > 0 && check.validRows > 0 && (
            <Button
              color="orange"
              onClick={() => run(true)}
              loading={importCsv.isPending}
              data-testid="import-valid-rows"
            >
              {check.validRows === 1
                ? 'Import the valid row'
                : `Import the ${check.validRows} valid rows`}
            </Button>
          )}
          {check && errorCount === 0 && check.validRows > 0 && (
            <Button
              onClick={() => run(false)}
              loading={importCsv.isPending}
              data-testid="import-run"
            >
              Import {check.validRows} {check.validRows === 1 ? 'activity' : 'activities'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
