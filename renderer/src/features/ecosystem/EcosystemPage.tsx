import '@xyflow/react/dist/style.css';
import './ecosystem.css';
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTopologyRing, IconUsersGroup } from '@tabler/icons-react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type NodeChange,
} from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import {
  ecosystemNodeSize,
  type EcosystemMap,
  type EcosystemNodeKind,
  type EcosystemPosition,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useCanvasHistory } from '../canvas/use-canvas-history.ts';
import { usePresentMode } from '../canvas/use-present-mode.ts';
import { autoLayout, type LayoutDirection } from './auto-layout.ts';
import {
  addAllPartnersCommand,
  addEdgeCommand,
  addNodeCommand,
  deleteCommand,
  moveNodesCommand,
} from './ecosystem-commands.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';
import { EcosystemInspector } from './EcosystemInspector.tsx';
import { EcosystemNodeView, type EcosystemFlowNode } from './EcosystemNodeView.tsx';
import { EcosystemToolbar } from './EcosystemToolbar.tsx';
import { exportMapPng, exportMapSvg } from './export-map.ts';
import { FloatingEdge } from './FloatingEdge.tsx';
import { MapLegend } from './MapLegend.tsx';
import { useFlowElements } from './use-flow-elements.ts';

const nodeTypes = { ecosystem: EcosystemNodeView };
const edgeTypes = { ecosystem: FloatingEdge };
const fitOptions = { padding: 0.25, maxZoom: 1.2 };

/** The program's ecosystem map (M9): who surrounds the partnerships and what flows between them. */
export default function EcosystemPage() {
  const map = useApiQuery('ecosystem.get', {});
  const partners = useApiQuery('partners.list', {});
  const settings = useApiQuery('settings.get', {});
  if (map.isPending || partners.isPending) return <PageLoader />;
  if (map.isError) {
    return <ErrorState message={map.error.message} onRetry={() => void map.refetch()} />;
  }
  return (
    <ReactFlowProvider>
      <Workspace
        map={map.data}
        partners={partners.data ?? []}
        orgName={settings.data?.orgName ?? 'Our organisation'}
        fetching={map.isFetching}
      />
    </ReactFlowProvider>
  );
}

interface WorkspaceProps {
  map: EcosystemMap;
  partners: Partner[];
  orgName: string;
  fetching: boolean;
}

interface PendingMove {
  before: Map<number, EcosystemPosition>;
  after: Map<number, EcosystemPosition>;
  timer: number | null;
}

function Workspace({ map, partners, orgName, fetching }: WorkspaceProps) {
  const history = useCanvasHistory('ecosystem', 'ecosystem');
  const flow = useFlowElements(map);
  const rf = useReactFlow<EcosystemFlowNode>();
  const present = usePresentMode();
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const move = useRef<PendingMove>({ before: new Map(), after: new Map(), timer: null });
  const [exporting, setExporting] = useState(false);

  const selectedNodeIds = flow.nodes.filter((n) => n.selected).map((n) => n.data.node.id);
  const selectedEdgeIds = flow.edges.flatMap((e) => (e.selected && e.data ? [e.data.edge.id] : []));
  const onMap = new Set(map.nodes.map((n) => n.partnerId));
  const partnersToAdd = partners.filter((p) => !p.archived && !onMap.has(p.id)).length;

  const fitSoon = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void rf.fitView({ ...fitOptions, duration: 300 })),
    );
  const focusName = () =>
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="node-label-input"]');
      input?.focus();
      input?.select();
    });

  const addNode = (kind: EcosystemNodeKind) => {
    const rect = container.current?.getBoundingClientRect();
    const centre = rect
      ? rf.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
      : { x: 0, y: 0 };
    const jitter = (map.nodes.length % 6) * 22;
    const at = {
      x: Math.round(centre.x - ecosystemNodeSize.width / 2 + jitter),
      y: Math.round(centre.y - ecosystemNodeSize.height / 2 + jitter),
    };
    const label = kind === 'our_org' ? orgName : `New ${nodeKindStyles[kind].label.toLowerCase()}`;
    void history
      .execute(
        addNodeCommand({ kind, label }, at, (node) =>
          flow.selectWhenSaved({ nodeIds: [node.id], edgeIds: [] }),
        ),
      )
      .then((ok) => ok && focusName());
  };

  const addAllPartners = () =>
    void history.execute(addAllPartnersCommand()).then((ok) => ok && fitSoon());

  const arrange = (direction: LayoutDirection) => {
    const before = map.nodes.map(({ id, x, y }) => ({ id, x, y }));
    const after = autoLayout(map.nodes, map.edges, direction);
    void history
      .execute(moveNodesCommand(before, after, 'arranging the map'))
      .then((ok) => ok && fitSoon());
  };

  const remove = (nodeIds: number[], edgeIds: number[]) => {
    if (nodeIds.length + edgeIds.length === 0) return;
    void history.execute(deleteCommand(nodeIds, edgeIds)).then((ok) => {
      if (!ok) return;
      notifications.show({
        id: 'eco-deleted',
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Deleted from the map.</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide('eco-deleted');
                void history.undo();
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    });
  };

  const connect = (connection: Connection) => {
    const sourceId = Number(connection.source);
    const targetId = Number(connection.target);
    if (!sourceId || !targetId || sourceId === targetId) return;
    void history.execute(
      addEdgeCommand(sourceId, targetId, { kind: 'value', strength: 3, label: '' }, (edge) =>
        flow.selectWhenSaved({ nodeIds: [], edgeIds: [edge.id] }),
      ),
    );
  };

  /** Moves are saved when a drag ends (at once) or after arrow keys pause (as one edit). */
  const flushMove = () => {
    const pending = move.current;
    if (pending.timer !== null) window.clearTimeout(pending.timer);
    const after = [...pending.after.values()];
    const before = after.map((p) => pending.before.get(p.id) ?? p);
    move.current = { before: new Map(), after: new Map(), timer: null };
    const changed = after.filter((p, i) => p.x !== before[i]?.x || p.y !== before[i]?.y);
    if (changed.length === 0) return;
    const ids = new Set(changed.map((p) => p.id));
    void history.execute(
      moveNodesCommand(
        before.filter((p) => ids.has(p.id)),
        changed,
      ),
    );
  };

  const onNodesChange = (changes: NodeChange<EcosystemFlowNode>[]) => {
    flow.onNodesChange(changes);
    let moved = false;
    for (const change of changes) {
      if (change.type !== 'position' || change.dragging !== false || !change.position) continue;
      const id = Number(change.id);
      const saved = map.nodes.find((n) => n.id === id);
      if (!saved) continue;
      if (!move.current.before.has(id)) move.current.before.set(id, { id, x: saved.x, y: saved.y });
      move.current.after.set(id, {
        id,
        x: Math.round(change.position.x),
        y: Math.round(change.position.y),
      });
      moved = true;
    }
    if (!moved) return;
    if (dragging.current) {
      dragging.current = false;
      queueMicrotask(flushMove);
    } else {
      if (move.current.timer !== null) window.clearTimeout(move.current.timer);
      move.current.timer = window.setTimeout(flushMove, 400);
    }
  };

  const exportAs = async (format: 'png' | 'svg') => {
    setExporting(true);
    try {
      if (format === 'svg') exportMapSvg(map);
      else if (container.current) await exportMapPng(container.current, rf.getNodes());
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

  // Presenting changes the map's size: frame the whole map again.
  const hasNodes = map.nodes.length > 0;
  useEffect(() => {
    if (!hasNodes) return;
    // Two frames: React Flow measures its new size in the first.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void rf.fitView({ ...fitOptions, duration: 200 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [present.presenting, hasNodes, rf]);

  useHotkeys([['F', () => map.nodes.length && void rf.fitView({ ...fitOptions, duration: 300 })]]);

  return (
    <Stack
      gap="md"
      className={present.presenting ? 'pwb-present eco-page' : 'eco-page'}
      data-testid="ecosystem-page"
    >
      {!present.presenting && (
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>Ecosystem map</Title>
            <Text c="dimmed" size="sm">
              Who surrounds the program, and what flows between them.
            </Text>
          </div>
        </Group>
      )}
      <EcosystemToolbar
        history={history}
        partnersToAdd={partnersToAdd}
        hasNodes={map.nodes.length > 0}
        presenting={present.presenting}
        saving={history.busy || fetching}
        exporting={exporting}
        onAddNode={addNode}
        onAddAllPartners={addAllPartners}
        onLayout={arrange}
        onFitView={() => void rf.fitView({ ...fitOptions, duration: 300 })}
        onExport={(format) => void exportAs(format)}
        onPresent={present.toggle}
      />
      <div className="eco-workspace">
        <div className="eco-map" ref={container} data-testid="eco-map">
          <ReactFlow
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={flow.onEdgesChange}
            onConnect={connect}
            onNodeDragStart={() => {
              dragging.current = true;
            }}
            onSelectionDragStart={() => {
              dragging.current = true;
            }}
            onBeforeDelete={async ({ nodes, edges }) => {
              remove(
                nodes.map((n) => Number(n.id)),
                edges.flatMap((e) => (e.data ? [e.data.edge.id] : [])),
              );
              return false;
            }}
            onNodeDoubleClick={focusName}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={36}
            deleteKeyCode={['Delete', 'Backspace']}
            fitView={map.nodes.length > 0}
            fitViewOptions={fitOptions}
            minZoom={0.1}
            maxZoom={2.5}
            zoomOnDoubleClick={false}
          >
            <Background variant={BackgroundVariant.Dots} gap={22} size={1.3} />
            {map.nodes.length > 0 && (
              <>
                <Controls showInteractive={false} position="top-left" />
                <MiniMap
                  pannable
                  zoomable
                  position="bottom-right"
                  style={{ width: 170, height: 110 }}
                  nodeColor={(n) => nodeKindStyles[(n as EcosystemFlowNode).data.node.kind].color}
                  nodeBorderRadius={8}
                />
                <Panel position="bottom-left">
                  <MapLegend
                    key={String(present.presenting)}
                    map={map}
                    initiallyOpen={present.presenting}
                  />
                </Panel>
              </>
            )}
          </ReactFlow>
          {map.nodes.length === 0 && (
            <EmptyMap
              partnersToAdd={partnersToAdd}
              onAddAll={addAllPartners}
              onAddOurs={() => addNode('our_org')}
            />
          )}
        </div>
        {(!present.presenting || selectedNodeIds.length + selectedEdgeIds.length > 0) && (
          <EcosystemInspector
            map={map}
            selectedNodeIds={selectedNodeIds}
            selectedEdgeIds={selectedEdgeIds}
            partners={partners.filter((p) => !p.archived)}
            history={history}
            onDelete={() => remove(selectedNodeIds, selectedEdgeIds)}
          />
        )}
      </div>
    </Stack>
  );
}

interface EmptyMapProps {
  partnersToAdd: number;
  onAddAll: () => void;
  onAddOurs: () => void;
}

function EmptyMap({ partnersToAdd, onAddAll, onAddOurs }: EmptyMapProps) {
  return (
    <div className="eco-empty" data-testid="empty-state">
      <Paper withBorder shadow="md" p="xl" maw={460}>
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius={56} variant="light">
            <IconTopologyRing size={30} />
          </ThemeIcon>
          <Title order={3} ta="center">
            Map who surrounds your program
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            Start with your organisation and your partners, then add the suppliers, distributors,
            regulators, competitors and customer segments around them. Connect them to show where
            value, money, data and referrals flow, and what depends on what.
          </Text>
          <Group gap="sm" mt="xs" justify="center">
            {partnersToAdd > 0 && (
              <Button leftSection={<IconUsersGroup size={16} />} onClick={onAddAll}>
                Add all {partnersToAdd} partners
              </Button>
            )}
            <Button
              variant={partnersToAdd > 0 ? 'default' : 'filled'}
              leftSection={<IconPlus size={16} />}
              onClick={onAddOurs}
            >
              Start with your organisation
            </Button>
          </Group>
        </Stack>
      </Paper>
    </div>
  );
}
