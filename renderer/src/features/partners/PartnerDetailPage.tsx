import { Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  partnerFields,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
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
  const status = useAutosave({
    values: form.values,
    initial: fieldsOf(partner),
    isValid: (v) => partnerFields.safeParse(v).success,
    save: (fields) =>
      update.mutateAsync({ id: partner.id, fields }).catch((error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        throw error;
      }),
  });

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
          <SaveStatus {...status} />
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => confirmDelete(partner)}
            data-testid="delete-partner"
          >
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
