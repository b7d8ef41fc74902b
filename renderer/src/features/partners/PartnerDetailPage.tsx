import { Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowLeft, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { lifecycleStageLabels, partnerFields, partnerTypeLabels, type Partner } from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { PartnerFields } from './PartnerFields.tsx';
import { stageColors } from './partner-options.ts';
import { useDeletePartner } from './use-delete-partner.tsx';
import { fieldsOf, usePartnerForm } from './use-partner-form.ts';

export default function PartnerDetailPage({ id }: { id: number }) {
  const partner = useApiQuery('partners.get', { id });
  const [, navigate] = useLocation();
  if (partner.isPending) return <PageLoader />;
  if (partner.isError) {
    return (
      <Stack>
        <BackLink onClick={() => navigate('/partners')} />
        <ErrorState message={partner.error.message} />
      </Stack>
    );
  }
  return <PartnerDetail key={partner.data.id} partner={partner.data} />;
}

function BackLink({ onClick }: { onClick: () => void }) {
  return (
    <Anchor component="button" size="sm" onClick={onClick}>
      <Group gap={4}>
        <IconArrowLeft size={14} /> All partners
      </Group>
    </Anchor>
  );
}

function PartnerDetail({ partner }: { partner: Partner }) {
  const [, navigate] = useLocation();
  const update = useApiMutation('partners.update', ['partners']);
  const confirmDelete = useDeletePartner(() => navigate('/partners'));
  const form = usePartnerForm(fieldsOf(partner));
  const [debounced] = useDebouncedValue(form.values, 500);
  const saved = useRef(JSON.stringify(fieldsOf(partner)));

  useEffect(() => {
    const serialized = JSON.stringify(debounced);
    if (serialized === saved.current || !partnerFields.safeParse(debounced).success) return;
    saved.current = serialized;
    update.mutate(
      { id: partner.id, fields: debounced },
      {
        onError: (error) => {
          saved.current = '';
          form.setErrors(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
        },
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saving reacts to the debounced values only
  }, [debounced]);

  const valid = partnerFields.safeParse(form.values).success;
  const pending = JSON.stringify(form.values) !== saved.current;

  return (
    <Stack gap="lg" maw={960}>
      <BackLink onClick={() => navigate('/partners')} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={2} data-testid="partner-title">
            {form.values.name || partner.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={stageColors[form.values.stage ?? partner.stage]}>
              {lifecycleStageLabels[form.values.stage ?? partner.stage]}
            </Badge>
            <Text size="sm" c="dimmed">
              {partnerTypeLabels[form.values.type]}
            </Text>
          </Group>
        </Stack>
        <Group>
          <SaveStatus saving={update.isPending || (pending && valid)} invalid={!valid} error={update.error?.message ?? null} />
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => confirmDelete(partner)} data-testid="delete-partner">
            Delete
          </Button>
        </Group>
      </Group>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} />}>
            Overview
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Paper withBorder p="lg">
            <PartnerFields form={form} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
