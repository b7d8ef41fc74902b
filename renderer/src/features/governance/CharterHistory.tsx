import { Badge, Drawer, Group, Modal, Stack, Text, Timeline, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { CharterVersionSummary } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { CharterView } from './CharterView.tsx';
import { formatDate } from './governance-format.ts';

interface CharterHistoryProps {
  opened: boolean;
  onClose: () => void;
  versions: CharterVersionSummary[];
  draftVersion: number;
}

/** Approved versions, newest first; each opens read-only. */
export function CharterHistory({ opened, onClose, versions, draftVersion }: CharterHistoryProps) {
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <>
      <Drawer opened={opened} onClose={onClose} title="Version history" position="right" size="sm">
        <Timeline active={versions.length} bulletSize={22} lineWidth={2}>
          <Timeline.Item title={`Version ${draftVersion}`} bullet={<span />}>
            <Text size="xs" c="dimmed">
              Draft, being edited
            </Text>
          </Timeline.Item>
          {versions.map((v) => (
            <Timeline.Item key={v.id} bullet={<IconCircleCheck size={14} />}>
              <UnstyledButton
                onClick={() => setOpenId(v.id)}
                data-testid="charter-version"
                aria-label={`Open version ${v.version}`}
              >
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    Version {v.version}
                  </Text>
                  <Badge size="xs" color="teal" variant="light">
                    Approved
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {formatDate(v.approvedOn)} · {v.approvedBy}
                </Text>
                <Text size="xs" c="blue">
                  Read this version
                </Text>
              </UnstyledButton>
            </Timeline.Item>
          ))}
        </Timeline>
      </Drawer>
      <Modal
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        size="xl"
        title="Approved charter"
      >
        {openId !== null && <VersionBody id={openId} />}
      </Modal>
    </>
  );
}

function VersionBody({ id }: { id: number }) {
  const version = useApiQuery('charters.version', { id });
  if (version.isPending) return <PageLoader />;
  if (version.isError) return <ErrorState message={version.error.message} />;
  const v = version.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Text fw={700} size="lg" data-testid="charter-version-title">
          Version {v.version}
        </Text>
        <Badge color="teal" variant="light" size="lg" tt="none">
          Approved {formatDate(v.approvedOn)} by {v.approvedBy}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        Read-only: an approved version never changes. Edit the current draft instead.
      </Text>
      <CharterView content={v.content} />
    </Stack>
  );
}
