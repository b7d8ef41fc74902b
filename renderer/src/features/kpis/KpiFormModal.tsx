import {
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  directionLabels,
  kpiCategories,
  kpiCategoryLabels,
  kpiFields,
  kpiLevelLabels,
  kpiLevels,
  type Kpi,
  type KpiFields,
} from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { childLevel, parentOptions } from './kpi-tree.ts';
import { KpiTargetsTable } from './KpiTargetsTable.tsx';

/** What the modal edits: a new KPI (optionally under a parent) or an existing one. */
export type KpiEditing = { mode: 'new'; parentId: number | null } | { mode: 'edit'; kpi: Kpi };

const numberOrNull = (v: string | number): number | null =>
  typeof v === 'number' ? v : v.trim() === '' ? null : Number.NaN;

function initialValues(editing: KpiEditing, kpis: readonly Kpi[]): KpiFields {
  if (editing.mode === 'edit') {
    const { id: _id, targets: _t, createdAt: _c, updatedAt: _u, ...fields } = editing.kpi;
    return fields;
  }
  const parent = kpis.find((k) => k.id === editing.parentId) ?? null;
  return {
    name: '',
    level: childLevel(parent?.level ?? null),
    parentId: parent?.id ?? null,
    unit: '',
    category: parent?.category ?? 'revenue',
    direction: 'higher',
    defaultTarget: null,
    weight: 1,
    partnerId: parent?.partnerId ?? null,
    description: '',
  };
}

interface KpiFormModalProps {
  editing: KpiEditing | null;
  kpis: readonly Kpi[];
  onClose: () => void;
}

export function KpiFormModal({ editing, kpis, onClose }: KpiFormModalProps) {
  const title =
    editing?.mode === 'edit'
      ? `Edit ${editing.kpi.name}`
      : editing?.parentId
        ? 'Add a sub-KPI'
        : 'Add a KPI';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && (
        <KpiForm
          key={editing.mode === 'edit' ? editing.kpi.id : 'new'}
          editing={editing}
          kpis={kpis}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function KpiForm({
  editing,
  kpis,
  onDone,
}: {
  editing: KpiEditing;
  kpis: readonly Kpi[];
  onDone: () => void;
}) {
  const partners = useApiQuery('partners.list', {});
  const create = useApiMutation('kpis.create', ['kpis', 'scorecards', 'actuals']);
  const update = useApiMutation('kpis.update', ['kpis', 'scorecards', 'actuals']);
  const form = useForm<KpiFields>({
    mode: 'controlled',
    initialValues: initialValues(editing, kpis),
    validate: zodValidate(kpiFields),
  });
  const editingId = editing.mode === 'edit' ? editing.kpi.id : null;
  const current =
    editing.mode === 'edit' ? (kpis.find((k) => k.id === editingId) ?? editing.kpi) : null;
  const saving = create.isPending || update.isPending;

  const submit = form.onSubmit((fields) => {
    const done = {
      onSuccess: (kpi: Kpi) => {
        notifications.show({ message: `${kpi.name} saved` });
        onDone();
      },
      onError: (error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        if (Object.keys(error.fields).length === 0) {
          notifications.show({ color: 'red', title: 'Not saved', message: error.message });
        }
      },
    };
    if (editingId === null) create.mutate(fields, done);
    else update.mutate({ id: editingId, fields }, done);
  });

  const setParent = (value: string | null) => {
    const parentId = value ? Number(value) : null;
    const parent = kpis.find((k) => k.id === parentId) ?? null;
    form.setFieldValue('parentId', parentId);
    form.setFieldValue('level', childLevel(parent?.level ?? null));
  };

  return (
    <form onSubmit={submit} noValidate data-testid="kpi-form">
      <Stack>
        <TextInput
          label="Name"
          required
          data-autofocus
          placeholder="e.g. Partner-sourced revenue"
          {...form.getInputProps('name')}
          data-testid="kpi-name"
        />
        <SimpleGrid cols={2}>
          <Select
            label="Sits under"
            description="The KPI this one contributes to."
            placeholder="Nothing: a top-level KPI"
            data={parentOptions(kpis, editingId)}
            clearable
            searchable
            value={form.values.parentId === null ? null : String(form.values.parentId)}
            onChange={setParent}
            error={form.errors.parentId}
            data-testid="kpi-parent"
          />
          <Select
            label="Level"
            description="Follows the parent; change it if needed."
            data={kpiLevels.map((l) => ({ value: l, label: kpiLevelLabels[l] }))}
            allowDeselect={false}
            {...form.getInputProps('level')}
            data-testid="kpi-level"
          />
          <Select
            label="Category"
            data={kpiCategories.map((c) => ({ value: c, label: kpiCategoryLabels[c] }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
            data-testid="kpi-category"
          />
          <TextInput
            label="Unit"
            placeholder="e.g. leads, %, USD"
            {...form.getInputProps('unit')}
            data-testid="kpi-unit"
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Direction
          </Text>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'higher', label: directionLabels.higher },
              { value: 'lower', label: directionLabels.lower },
            ]}
            {...form.getInputProps('direction')}
            data-testid="kpi-direction"
          />
        </div>
        <SimpleGrid cols={2}>
          <NumberInput
            label="Monthly target"
            description="Used for every month without its own target."
            placeholder="No target yet"
            thousandSeparator=","
            {...form.getInputProps('defaultTarget')}
            value={form.values.defaultTarget ?? ''}
            onChange={(v) => form.setFieldValue('defaultTarget', numberOrNull(v))}
            data-testid="kpi-target"
          />
          <NumberInput
            label="Weight"
            description="Its share in the parent's roll-up."
            min={0}
            {...form.getInputProps('weight')}
            onChange={(v) => form.setFieldValue('weight', typeof v === 'number' ? v : Number.NaN)}
            data-testid="kpi-weight"
          />
        </SimpleGrid>
        <Select
          label="Partnership"
          description="Leave empty for a program KPI; a partner's KPI is measured for that partner only."
          placeholder="Program-wide"
          data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          clearable
          searchable
          nothingFoundMessage="No partner by that name"
          value={form.values.partnerId === null ? null : String(form.values.partnerId)}
          onChange={(v) => form.setFieldValue('partnerId', v ? Number(v) : null)}
          error={form.errors.partnerId}
          data-testid="kpi-partner"
        />
        <Textarea
          label="How it is measured"
          autosize
          minRows={2}
          placeholder="Source system, definition, who reports it"
          {...form.getInputProps('description')}
        />
        {current && (
          <>
            <Divider label="Targets for particular months" labelPosition="left" />
            <KpiTargetsTable kpi={current} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} data-testid="kpi-save">
            {editingId === null ? 'Add KPI' : 'Save KPI'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
