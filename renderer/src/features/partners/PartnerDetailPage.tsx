import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useUiStore } from '../../stores/ui-store.ts';
import { partnerTabs } from './partner-tabs.tsx';
import { stageColors } from './partner-options.ts';
import { useDeletePartner } from './use-delete-partner.tsx';

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
  const confirmDelete = useDeletePartner(() => navigate('/partners'));
  const storedTab = useUiStore((s) => s.partnerTab);
  const setTab = useUiStore((s) => s.setPartnerTab);
  const tab = partnerTabs.some((t) => t.value === storedTab) ? storedTab : 'overview';

  return (
    <Stack gap="lg" maw={1100}>
      <BackLink onClick={() => navigate('/partners')} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={2} data-testid="partner-title">
            {partner.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={stageColors[partner.stage]}>
              {lifecycleStageLabels[partner.stage]}
            </Badge>
            {partner.tier && (
              <Badge variant="light" color="grape" tt="none">
                {partner.tier}
              </Badge>
            )}
            {partner.archived && (
              <Badge variant="outline" color="gray">
                Archived
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {partnerTypeLabels[partner.type]}
              {partner.ownerOurs || partner.ownerTheirs
                ? ` · owned by ${partner.ownerOurs || 'nobody yet'} with ${partner.ownerTheirs || 'nobody yet on their side'}`
                : ' · no owner named yet'}
            </Text>
          </Group>
        </Stack>
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
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List>
          {partnerTabs.map((t) => (
            <Tabs.Tab
              key={t.value}
              value={t.value}
              leftSection={<t.icon size={16} />}
              data-testid={`partner-tab-${t.value}`}
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {partnerTabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            <Suspense fallback={<PageLoader />}>
              <t.component partner={partner} />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
