import { kpiLevelLabels, type PackData } from '../../../../shared/contract/index.ts';
import { formatAttainment, formatFigure } from '../../features/kpis/format.ts';
import { formatPeriod } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

type Row = PackData['kpis']['rows'][number];

const CAP = 1.5;

function attainmentClass(value: number | null): string {
  if (value === null) return 'pack-attainment-missing';
  if (value >= 1) return 'pack-attainment-on';
  if (value >= 0.7) return 'pack-attainment-near';
  return 'pack-attainment-off';
}

/** Attainment as a bar out of the 150 % cap, the on-target mark at 100 %; empty when missing. */
function AttainmentBar({ value }: { value: number | null }) {
  return (
    <div className="pack-attainment">
      <div className="pack-attainment-track" aria-hidden>
        {value !== null && (
          <div
            className={`pack-attainment-fill ${attainmentClass(value)}`}
            style={{ width: `${(Math.min(value, CAP) / CAP) * 100}%` }}
          />
        )}
        <div className="pack-attainment-target" style={{ left: `${100 / CAP}%` }} />
      </div>
      <span className={value === null ? 'pack-muted' : 'pack-attainment-value'}>
        {value === null ? 'no data' : formatAttainment(value)}
      </span>
    </div>
  );
}

function basis(row: Row, rows: readonly Row[]): string {
  if (row.source === 'children') {
    const children = rows.filter((r) => r.parentId === row.id).length;
    const missing = row.missingChildIds.length;
    return missing > 0
      ? `${children - missing} of ${children} KPIs below; ${missing} without data`
      : `${children} KPI${children === 1 ? '' : 's'} below`;
  }
  if (row.source === 'own_actual') return 'Own figure';
  return row.target === null ? 'No target set' : 'No actual recorded';
}

/** The KPI hierarchy for the reporting month, as the KPI page rolls it up. */
export function KpisSection({ data, number }: { data: PackData; number: number }) {
  const { rows, overall, scopeLabel } = data.kpis;
  const strategic = rows.filter((r) => r.depth === 0);
  const onTarget = strategic.filter((r) => r.attainment !== null && r.attainment >= 1).length;
  const missing = rows.filter((r) => r.attainment === null).length;
  const tiles: [string, string, string][] = [
    [
      'Weighted roll-up',
      formatAttainment(overall),
      overall === null ? 'no top-level KPI has data' : 'of target, top-level KPIs by weight',
    ],
    [
      'Top-level KPIs on target',
      `${onTarget} of ${strategic.length}`,
      'attainment of 100 % or more',
    ],
    ['KPIs without data', String(missing), 'left out of the roll-up, not counted as zero'],
  ];
  return (
    <section className="pack-section">
      <SectionHeading
        id="kpis"
        number={number}
        title="KPI roll-up"
        lead={`${formatPeriod(data.period)}, ${scopeLabel === 'Program' ? 'program view' : `view of ${scopeLabel}`}: operational KPIs roll up into tactical and strategic ones, each parent the weighted mean of its children with data. Attainment is capped at 150 %; a dash means no figure, never zero.`}
      />
      <div className="pack-tiles">
        {tiles.map(([label, value, note]) => (
          <div className="pack-tile" key={label}>
            <div className="pack-tile-label">{label}</div>
            <div className="pack-tile-value">{value}</div>
            <div className="pack-muted">{note}</div>
          </div>
        ))}
      </div>
      <table className="pack-table pack-kpi-table" data-testid="pack-kpi-table">
        <thead>
          <tr>
            <th style={{ width: '52mm' }}>KPI</th>
            <th className="pack-num" style={{ width: '14mm' }}>
              Weight
            </th>
            <th className="pack-num" style={{ width: '25mm' }}>
              Target
            </th>
            <th className="pack-num" style={{ width: '25mm' }}>
              Actual
            </th>
            <th style={{ width: '36mm' }}>Attainment</th>
            <th>Based on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.depth === 0 ? 'pack-kpi-root' : undefined}>
              <td style={{ paddingLeft: `${2 + row.depth * 5}mm` }}>
                <span className={row.depth === 0 ? 'pack-kpi-name-root' : undefined}>
                  {row.name}
                </span>
                <div className="pack-kpi-meta">
                  {kpiLevelLabels[row.level]}
                  {row.partnerName ? ` · ${row.partnerName}` : ''}
                </div>
              </td>
              <td className="pack-num">{formatFigure(row.weight)}</td>
              <td className="pack-num">{formatFigure(row.target, row.unit)}</td>
              <td className="pack-num">{formatFigure(row.actual, row.unit)}</td>
              <td>
                <AttainmentBar value={row.attainment} />
              </td>
              <td className="pack-muted">
                {basis(row, rows)}
                {row.direction === 'lower' ? ' · lower is better' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
