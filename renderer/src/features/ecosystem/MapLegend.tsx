import { Paper, Text, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { ecosystemEdgeKinds, type EcosystemMap } from '../../../../shared/contract/index.ts';
import { edgeKindStyles, nodeKindStyles } from './ecosystem-kinds.ts';

/** What the colours mean: the kinds on the map, and every kind of connection. */
export function MapLegend({ map, initiallyOpen }: { map: EcosystemMap; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const kinds = [...new Set(map.nodes.map((n) => n.kind))];
  return (
    <Paper withBorder shadow="xs" radius="xl" className="eco-legend" data-export-hide="true">
      <UnstyledButton
        className="eco-legend__head"
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
        data-testid="eco-legend-toggle"
      >
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Legend
        </Text>
        {open ? <IconChevronLeft size={14} /> : <IconChevronRight size={14} />}
      </UnstyledButton>
      {open && (
        <div className="eco-legend__items">
          {kinds.map((kind) => (
            <span key={kind} className="eco-legend__row">
              <span
                className="eco-legend__dot"
                style={{ background: nodeKindStyles[kind].color }}
              />
              {nodeKindStyles[kind].label}
            </span>
          ))}
          {kinds.length > 0 && <span className="eco-legend__rule" />}
          {ecosystemEdgeKinds.map((kind) => {
            const style = edgeKindStyles[kind];
            return (
              <span key={kind} className="eco-legend__row" title={style.hint}>
                <svg width={24} height={8} aria-hidden>
                  <line
                    x1={1}
                    y1={4}
                    x2={23}
                    y2={4}
                    stroke={style.color}
                    strokeWidth={3}
                    strokeDasharray={style.dash || undefined}
                  />
                </svg>
                {style.label}
              </span>
            );
          })}
          <Text span size="11px" c="dimmed">
            thicker line, stronger tie
          </Text>
        </div>
      )}
    </Paper>
  );
}
