import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiCallError, call, shell } from '../../api/client.ts';
import { saveFile } from '../../api/save-file.ts';

/** The whole workbook as versioned JSON: for archives, other tools, or moving between versions. */
export function ExchangeSection({ fileStem }: { fileStem: string }) {
  const [busy, setBusy] = useState(false);

  const exportJson = async () => {
    const fileName = `${fileStem}.json`;
    let path: string | undefined;
    if (shell) {
      const picked = await shell.pickSavePath(fileName, 'json');
      if (!picked) return;
      path = picked;
    }
    setBusy(true);
    try {
      const result = await call('workbook.exportJson', path ? { path } : {});
      if (result.json) saveFile(fileName, 'application/json', result.json);
      notifications.show({
        color: 'green',
        title: 'Workbook exported',
        message: `${result.rows.toLocaleString()} records in ${result.tables} tables${result.path ? `, saved to ${result.path}` : ''}.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Not exported',
        message: error instanceof ApiCallError ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <div>
        <Title order={4}>Export</Title>
        <Text c="dimmed" size="sm">
          Everything in this workbook as one JSON file, in a documented, versioned format. Import it
          from the start screen to make a new workbook.
        </Text>
      </div>
      <Group>
        <Button
          variant="light"
          leftSection={<IconFileExport size={16} />}
          loading={busy}
          onClick={() => void exportJson()}
          data-testid="export-json"
        >
          Export workbook as JSON
        </Button>
      </Group>
    </Stack>
  );
}
