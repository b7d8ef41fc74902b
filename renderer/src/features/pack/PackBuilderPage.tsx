import '@mantine/dates/styles.css';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Kbd,
  MultiSelect,
  Paper,
  Progress,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import {
  packSectionIds,
  packSectionLabels,
  packSectionOmittedWhen,
  type PackOptionsInput,
  type WorkbookSettings,
} from '../../../../shared/contract/index.ts';
import { ApiCallError, call, shell } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { saveFile } from '../../api/save-file.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { PackDocument } from '../../report/PackDocument.tsx';
import { usePackChoicesStore, type PackChoices } from './pack-choices-store.ts';

const defaultChoices: PackChoices = {
  sections: [...packSectionIds],
  partnerScope: 'all',
  partnerIds: [],
  period: null,
  paper: 'a4',
};

function lastFullMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export default function PackBuilderPage() {
  const settings = useApiQuery('settings.get', {});
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <ErrorState message={settings.error.message} />;
  return <PackBuilder settings={settings.data} />;
}

function PackBuilder({ settings }: { settings: WorkbookSettings }) {
  const stored = usePackChoicesStore((s) => s.byWorkbook[settings.workbookId]);
  const save = usePackChoicesStore((s) => s.save);
  const choices = stored ?? defaultChoices;
  const update = (patch: Partial<PackChoices>) =>
    save(settings.workbookId, { ...choices, ...patch });
  const partners = useApiQuery('partners.list', { search: '', includeArchived: false });
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const options: PackOptionsInput = {
    sections: choices.sections,
    partnerIds: choices.partnerScope === 'selected' ? choices.partnerIds : [],
    period: choices.period ?? lastFullMonth(),
    paper: choices.paper,
  };
  const [previewOptions] = useDebouncedValue(options, 300);
  const preview = useApiQuery('pack.data', previewOptions, {
    placeholderData: (previous) => previous,
  });

  const exportPdf = async () => {
    if (exporting) return;
    setError(null);
    const fileName = `${(settings.programName || settings.clientName).replace(/[^\p{L}\p{N}]+/gu, '-')}-pack-${options.period}.pdf`;
    let path: string | undefined;
    if (shell) {
      const picked = await shell.pickSavePath(fileName, 'pdf');
      if (!picked) return;
      path = picked;
    }
    setExporting(true);
    try {
      const result = await call('pack.export', { ...options, path });
      if (result.base64) {
        const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0));
        saveFile(fileName, 'application/pdf', bytes);
      }
      notifications.show({
        color: 'green',
        title: 'Governance pack exported',
        message: `${result.pages} pages${result.path ? ` saved to ${result.path}` : ''}.`,
      });
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };
  useHotkeys([['mod+P', () => void exportPdf()]]);

  const selectedCount = choices.sections.length;
  // Chosen sections the preview leaves out because they have nothing to show.
  const omitted = preview.data
    ? choices.sections.filter((id) => !preview.data.sections.includes(id))
    : [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Governance pack</Title>
          <Text c="dimmed" size="sm">
            A PDF for the steering committee, leading with the decisions it is asked to take.
          </Text>
        </div>
        <Button
          leftSection={<IconFileTypePdf size={18} />}
          onClick={() => void exportPdf()}
          loading={exporting}
          disabled={selectedCount === 0}
          rightSection={<Kbd size="xs">Ctrl P</Kbd>}
          data-testid="export-pdf"
        >
          Export PDF
        </Button>
      </Group>
      {exporting && (
        <Paper withBorder p="sm" data-testid="export-progress">
          <Text size="sm" mb={6}>
            Printing the pack twice: once to lay out the pages, once to number the contents…
          </Text>
          <Progress value={100} animated striped />
        </Paper>
      )}
      {error && (
        <Alert color="red" title="The pack was not exported">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Paper withBorder p="lg">
          <Stack>
            <Checkbox.Group
              label="Sections"
              description="Sections without content are left out of the PDF."
              value={choices.sections}
              onChange={(v) => update({ sections: packSectionIds.filter((id) => v.includes(id)) })}
              error={selectedCount === 0 ? 'Choose at least one section' : undefined}
            >
              {omitted.length > 0 && (
                <Text size="xs" c="orange.8" mt={4} data-testid="pack-omitted">
                  Left out, nothing to show: {omitted.map((id) => packSectionLabels[id]).join(', ')}
                  .
                </Text>
              )}
              <Stack gap={6} mt="xs">
                {packSectionIds.map((id) => (
                  <Checkbox
                    key={id}
                    value={id}
                    label={packSectionLabels[id]}
                    description={omitted.includes(id) ? packSectionOmittedWhen[id] : undefined}
                    data-testid={`pack-section-${id}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <SegmentedControl
              value={choices.partnerScope}
              onChange={(v) => update({ partnerScope: v as PackChoices['partnerScope'] })}
              data={[
                { value: 'all', label: 'All partners' },
                { value: 'selected', label: 'Selected' },
              ]}
            />
            {choices.partnerScope === 'selected' && (
              <MultiSelect
                label="Partners in the pack"
                searchable
                data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
                value={choices.partnerIds.map(String)}
                onChange={(v) => update({ partnerIds: v.map(Number) })}
                error={
                  choices.partnerIds.length === 0
                    ? 'Pick at least one partner, or choose all'
                    : undefined
                }
              />
            )}
            <MonthPickerInput
              label="Reporting period"
              description="The last month the pack covers."
              value={options.period ? `${options.period}-01` : null}
              onChange={(v) => update({ period: v ? String(v).slice(0, 7) : null })}
              valueFormat="MMMM YYYY"
            />
            <SegmentedControl
              value={choices.paper}
              onChange={(v) => update({ paper: v as PackChoices['paper'] })}
              data={[
                { value: 'a4', label: 'A4' },
                { value: 'letter', label: 'US Letter' },
              ]}
            />
          </Stack>
        </Paper>
        <Paper withBorder style={{ gridColumn: 'span 2', overflow: 'hidden' }}>
          <ScrollArea h="calc(100vh - 220px)" className="pack-screen" data-testid="pack-preview">
            {preview.data && (
              <div style={{ zoom: 0.62 }}>
                <PackDocument data={preview.data} />
              </div>
            )}
            {preview.isError && <ErrorState message={preview.error.message} />}
          </ScrollArea>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
