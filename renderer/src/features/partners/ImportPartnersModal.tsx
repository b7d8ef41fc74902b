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
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconFileSpreadsheet,
  IconUpload,
} from '@tabler/icons-react';
import {
  lifecycleStageLabels,
  maturityLabels,
  partnerCsvFieldKeys,
  partnerTypeLabels,
  type PartnerCsvField,
} from '../../../../shared/contract/index.ts';
import { partnerCsvHeaders, partnersToCsv } from '../../../../shared/domain/partner-csv.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { saveFile } from '../../api/save-file.ts';
import { useCsvImport, type ShownProblem } from './csv-import-state.ts';

const skip = '__skip';
const fieldOptions = [
  { value: skip, label: 'Skip this column' },
  ...partnerCsvFieldKeys.map((key) => ({
    value: key,
    label:
      key === 'name' || key === 'type'
        ? `${partnerCsvHeaders[key]} (required)`
        : partnerCsvHeaders[key],
  })),
];

function downloadTemplate() {
  saveFile('partners-template.csv', 'text/csv', `\uFEFF${partnersToCsv([])}\r\n`);
}

function ChooseFile({ onFile }: { onFile: (file: File | null) => void }) {
  return (
    <Stack align="center" gap="sm" py="xl">
      <ThemeIcon size={56} radius={56} variant="light">
        <IconFileSpreadsheet size={28} />
      </ThemeIcon>
      <Text fw={600}>Bring partners in from a spreadsheet</Text>
      <Text size="sm" c="dimmed" ta="center" maw={460}>
        Save the sheet as CSV with one partner per row and a header row. Each partner needs a name
        and a partnership type; every other column is optional. You will see every problem before
        anything is written.
      </Text>
      <FileButton
        onChange={onFile}
        accept=".csv,text/csv"
        inputProps={{ 'data-testid': 'csv-file-input' } as Record<string, string>}
      >
        {(props) => (
          <Button {...props} leftSection={<IconUpload size={16} />}>
            Choose a CSV file
          </Button>
        )}
      </FileButton>
      <Anchor component="button" size="sm" onClick={downloadTemplate}>
        Download a template with the expected columns
      </Anchor>
    </Stack>
  );
}

/** Fields with a fixed list of answers get a list to pick from instead of free text. */
const choicesFor: Partial<Record<PartnerCsvField, string[]>> = {
  type: Object.values(partnerTypeLabels),
  stage: Object.values(lifecycleStageLabels),
  maturity: Object.values(maturityLabels),
};

function FixInput({
  field,
  problem,
  value,
  onFix,
}: {
  field: PartnerCsvField | null;
  problem: ShownProblem;
  value: string;
  onFix: (value: string) => void;
}) {
  const label = `Value of ${problem.column} in row ${problem.row}`;
  const testId = `csv-fix-${problem.row}-${problem.column}`;
  const choices = field ? choicesFor[field] : undefined;
  if (choices) {
    return (
      <Select
        size="xs"
        data={choices.includes(value) ? choices : [value, ...choices].filter(Boolean)}
        value={value || null}
        onChange={(v) => onFix(v ?? '')}
        searchable
        aria-label={label}
        data-testid={testId}
      />
    );
  }
  return (
    <TextInput
      size="xs"
      value={value}
      onChange={(e) => onFix(e.currentTarget.value)}
      aria-label={label}
      data-testid={testId}
    />
  );
}

function ProblemRow({
  problem,
  field,
  value,
  onFix,
}: {
  problem: ShownProblem;
  field: PartnerCsvField | null;
  value: string | null;
  onFix: (value: string) => void;
}) {
  return (
    <Table.Tr
      data-testid="csv-problem"
      data-row={problem.row}
      data-fixed={problem.fixed || undefined}
    >
      <Table.Td w={64}>
        <Text size="sm" fw={600}>
          {problem.row}
        </Text>
      </Table.Td>
      <Table.Td w={130}>
        <Text size="sm">{problem.column || '—'}</Text>
      </Table.Td>
      <Table.Td>
        {problem.fixed ? (
          <Group gap={4} c="teal">
            <IconCircleCheck size={14} />
            <Text size="sm">Fixed</Text>
          </Group>
        ) : (
          <Text size="sm" c="red.8">
            {problem.message}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={210}>
        {value !== null && <FixInput field={field} problem={problem} value={value} onFix={onFix} />}
      </Table.Td>
    </Table.Tr>
  );
}

export function ImportPartnersModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const csv = useCsvImport();
  const importCsv = useApiMutation('partners.importCsv', ['partners']);
  const { file, report } = csv;
  const errorCount = report?.errors.length ?? 0;
  const badRows = report ? report.totalRows - report.validRows : 0;

  const close = () => {
    csv.reset();
    onClose();
  };
  const run = (mode: 'all-or-nothing' | 'valid-rows') =>
    importCsv.mutate(
      { csvText: csv.csvText, mapping: csv.mapping, mode },
      {
        onSuccess: (result) => {
          if (result.imported === 0) return;
          notifications.show({
            color: 'green',
            message: `Imported ${result.imported} ${result.imported === 1 ? 'partner' : 'partners'}`,
          });
          close();
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Nothing imported', message: error.message }),
      },
    );

  return (
    <Modal opened={opened} onClose={close} title="Import partners from CSV" size="xl">
      {!file ? (
        <ChooseFile onFile={(f) => void f?.text().then((text) => csv.load(f.name, text))} />
      ) : (
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <IconFileSpreadsheet size={18} />
              <Text fw={600} data-testid="csv-file-name">
                {file.fileName}
              </Text>
              <Badge variant="light" color="gray">
                {report?.totalRows ?? '…'} rows
              </Badge>
            </Group>
            <Button variant="subtle" size="compact-sm" onClick={csv.reset}>
              Choose another file
            </Button>
          </Group>

          <div>
            <Text size="sm" fw={600} mb={4}>
              Columns
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              Matched by their headers; change any that were read the wrong way.
            </Text>
            <ScrollArea.Autosize mah={230} type="auto">
              <Table verticalSpacing={4} data-testid="csv-mapping">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Column in the file</Table.Th>
                    <Table.Th>First values</Table.Th>
                    <Table.Th w={220}>Fills</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {file.headers.map((header, index) => (
                    <Table.Tr key={`${header}-${index}`}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {header || `Column ${index + 1}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed" truncate maw={300}>
                          {file.body
                            .map((row) => row[index] ?? '')
                            .filter(Boolean)
                            .slice(0, 3)
                            .join(' · ') || 'empty'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          data={fieldOptions}
                          value={csv.mapping[index] ?? skip}
                          allowDeselect={false}
                          onChange={(v) =>
                            csv.setColumn(index, v === skip || !v ? null : (v as PartnerCsvField))
                          }
                          aria-label={`Field for column ${header}`}
                          data-testid={`csv-map-${index}`}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </div>

          {csv.checkError && <Alert color="red">{csv.checkError.message}</Alert>}
          {report && errorCount === 0 && !csv.checking && (
            <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="csv-ready">
              All {report.totalRows} rows are ready to import.
            </Alert>
          )}
          {csv.problems.length > 0 && (
            <Stack gap="xs">
              {errorCount > 0 && (
                <Alert
                  color="orange"
                  icon={<IconAlertTriangle size={18} />}
                  data-testid="csv-problems-summary"
                >
                  {badRows > 0
                    ? `${badRows} of ${report?.totalRows ?? 0} ${badRows === 1 ? 'row has a problem' : 'rows have problems'}. `
                    : 'The columns need attention. '}
                  Fix them below or in your file; nothing is imported while a problem remains,
                  unless you choose to import only the valid rows.
                </Alert>
              )}
              <ScrollArea.Autosize mah={240} type="auto">
                <Table verticalSpacing={4} data-testid="csv-problems">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Row</Table.Th>
                      <Table.Th>Column</Table.Th>
                      <Table.Th>Problem</Table.Th>
                      <Table.Th>Value</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {csv.problems.map((p) => (
                      <ProblemRow
                        key={p.key}
                        problem={p}
                        field={p.cell ? (csv.mapping[p.cell.column] ?? null) : null}
                        value={p.cell ? csv.valueAt(p.cell) : null}
                        onFix={(value) => csv.editCell(p, value)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
              <Text size="xs" c="dimmed">
                Rows are numbered as in a spreadsheet: the header is row 1.
              </Text>
            </Stack>
          )}

          <Group justify="space-between" mt="xs">
            <Group gap="xs">{csv.checking && <Loader size="xs" />}</Group>
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              {errorCount > 0 && (report?.validRows ?? 0) > 0 && (
                <Button
                  variant="light"
                  disabled={csv.checking}
                  loading={importCsv.isPending}
                  onClick={() => run('valid-rows')}
                  data-testid="csv-import-valid"
                >
                  Import the {report?.validRows} valid rows
                </Button>
              )}
              <Button
                disabled={csv.checking || errorCount > 0 || !report || report.totalRows === 0}
                loading={importCsv.isPending}
                onClick={() => run('all-or-nothing')}
                data-testid="csv-import"
              >
                Import {report?.totalRows ?? ''} {report?.totalRows === 1 ? 'partner' : 'partners'}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
