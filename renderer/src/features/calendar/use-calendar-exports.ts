import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ActivityFilter } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/save-file.ts';

type Format = 'ics' | 'csv';

/** Exports the activities that match the filters (all dates) and hands the file to the user. */
export function useCalendarExports(filter: ActivityFilter) {
  const [busy, setBusy] = useState<Format | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    try {
      const file = await call(
        format === 'ics' ? 'calendar.exportIcs' : 'calendar.exportCsv',
        filter,
      );
      saveFile(file.fileName, file.mimeType, file.content);
      notifications.show({
        color: 'green',
        title: format === 'ics' ? 'Calendar exported' : 'Activities exported',
        message: `${file.count} ${file.count === 1 ? 'activity' : 'activities'} in ${file.fileName}`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Export failed',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(null);
    }
  };
  return { busy, exportIcs: () => run('ics'), exportCsv: () => run('csv') };
}
