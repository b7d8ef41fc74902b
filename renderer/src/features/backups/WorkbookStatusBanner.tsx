import { Affix, Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudNetwork } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';

/**
 * The open workbook's health, shown in a small banner: the integrity check runs after the first
 * screen, so this re-reads workbook.current until it has; a damaged workbook turns read-only with
 * the reason, and a workbook on a network drive gets a caution.
 */
export function WorkbookStatusBanner() {
  const [, navigate] = useLocation();
  const [dismissedWarning, setDismissedWarning] = useState<string | null>(null);
  const current = useApiQuery(
    'workbook.current',
    {},
    {
      staleTime: Infinity,
      refetchInterval: (query) => (query.state.data?.integrity === 'checking' ? 1000 : false),
    },
  );
  const info = current.data;
  if (!info) return null;
  const damaged = info.integrity === 'damaged';
  const warning = info.warning && info.warning !== dismissedWarning ? info.warning : null;
  if (!damaged && !warning) return null;

  return (
    <Affix
      position={{ bottom: 16, left: '50%' }}
      style={{ transform: 'translateX(-50%)' }}
      zIndex={300}
    >
      <Stack gap="xs" w={560} maw="calc(100vw - 32px)">
        {damaged && (
          <Alert
            color="red"
            variant="filled"
            icon={<IconAlertTriangle size={18} />}
            title="This workbook is damaged and open read-only"
            data-testid="workbook-damaged-banner"
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{info.readOnlyReason}</Text>
              <Button size="xs" variant="white" color="red" onClick={() => navigate('/backups')}>
                Restore from a backup
              </Button>
            </Stack>
          </Alert>
        )}
        {warning && (
          <Alert
            color="yellow"
            icon={<IconCloudNetwork size={18} />}
            title="On a network drive"
            withCloseButton
            onClose={() => setDismissedWarning(warning)}
            data-testid="workbook-warning-banner"
          >
            {warning}
          </Alert>
        )}
      </Stack>
    </Affix>
  );
}
