import { Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { riskBandLabels, type Risk } from '../../../../shared/contract/index.ts';
import { heatMap, riskScaleValues, type HeatMapBasis } from '../../../../shared/domain/risk.ts';
import { bandColors, impactHints, likelihoodHints } from './risk-options.ts';

export interface HeatCell {
  likelihood: number;
  impact: number;
}

interface RiskHeatMapProps {
  risks: readonly Risk[];
  basis: HeatMapBasis;
  selected: HeatCell | null;
  onSelect: (cell: HeatCell | null) => void;
}

/** The 5×5 grid: likelihood rows (5 at the top) by impact columns, each cell coloured by its band. */
export function RiskHeatMap({ risks, basis, selected, onSelect }: RiskHeatMapProps) {
  const map = heatMap(risks, basis);
  const rows = [...riskScaleValues].reverse();
  return (
    <Stack gap="xs">
      <div className="pwb-heatmap" data-testid="risk-heatmap" data-basis={basis}>
        <div className="pwb-heatmap-axis-title" style={{ gridRow: '1 / span 5' }}>
          Likelihood
        </div>
        {rows.map((likelihood) => (
          <HeatRow
            key={likelihood}
            likelihood={likelihood}
            cells={map.cells[likelihood - 1] ?? []}
            selected={selected}
            onSelect={onSelect}
          />
        ))}
        <div />
        <div />
        {riskScaleValues.map((impact) => (
          <div key={impact} className="pwb-heatmap-col-label">
            <b>{impact}</b>
            <br />
            {impactHints[impact - 1]}
          </div>
        ))}
      </div>
      <Stack gap={2} align="center" pl={124}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          Impact →
        </Text>
        {map.unplacedIds.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="heatmap-unplaced">
            {map.unplacedIds.length} without a residual assessment are not shown
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

function HeatRow({
  likelihood,
  cells,
  selected,
  onSelect,
}: {
  likelihood: number;
  cells: ReturnType<typeof heatMap>['cells'][number];
  selected: HeatCell | null;
  onSelect: (cell: HeatCell | null) => void;
}) {
  return (
    <>
      <div className="pwb-heatmap-row-label">
        <b>{likelihood}</b>
        {likelihoodHints[likelihood - 1]}
      </div>
      {cells.map((cell) => {
        const isSelected =
          selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
        const color = bandColors[cell.band];
        const label = `Likelihood ${cell.likelihood} × impact ${cell.impact} = ${cell.score}, ${riskBandLabels[cell.band].toLowerCase()}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}`;
        return (
          <Tooltip key={cell.impact} label={label} openDelay={300} withArrow>
            <UnstyledButton
              className="pwb-heatmap-cell"
              aria-label={label}
              aria-pressed={isSelected}
              data-testid={`heat-cell-${cell.likelihood}-${cell.impact}`}
              data-count={cell.count}
              data-band={cell.band}
              data-selected={isSelected}
              data-dimmed={selected !== null && !isSelected}
              style={{
                ['--cell-light' as string]: `var(--mantine-color-${color}-light)`,
                ['--cell-strong' as string]: `var(--mantine-color-${color}-filled)`,
                ['--cell-text' as string]: `var(--mantine-color-${color}-light-color)`,
              }}
              onClick={() =>
                onSelect(isSelected ? null : { likelihood: cell.likelihood, impact: cell.impact })
              }
            >
              {cell.count}
            </UnstyledButton>
          </Tooltip>
        );
      })}
    </>
  );
}
