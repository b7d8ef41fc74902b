import './canvas.css';
import { Alert, Button, Group, Menu, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBulb,
  IconDownload,
  IconFileTypePng,
  IconFileTypeSvg,
  IconMaximize,
  IconMinimize,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { Partner } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { exportCanvasPng, exportCanvasSvg } from './export-canvas.ts';
import { FitSummary } from './FitSummary.tsx';
import { HistoryButtons } from './HistoryButtons.tsx';
import { canvasShortcuts } from './canvas-shortcuts.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { useCanvasHistory } from './use-canvas-history.ts';
import { usePresentMode } from './use-present-mode.ts';
import { VpcBoard } from './VpcBoard.tsx';

/** The partner tab: the shared value proposition canvas of this partnership (M8). */
export default function CanvasTab({ partner }: { partner: Partner }) {
  const canvas = useApiQuery('valueCanvas.get', { partnerId: partner.id });
  const settings = useApiQuery('settings.get', {});
  const history = useCanvasHistory(`vpc:${partner.id}`, 'valueCanvas');
  const present = usePresentMode();
  const board = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);

  if (canvas.isPending || settings.isPending) return <PageLoader />;
  if (canvas.isError) {
    return <ErrorState message={canvas.error.message} onRetry={() => void canvas.refetch()} />;
  }
  const ourName = settings.data?.orgName ?? 'Our organisation';

  const exportAs = async (format: 'png' | 'svg') => {
    setExporting(true);
    try {
      if (format === 'svg') {
        exportCanvasSvg({ canvas: canvas.data, ourName, theirName: partner.name });
      } else if (board.current) {
        await exportCanvasPng(board.current, partner.name);
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Nothing exported',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack
      gap="md"
      className={present.presenting ? 'pwb-present' : undefined}
      data-testid="canvas-tab"
    >
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <FitSummary fit={canvas.data.fit} items={canvas.data.items} compact={present.presenting} />
        <Group gap="xs" wrap="nowrap">
          <SaveStatus saving={history.busy || canvas.isFetching} invalid={false} error={null} />
          <ShortcutsHelp shortcuts={canvasShortcuts} />
          <HistoryButtons history={history} />
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                loading={exporting}
                data-testid="export-canvas"
              >
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconFileTypePng size={16} />}
                onClick={() => void exportAs('png')}
                data-testid="export-canvas-png"
              >
                PNG image, as on screen
              </Menu.Item>
              <Menu.Item
                leftSection={<IconFileTypeSvg size={16} />}
                onClick={() => void exportAs('svg')}
                data-testid="export-canvas-svg"
              >
                SVG drawing, for print and slides
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            variant={present.presenting ? 'filled' : 'light'}
            leftSection={
              present.presenting ? <IconMinimize size={16} /> : <IconMaximize size={16} />
            }
            onClick={present.toggle}
            data-testid="present-canvas"
          >
            {present.presenting ? 'Exit (Esc)' : 'Present'}
          </Button>
        </Group>
      </Group>
      {canvas.data.items.length === 0 && !present.presenting && (
        <Alert variant="light" icon={<IconBulb size={18} />} title="Fill it in together" maw={860}>
          Sit down with {partner.name} and start on the right: who is the customer you both serve,
          what are they trying to get done, what gets in their way, what would delight them? Then
          fill in the value map on the left: what each of you brings, and how the joint offer
          relieves those pains and creates those gains. Link each reliever and creator to what it
          addresses; the fit above shows how much of what matters most is covered.
        </Alert>
      )}
      <VpcBoard
        canvas={canvas.data}
        history={history}
        ourName={ourName}
        theirName={partner.name}
        boardRef={board}
        fitHeight={present.presenting}
      />
    </Stack>
  );
}
