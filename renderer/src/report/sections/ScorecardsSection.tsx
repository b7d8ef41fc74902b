import type { PackData } from '../../../../shared/contract/index.ts';
import { formatPeriod } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

const WIDTH = 640;
const ROW = 16;
const LABEL = 170;
const MAX = 150;

/** Scores as horizontal bars against the on-target line (100); drawn as SVG so print stays sharp. */
function ScoreChart({ rows }: { rows: PackData['scorecards'] }) {
  const scale = (v: number) => ((WIDTH - LABEL - 40) * Math.min(v, MAX)) / MAX;
  const height = rows.length * ROW + 24;
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label="Scorecard scores by partnership"
    >
      <line
        x1={LABEL + scale(100)}
        x2={LABEL + scale(100)}
        y1={0}
        y2={height - 16}
        stroke="#284a86"
        strokeDasharray="3 3"
      />
      <text x={LABEL + scale(100)} y={height - 4} fontSize="9" textAnchor="middle" fill="#5c6370">
        on target (100)
      </text>
      {rows.map((r, i) => (
        <g key={r.partnerId} transform={`translate(0, ${i * ROW})`}>
          <text x={LABEL - 6} y={11} fontSize="9" textAnchor="end" fill="#1b2333">
            {r.partnerName.length > 32 ? `${r.partnerName.slice(0, 31)}…` : r.partnerName}
          </text>
          <rect
            x={LABEL}
            y={3}
            height={10}
            width={scale(r.score ?? 0)}
            rx={2}
            fill={(r.score ?? 0) >= 100 ? '#2f9e44' : (r.score ?? 0) >= 70 ? '#4e72bf' : '#e8590c'}
          />
          <text x={LABEL + scale(r.score ?? 0) + 4} y={11} fontSize="9" fill="#1b2333">
            {r.score?.toFixed(0)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function ScorecardsSection({ data, number }: { data: PackData; number: number }) {
  const scored = data.scorecards.filter((r) => r.score !== null);
  const mismatches = scored.filter((r) => r.mismatch).length;
  return (
    <section className="pack-section">
      <SectionHeading
        id="scorecards"
        number={number}
        title="Partner scorecards"
        lead={`${formatPeriod(data.period)}: ${scored.length} partnerships scored (100 = on target, 150 at most); ${mismatches} where the suggested tier differs from the assigned one.`}
      />
      <div className="pack-figure">
        <ScoreChart rows={scored.slice(0, 40)} />
      </div>
      <table className="pack-table">
        <thead>
          <tr>
            <th>Partnership</th>
            <th style={{ textAlign: 'right' }}>Score</th>
            <th>Suggested tier</th>
            <th>Assigned tier</th>
            <th>Missing data</th>
          </tr>
        </thead>
        <tbody>
          {data.scorecards.map((r) => (
            <tr key={r.partnerId}>
              <td>{r.partnerName}</td>
              <td style={{ textAlign: 'right', fontWeight: 600 }}>
                {r.score === null ? '—' : r.score.toFixed(1)}
              </td>
              <td>{r.suggestedTier ?? '—'}</td>
              <td className={r.mismatch ? 'pack-overdue' : undefined}>{r.assignedTier || '—'}</td>
              <td className="pack-muted">{r.missing.length ? r.missing.join(', ') : 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
