import { ActionIcon, Button, Group, Menu, Tooltip } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileTypePng,
  IconFileTypeSvg,
  IconFocus2,
  IconHierarchy2,
  IconMaximize,
  IconMinimize,
  IconPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { ecosystemNodeKinds, type EcosystemNodeKind } from '../../../../shared/contract/index.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { HistoryButtons } from '../canvas/HistoryButtons.tsx';
import type { CanvasHistory } from '../canvas/use-canvas-history.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';
import type { LayoutDirection } from './auto-layout.ts';

interface EcosystemToolbarProps {
  history: CanvasHistory;
  partnersToAdd: number;
  hasNodes: boolean;
  presenting: boolean;
  saving: boolean;
  exporting: boolean;
  onAddNode: (kind: EcosystemNodeKind) => void;
  onAddAllPartners: () => void;
  onLayout: (direction: LayoutDirection) => void;
  onFitView: () => void;
  onExport: (format: 'png' | 'svg') => void;
  onPresent: () => void;
}

export function EcosystemToolbar(props: EcosystemToolbarProps) {
  const { history, partnersToAdd, hasNodes } = props;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Group gap="xs" wrap="nowrap">
        <Menu position="bottom-start" shadow="md" width={240}>
          <Menu.Target>
            <Button
              leftSection={<IconPlus size={16} />}
              rightSection={<IconChevronDown size={14} />}
              data-testid="eco-add-node"
            >
              Add
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Add to the map</Menu.Label>
            {ecosystemNodeKinds.map((kind) => {
              const style = nodeKindStyles[kind];
              return (
                <Menu.Item
                  key={kind}
                  leftSection={<style.icon size={16} color={style.color} />}
                  onClick={() => props.onAddNode(kind)}
                  data-testid={`eco-add-${kind}`}
                >
                  {style.label}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
        <Tooltip
          label={
            partnersToAdd
              ? `Place ${partnersToAdd} ${partnersToAdd === 1 ? 'partner' : 'partners'} around your organisation`
              : 'Every partner is already on the map'
          }
        >
          <Button
            variant="light"
            leftSection={<IconUsersGroup size={16} />}
            disabled={partnersToAdd === 0}
            onClick={props.onAddAllPartners}
            data-testid="eco-add-all-partners"
          >
            Add all partners
          </Button>
        </Tooltip>
        <Menu position="bottom-start" shadow="md">
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconHierarchy2 size={16} />}
              rightSection={<IconChevronDown size={14} />}
              disabled={!hasNodes}
              data-testid="eco-layout"
            >
              Arrange
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Arrange by the connections</Menu.Label>
            <Menu.Item onClick={() => props.onLayout('LR')} data-testid="eco-layout-lr">
              Left to right
            </Menu.Item>
            <Menu.Item onClick={() => props.onLayout('TB')} data-testid="eco-layout-tb">
              Top to bottom
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <SaveStatus saving={props.saving} invalid={false} error={null} />
        <HistoryButtons history={history} />
        <Tooltip label="Fit the whole map on screen (F)">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Fit to screen"
            onClick={props.onFitView}
            disabled={!hasNodes}
          >
            <IconFocus2 size={18} />
          </ActionIcon>
        </Tooltip>
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={props.exporting}
              disabled={!hasNodes}
              data-testid="eco-export"
            >
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconFileTypePng size={16} />}
              onClick={() => props.onExport('png')}
              data-testid="eco-export-png"
            >
              PNG image, for slides
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileTypeSvg size={16} />}
              onClick={() => props.onExport('svg')}
              data-testid="eco-export-svg"
            >
              SVG drawing, editable
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          variant={props.presenting ? 'filled' : 'light'}
          leftSection={props.presenting ? <IconMinimize size={16} /> : <IconMaximize size={16} />}
          onClick={props.onPresent}
          data-testid="eco-present"
        >
          {props.presenting ? 'Exit (Esc)' : 'Present'}
        </Button>
      </Group>
    </Group>
  );
}
