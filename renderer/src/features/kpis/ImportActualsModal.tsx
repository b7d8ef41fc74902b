import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconFileSpreadsheet,
  IconUpload,
} from '@tabler/icons-react';
import { useState } from 'react';
import {
  actualMeasureLabels,
  actualMeasures,
  type ActualsCsvReport,
} from '../../../../shared/contract/index.ts';
import { call, ApiCallError } from '../../api/client.ts';
import { saveFile } from '../../api/save-file.ts';

interface ImportActualsModalProps {
  opened: boolean;
  onClose: () => void;
  /** Importing from a partner's page: every row is that partner's. */
  partner: { id: number; name: string } | null;
}

const readsLabel: Record<ActualsCsvReport['columns'][number]['reads'], string> = {
  partner: 'Partner',
  period: 'Month',
  measure: 'Actual',
  kpi: 'KPI',
  ignored: 'Not used',
};

function downloadTemplate(withPartner: boolean) {
  const headers = [
    ...(withPartner ? ['Partner'] : []),
    'Month',
    ...actualMeasures.map((m) => actualMeasureLabels[m]),
  ];
  saveFile('actuals-template.csv', 'text/csv', `\uFEFF${headers.join(',')}\r\n`);
}

export function ImportActualsModal({ opened, onClose, partner }: ImportActualsModalProps) {
  const client = useQueryClient();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ActualsCsvReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const partnerId = partner?.id ?? null;

  const reset = () => {
    setFile(null);
    setReport(null);
    setFailure(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const check = async (chosen: File | null) => {
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setBusy(true);
    setFailure(null);
    try {
      setReport(await call('actuals.checkCsv', { csvText: text, partnerId }));
    } catch (e) {
      setFailure(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const run = async (mode: 'all-or-nothing' | 'valid-rows') => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await call('actuals.importCsv', { csvText: file.text, partnerId, mode });
      if (result.imported === 0) {
        setReport(result);
        return;
      }
      await Promise.all(
        ['actuals', 'scorecards', 'kpis'].map((k) => client.invalidateQueries({ queryKey: [k] })),
      );
      notifications.show({
        color: 'green',
        message: `Imported ${result.imported} ${result.imported === 1 ? 'month' : 'months'} of actuals`,
      });
      close();
    } catch (e) {
      setFailure(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const errors = report?.errors ?? [];
  const badRows = report ? report.totalRows - report.validRows : 0;
  const title = partner ? `Import actuals for ${partner.name}` : 'Import actuals from CSV';

  return (
    <Modal opened={opened} onClose={close} title={title} size="xl">
      {!file ? (
        <Stack align="center" gap="sm" py="xl">
          <ThemeIcon size={56} radius={56} variant="light">
            <IconFileSpreadsheet size={28} />
          </ThemeIcon>
          <Text fw={600}>Bring monthly actuals in from a spreadsheet</Text>
          <Text size="sm" c="dimmed" ta="center" maw={480}>
            One row per {partner ? 'month' : 'partner and month'}, with a header row.{' '}
            {partner ? '' : 'A Partner column names the partner; '}a Month column holds months like
            2026-03. Columns for leads, qualified leads, deals, revenue and spend are read by their
            headers, and a column named after a KPI fills that KPI. Money is in whole currency units
            (12,500.50). Empty cells leave what is recorded alone.
          </Text>
          <FileButton
            onChange={(f) => void check(f)}
            accept=".csv,text/csv"
            inputProps={{ 'data-testid': 'actuals-csv-input' } as Record<string, string>}
          >
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />}>
                Choose a CSV file
              </Button>
            )}
          </FileButton>
          <Anchor component="button" size="sm" onClick={() => downloadTemplate(partner === null)}>
            Download a template with the expected columns
          </Anchor>
        </Stack>
      ) : (
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <IconFileSpreadsheet size={18} />
              <Text fw={600}>{file.name}</Text>
              {report && (
                <Badge variant="light" color="gray">
                  {report.totalRows} {report.totalRows === 1 ? 'row' : 'rows'}
                </Badge>
              )}
              {busy && <Loader size="xs" />}
            </Group>
            <Button variant="subtle" size="compact-sm" onClick={reset}>
              Choose another file
            </Button>
          </Group>
          {failure && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={16} />}
              title="The file could not be checked"
            >
              {failure}
            </Alert>
          )}
          {report && (
            <>
              <Group gap={6}>
                {report.columns.map((c, i) => (
                  <Badge
                    key={`${c.header}-${i}`}
                    variant={c.reads === 'ignored' ? 'outline' : 'light'}
                    color={c.reads === 'ignored' ? 'gray' : c.reads === 'kpi' ? 'grape' : 'brand'}
                    title={
                      c.reads === 'ignored'
                        ? 'This column is not used'
                        : `${readsLabel[c.reads]}: ${c.label}`
                    }
                  >
                    {c.header || `Column ${i + 1}`}
                    {c.reads === 'ignored'
                      ? ' · not used'
                      : c.label && c.label !== c.header
                        ? ` → ${c.label}`
                        : ''}
                  </Badge>
                ))}
              </Group>
              {errors.length === 0 ? (
                <Alert
                  color="teal"
                  icon={<IconCircleCheck size={16} />}
                  data-testid="actuals-csv-ok"
                >
                  All {report.totalRows} rows can be imported.
                </Alert>
              ) : (
                <>
                  <Alert
                    color="orange"
                    icon={<IconAlertTriangle size={16} />}
                    data-testid="actuals-csv-summary"
                  >
                    {badRows > 0
                      ? `${badRows} of ${report.totalRows} rows have problems. Fix them in the file and choose it again, or import only the rows without problems.`
                      : 'The file cannot be read as it is.'}
                  </Alert>
                  <ScrollArea.Autosize mah={280} type="auto">
                    <Table verticalSpacing={4} striped data-testid="actuals-csv-errors">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={64}>Row</Table.Th>
                          <Table.Th w={160}>Column</Table.Th>
                          <Table.Th>What is wrong</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {errors.map((e, i) => (
                          <Table.Tr key={i} data-testid="actuals-csv-error" data-row={e.row}>
                            <Table.Td fw={600}>{e.row}</Table.Td>
                            <Table.Td>{e.column || '—'}</Table.Td>
                            <Table.Td c="red.8">{e.message}</Table.Td>
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
                {errors.length > 0 && report.validRows > 0 && (
                  <Button
                    variant="light"
                    onClick={() => void run('valid-rows')}
                    loading={busy}
                    data-testid="actuals-import-valid"
                  >
                    Import the {report.validRows} valid {report.validRows === 1 ? 'row' : 'rows'}
                  </Button>
                )}
                <Button
                  onClick={() => void run('all-or-nothing')}
                  disabled={errors.length > 0 || report.validRows === 0}
                  loading={busy}
                  data-testid="actuals-import-all"
                >
                  Import {report.validRows} {report.validRows === 1 ? 'row' : 'rows'}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
