import { Button, Center, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { logoMimeTypes, type LogoInput } from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';

const MAX_BYTES = 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The logo is stored inside the workbook file, so the cover of a pack travels with it. */
export function LogoField({ hasLogo }: { hasLogo: boolean }) {
  const logo = useApiQuery('settings.getLogo', {}, { enabled: hasLogo });
  const setLogo = useApiMutation('settings.setLogo', ['settings']);
  const clearLogo = useApiMutation('settings.clearLogo', ['settings']);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!(logoMimeTypes as readonly string[]).includes(file.type))
      return setError('Use a PNG, JPEG or WebP image.');
    if (file.size > MAX_BYTES) return setError('The logo must be at most 1 MB.');
    setLogo.mutate(
      { mimeType: file.type as LogoInput['mimeType'], base64: await toBase64(file) },
      { onError: (e) => setError(e.message) },
    );
  };

  const confirmRemove = () =>
    modals.openConfirmModal({
      title: 'Remove the logo?',
      children: <Text size="sm">Packs exported afterwards will have no logo on the cover.</Text>,
      labels: { confirm: 'Remove logo', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => clearLogo.mutate({}),
    });

  const src = hasLogo && logo.data ? `data:${logo.data.mimeType};base64,${logo.data.base64}` : null;

  return (
    <Stack>
      <div>
        <Title order={4}>Logo</Title>
        <Text c="dimmed" size="sm">
          Shown on the cover of governance packs. PNG, JPEG or WebP, up to 1 MB.
        </Text>
      </div>
      <Group align="center">
        <Paper withBorder w={200} h={100} p="xs">
          <Center h="100%">
            {src ? (
              <Image
                src={src}
                alt="Workbook logo"
                fit="contain"
                mah={80}
                data-testid="logo-preview"
              />
            ) : (
              <Text size="xs" c="dimmed">
                No logo yet
              </Text>
            )}
          </Center>
        </Paper>
        <Stack gap="xs">
          <FileButton onChange={(f) => void upload(f)} accept={logoMimeTypes.join(',')}>
            {(props) => (
              <Button
                {...props}
                variant="light"
                leftSection={<IconPhotoUp size={16} />}
                loading={setLogo.isPending}
                data-testid="logo-upload"
              >
                {hasLogo ? 'Replace logo' : 'Upload logo'}
              </Button>
            )}
          </FileButton>
          {hasLogo && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={confirmRemove}
            >
              Remove
            </Button>
          )}
        </Stack>
      </Group>
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
