import { Button, Kbd, Tooltip, type ButtonProps } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { csvFileName, csvMimeType } from '../../../shared/domain/csv.ts';
import { saveFile } from '../api/save-file.ts';

export interface CsvExport {
  /** The whole document from the shared CSV writer (`shared/domain/csv.ts`). */
  csv: string;
  count: number;
}

interface ExportCsvButtonProps {
  /** What the file holds, plural: "risks"; it names the file and the confirmation. */
  what: string;
  /** Builds the file from what the list shows at the moment of the click. */
  build: () => CsvExport;
  disabled?: boolean;
  /** Alt+E exports; off where two lists share a page and only the visible one should answer. */
  hotkey?: boolean;
  size?: ButtonProps['size'];
  'data-testid'?: string;
}

const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Hands a list to the user as a CSV file: the same button, file naming and shortcut everywhere. */
export function saveCsvExport(what: string, { csv, count }: CsvExport): void {
  const fileName = csvFileName(what, localToday());
  saveFile(fileName, csvMimeType, csv);
  notifications.show({
    color: 'green',
    title: 'Exported',
    message: `${count} ${count === 1 ? 'row' : 'rows'} of ${what} in ${fileName}`,
  });
}

export function ExportCsvButton({
  what,
  build,
  disabled = false,
  hotkey = true,
  size = 'sm',
  'data-testid': testId,
}: ExportCsvButtonProps) {
  const run = () => {
    if (!disabled) saveCsvExport(what, build());
  };
  useHotkeys(hotkey ? [['alt+E', run]] : []);
  return (
    <Tooltip
      openDelay={400}
      label={
        <>
          Export the {what} shown as CSV
          {hotkey && (
            <>
              {' '}
              (<Kbd size="xs">Alt</Kbd>+<Kbd size="xs">E</Kbd>)
            </>
          )}
        </>
      }
    >
      <Button
        variant="default"
        size={size}
        leftSection={<IconDownload size={16} />}
        onClick={run}
        disabled={disabled}
        data-testid={testId}
      >
        Export CSV
      </Button>
    </Tooltip>
  );
}
